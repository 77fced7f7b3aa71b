package nl.thvhub.statistiek;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.Gemeente;

/**
 * One row of the statistics: a group (a grouping field that is {@code null} means the total over it, as SQL ROLLUP
 * gives; the last row is the grand total) and its counts. A count withheld by small-cell suppression is {@code null} and
 * named in {@code onderdrukt}. The UHG's measures (issue 33): UHGs with a known place to stay and with shelter granted
 * (by their last record), requests to the police made and answered, and UHGs by their cooperation at the last contact
 * that reached them. The mayor's decisions (issue 34): THVs decided not to be extended, and withdrawals by their coded
 * ground (a withdrawal without one counts in {@code ingetrokken} only). The outcomes (issue 35): from the monitoring
 * reports written (not waived), the threat, the relationship, living apart, recidivism and per person whether the
 * referral succeeded (a person the report does not name counts as NIET_VERWEZEN when never referred, ONDUIDELIJK
 * otherwise); monitoring ended before its planned end by its coded ground; RiHGs by the day they were held.
 */
@Type("Statistiekregel")
@Schema(name = "Statistiekregel")
public record Statistiekregel(Integer jaar, Integer kwartaal, Gemeente gemeente, Regio regio,
        Long aantal, Long verlengd,
        Long ingetrokken, Long vanuitZorg, Long herhaling, Long metOvertredingen, Long metMinderjarigen, Long aanhoudingen,
        Long uhg, Long uhgBereikt, Long verwijzingenAchterblijver, Long gestartAchterblijver, Long verwijzingenUhg,
        Long gestartUhg, Long verwijzingenKind, Long gestartKind, Long uhgMetVerblijf, Long opvangToegekend,
        Long politieverzoeken, Long politieverzoekenBeantwoord, Long uhgMedewerkingJa, Long uhgMedewerkingDeels,
        Long uhgMedewerkingNee, Long nietVerlengd, Long ingetrokkenVeiligheidsafspraken,
        Long ingetrokkenJuridischNietHoudbaar, Long ingetrokkenRechterOpgeheven, Long ingetrokkenAnders,
        Double wachttijdMediaanDagen,
        @Schema(description = "Groep van het type geweld (ONBEKEND waar een geimporteerd huisverbod het niet noemt)") String geweldType,
        @Schema(description = "Groep van de ernst van het geweld (ONBEKEND waar een geimporteerd huisverbod haar niet noemt)") String geweldErnst,
        @Schema(description = "Groep naar intieme terreur: JA, NEE, ONDUIDELIJK of ONBEKEND") String intiemeTerreur,
        @Schema(description = "Groep van herhaalde (true) of eerste (false) huisverboden") Boolean herhaald,
        @Schema(description = "Groep met (true) of zonder (false) strafrechtelijk traject") Boolean straftraject,
        Long eindrapporten, Long eindrapportenAfgezien, Long dreigingAfgenomenJa, Long dreigingAfgenomenNee,
        Long dreigingAfgenomenOnduidelijk, Long relatieBeeindigd, Long gescheidenWonen, Long recidiveBekend,
        Long verwijzingGeslaagdAchterblijverJa, Long verwijzingGeslaagdAchterblijverDeels,
        Long verwijzingGeslaagdAchterblijverNee, Long verwijzingGeslaagdAchterblijverOnduidelijk,
        Long verwijzingGeslaagdAchterblijverNietVerwezen, Long verwijzingGeslaagdUhgJa, Long verwijzingGeslaagdUhgDeels,
        Long verwijzingGeslaagdUhgNee, Long verwijzingGeslaagdUhgOnduidelijk, Long verwijzingGeslaagdUhgNietVerwezen,
        Long verwijzingGeslaagdKindJa, Long verwijzingGeslaagdKindDeels, Long verwijzingGeslaagdKindNee,
        Long verwijzingGeslaagdKindOnduidelijk, Long verwijzingGeslaagdKindNietVerwezen, Long monitoringAfgerond,
        Long monitoringVerlengd, Long vroegtijdigDoelBereikt, Long vroegtijdigZorgEldersGeborgd,
        Long vroegtijdigGeenMedewerking, Long vroegtijdigVerhuisd, Long vroegtijdigNietBereikbaar, Long vroegtijdigAnders,
        Long strafrechtelijkTraject, Long rihg, Long rihgMetThv,
        @Schema(description = "Mediane duur van de monitoring in dagen (einde huisverbod tot einde monitoring) van de afgesloten zaken") Double monitoringDuurMediaanDagen,
        @NotNull List<@NotNull String> onderdrukt) {

    /** The field of the row each grouping fills. */
    private static final java.util.Map<Groepering, String> VELD = java.util.Map.of(Groepering.JAAR, "jaar",
            Groepering.KWARTAAL, "kwartaal", Groepering.GEMEENTE, "gemeente", Groepering.REGIO, "regio",
            Groepering.GEWELDTYPE, "geweldType", Groepering.ERNST, "geweldErnst", Groepering.INTIEMETERREUR,
            "intiemeTerreur", Groepering.HERHALING, "herhaald", Groepering.STRAFRECHT, "straftraject");

    /** The grouping keys. */
    public static final List<Groepering> SLEUTELS = List.of(Groepering.JAAR, Groepering.KWARTAAL, Groepering.GEMEENTE,
            Groepering.REGIO, Groepering.GEWELDTYPE, Groepering.ERNST, Groepering.INTIEMETERREUR, Groepering.HERHALING,
            Groepering.STRAFRECHT);

    /** The counted measures, in the order of the record, as they are named in {@code onderdrukt}. */
    public static final List<String> MATEN = List.of("aantal", "verlengd", "ingetrokken", "vanuitZorg", "herhaling",
            "metOvertredingen", "metMinderjarigen", "aanhoudingen", "uhg", "uhgBereikt", "verwijzingenAchterblijver",
            "gestartAchterblijver", "verwijzingenUhg", "gestartUhg", "verwijzingenKind", "gestartKind", "uhgMetVerblijf",
            "opvangToegekend", "politieverzoeken", "politieverzoekenBeantwoord", "uhgMedewerkingJa", "uhgMedewerkingDeels",
            "uhgMedewerkingNee", "nietVerlengd", "ingetrokkenVeiligheidsafspraken", "ingetrokkenJuridischNietHoudbaar",
            "ingetrokkenRechterOpgeheven", "ingetrokkenAnders", "eindrapporten", "eindrapportenAfgezien",
            "dreigingAfgenomenJa", "dreigingAfgenomenNee", "dreigingAfgenomenOnduidelijk", "relatieBeeindigd",
            "gescheidenWonen", "recidiveBekend", "verwijzingGeslaagdAchterblijverJa", "verwijzingGeslaagdAchterblijverDeels",
            "verwijzingGeslaagdAchterblijverNee", "verwijzingGeslaagdAchterblijverOnduidelijk",
            "verwijzingGeslaagdAchterblijverNietVerwezen", "verwijzingGeslaagdUhgJa", "verwijzingGeslaagdUhgDeels",
            "verwijzingGeslaagdUhgNee", "verwijzingGeslaagdUhgOnduidelijk", "verwijzingGeslaagdUhgNietVerwezen",
            "verwijzingGeslaagdKindJa", "verwijzingGeslaagdKindDeels", "verwijzingGeslaagdKindNee",
            "verwijzingGeslaagdKindOnduidelijk", "verwijzingGeslaagdKindNietVerwezen", "monitoringAfgerond",
            "monitoringVerlengd", "vroegtijdigDoelBereikt", "vroegtijdigZorgEldersGeborgd", "vroegtijdigGeenMedewerking",
            "vroegtijdigVerhuisd", "vroegtijdigNietBereikbaar", "vroegtijdigAnders", "strafrechtelijkTraject", "rihg",
            "rihgMetThv");

    /** The median is named in {@code onderdrukt} when it rests on too few started referrals to show. */
    public static final String MEDIAAN = "wachttijdMediaanDagen";

    /** The monitoring duration's median is named in {@code onderdrukt} when it rests on too few closed cases to show. */
    public static final String DUUR = "monitoringDuurMediaanDagen";

    /**
     * A row from its keys (in {@link #SLEUTELS} order), its measures (in {@link #MATEN} order, null where suppressed), the
     * two medians and what was suppressed, each put in the record's component of its name (the CSV keeps the order of
     * the record, so columns added later come after those consumers already read by position).
     */
    public static Statistiekregel van(Object[] sleutels, Long[] maten, Double wachttijd, Double duur, List<String> onderdrukt) {
        java.util.Map<String, Object> waarden = new java.util.HashMap<>();
        for (int i = 0; i < SLEUTELS.size(); i++) {
            waarden.put(VELD.get(SLEUTELS.get(i)), sleutels[i]);
        }
        for (int i = 0; i < MATEN.size(); i++) {
            waarden.put(MATEN.get(i), maten[i]);
        }
        waarden.put(MEDIAAN, wachttijd);
        waarden.put(DUUR, duur);
        waarden.put("onderdrukt", List.copyOf(onderdrukt));
        java.lang.reflect.RecordComponent[] velden = Statistiekregel.class.getRecordComponents();
        Object[] args = new Object[velden.length];
        for (int i = 0; i < velden.length; i++) {
            if (!waarden.containsKey(velden[i].getName())) {
                throw new IllegalStateException("Statistiekregel." + velden[i].getName() + " is neither a key nor a measure");
            }
            args[i] = waarden.get(velden[i].getName());
        }
        try {
            return (Statistiekregel) Statistiekregel.class.getDeclaredConstructors()[0].newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
