package nl.thvhub.werkplek.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.zorg.Gesprek;
import nl.thvhub.zorg.Nazorg;

/**
 * The forms of the pages on care that carries on (issue 35: the monitoring report, conversations, nazorg) read into the
 * API's commands with {@link Formulierinvoer}'s field rules; each form's page is where its refusal comes back.
 */
final class Vervolginvoer {

    /** Per form, the page that holds it (its path below the case). */
    static final Map<String, String> PAGINA = Map.of("eindrapport", "eindrapport", "gesprek", "gesprekken", "icm", "nazorg",
            "nazorgevaluatie", "nazorg", "nazorgeinde", "nazorg");

    /** A person's referral outcome travels as {@code uitkomst-<id>}, why an adult was not referred as {@code geen-<id>}. */
    static final String UITKOMST = "uitkomst-";
    static final String GEEN = "geen-";

    private Vervolginvoer() {
    }

    static Eindrapport.Vastlegging eindrapport(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        List<Eindrapport.PersoonInvoer> uitkomsten = new ArrayList<>();
        List<Eindrapport.ZonderVerwijzingInvoer> zonder = new ArrayList<>();
        velden.keySet().stream().sorted().forEach(veld -> {
            if (veld.startsWith(UITKOMST) && f.tekst(veld) != null) {
                uitkomsten.add(new Eindrapport.PersoonInvoer(persoon(veld.substring(UITKOMST.length())),
                        f.keuze(veld, Eindrapport.Uitkomst.class)));
            } else if (veld.startsWith(GEEN) && f.tekst(veld) != null) {
                zonder.add(new Eindrapport.ZonderVerwijzingInvoer(persoon(veld.substring(GEEN.length())),
                        f.keuze(veld, Eindrapport.GeenVerwijzingReden.class)));
            }
        });
        Eindrapport.Vastlegging v = new Eindrapport.Vastlegging(f.keuze("dreigingAfgenomen", JaNeeOnduidelijk.class),
                uitkomsten, f.keuze("relatieBeeindigd", JaNeeOnduidelijk.class),
                f.keuze("recidiveBekend", JaNeeOnduidelijk.class), f.tekst("toelichting"), f.tekst("afgezienReden"),
                f.keuze("gescheidenWonen", JaNeeOnduidelijk.class), zonder);
        f.klaar();
        return v;
    }

    static Gesprek.Vastlegging gesprek(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        List<UUID> personen = new ArrayList<>();
        for (String id : lijst(f.tekst("betrokkenen"))) {
            personen.add(persoon(id));
        }
        List<Organisatie> organisaties = new ArrayList<>();
        for (String o : lijst(f.tekst("organisaties"))) {
            try {
                organisaties.add(Organisatie.valueOf(o));
            } catch (IllegalArgumentException e) {
                throw nl.thvhub.platform.problem.ProblemException.invalid("organisaties", "kies organisaties uit de lijst");
            }
        }
        Gesprek.Vastlegging g = new Gesprek.Vastlegging(f.verplicht(f.keuze("soort", Gesprek.Soort.class), "soort"),
                f.verplicht(f.datum("datum"), "datum"), new Gesprek.DeelnemersInvoer(personen, organisaties),
                f.verplicht(f.tekst("verslag"), "verslag"));
        f.klaar();
        return g;
    }

    static Nazorg.Start icm(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Nazorg.Start s = new Nazorg.Start(f.verplicht(f.datum("start"), "start"),
                f.verplicht(f.datum("evaluatieOp"), "evaluatieOp"));
        f.klaar();
        return s;
    }

    static Nazorg.Evaluatie evaluatie(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Nazorg.Evaluatie e = new Nazorg.Evaluatie(f.verplicht(f.datum("volgendeEvaluatieOp"), "volgendeEvaluatieOp"),
                f.verplicht(f.tekst("toelichting"), "toelichting"));
        f.klaar();
        return e;
    }

    static Nazorg.Einde einde(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Nazorg.Einde e = new Nazorg.Einde(f.verplicht(f.datum("einde"), "einde"),
                f.verplicht(f.keuze("uitkomst", Nazorg.Uitkomst.class), "uitkomst"), f.tekst("toelichting"));
        f.klaar();
        return e;
    }

    /** The track a review or an end is about. */
    static UUID nazorgId(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        UUID id = f.verplicht(f.uuid("nazorgId"), "nazorgId");
        f.klaar();
        return id;
    }

    /** A person the page offered; anything else names the field. */
    private static UUID persoon(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException e) {
            throw nl.thvhub.platform.problem.ProblemException.invalid("betrokkenen", "kies personen uit de lijst");
        }
    }

    private static List<String> lijst(String s) {
        return s == null
                ? List.of()
                : java.util.Arrays.stream(s.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }
}
