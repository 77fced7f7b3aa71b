package nl.thvhub.statistiek.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.thvhub.huisverbod.Beeindigingsgrond;
import nl.thvhub.statistiek.Statistiekregel;

/**
 * The counting expressions the statistics share: over rows of one THV (or RiHG) each, the measures of
 * {@link Statistiekregel#MATEN} as aggregates named by {@link #KOLOMMEN}. A case's own facts ({@link ZaakcijferRepository})
 * and the imported history ({@link StatistiekRepository}) are counted by the same text, so a measure means the same in
 * both.
 */
final class Telsql {

    private Telsql() {
    }

    /** Per case, the persons of each kind by the outcome of their referral (issue 35.6): vg_ab_ja, vg_uhg_niet_verwezen, … */
    static final List<String> KLASSEN = List.of("AB", "UHG", "KIND");
    private static final List<String> KLASSE_MATEN = List.of("Achterblijver", "Uhg", "Kind");
    static final List<String> UITKOMSTEN = List.of("JA", "DEELS", "NEE", "ONDUIDELIJK", "NIET_VERWEZEN");

    /** The measures before issue 35 by their historical column names; later ones are m_ and their name in lower case. */
    private static final List<String> OUDE_KOLOMMEN = List.of("aantal", "verlengd", "ingetrokken", "vanuit_zorg", "herhaling",
            "met_overtredingen", "met_minderjarigen", "aanhoudingen", "uhg", "uhg_bereikt", "v_ab", "g_ab", "v_uhg", "g_uhg",
            "v_kind", "g_kind", "met_verblijf", "opvang", "pv_gevraagd", "pv_beantwoord", "mw_ja", "mw_deels", "mw_nee",
            "niet_verlengd", "ig_veilig", "ig_juridisch", "ig_rechter", "ig_anders");

    /** The SQL column of each measure, in {@link Statistiekregel#MATEN} order. */
    static final List<String> KOLOMMEN;

    static {
        List<String> k = new ArrayList<>(OUDE_KOLOMMEN);
        for (int m = OUDE_KOLOMMEN.size(); m < Statistiekregel.MATEN.size(); m++) {
            k.add("m_" + Statistiekregel.MATEN.get(m).toLowerCase(Locale.ROOT));
        }
        KOLOMMEN = List.copyOf(k);
    }

    /** The per-case columns of referral outcomes (vg_ab_ja, …), in the order of their measures. */
    static List<String> verwijzingKolommen() {
        List<String> kolommen = new ArrayList<>();
        for (String klasse : KLASSEN) {
            for (String u : UITKOMSTEN) {
                kolommen.add(("vg_" + klasse + "_" + u).toLowerCase(Locale.ROOT));
            }
        }
        return kolommen;
    }

    /** The measures as aggregates over rows of the shape the case and history selects share, named by KOLOMMEN. */
    static final String AGGREGAAT;

    static {
        StringBuilder a = new StringBuilder("""
                count(*) filter (where is_thv) as aantal, count(*) filter (where verlengd) as verlengd,
                count(*) filter (where ingetrokken) as ingetrokken,
                count(*) filter (where vanuit_zorg) as vanuit_zorg, count(*) filter (where herhaling) as herhaling,
                count(*) filter (where met_overtredingen) as met_overtredingen,
                count(*) filter (where met_minderjarigen) as met_minderjarigen, sum(aanhoudingen) as aanhoudingen,
                sum(uhg) as uhg, sum(uhg_bereikt) as uhg_bereikt, sum(v_ab) as v_ab, sum(g_ab) as g_ab, sum(v_uhg) as v_uhg,
                sum(g_uhg) as g_uhg, sum(v_kind) as v_kind, sum(g_kind) as g_kind, sum(met_verblijf) as met_verblijf,
                sum(opvang) as opvang, sum(pv_gevraagd) as pv_gevraagd, sum(pv_beantwoord) as pv_beantwoord,
                sum(mw_ja) as mw_ja, sum(mw_deels) as mw_deels, sum(mw_nee) as mw_nee,
                count(*) filter (where niet_verlengd) as niet_verlengd,
                count(*) filter (where intrekking_grond = 'VEILIGHEIDSAFSPRAKEN') as ig_veilig,
                count(*) filter (where intrekking_grond = 'JURIDISCH_NIET_HOUDBAAR') as ig_juridisch,
                count(*) filter (where intrekking_grond = 'RECHTER_OPGEHEVEN') as ig_rechter,
                count(*) filter (where intrekking_grond = 'ANDERS') as ig_anders,
                count(*) filter (where rapport) as m_eindrapporten, count(*) filter (where afgezien) as m_eindrapportenafgezien,
                count(*) filter (where dreiging = 'JA') as m_dreigingafgenomenja,
                count(*) filter (where dreiging = 'NEE') as m_dreigingafgenomennee,
                count(*) filter (where dreiging = 'ONDUIDELIJK') as m_dreigingafgenomenonduidelijk,
                count(*) filter (where relatie) as m_relatiebeeindigd, count(*) filter (where apart) as m_gescheidenwonen,
                count(*) filter (where recidive) as m_recidivebekend""");
        List<String> perZaak = verwijzingKolommen();
        int i = 0;
        for (int k = 0; k < KLASSEN.size(); k++) {
            for (String u : UITKOMSTEN) {
                a.append(", sum(").append(perZaak.get(i++)).append(") as ").append(kolom(uitkomst(k, u)));
            }
        }
        a.append("""
                ,
                count(*) filter (where afgerond) as m_monitoringafgerond,
                count(*) filter (where monitoring_verlengd) as m_monitoringverlengd""");
        for (Beeindigingsgrond g : Beeindigingsgrond.values()) {
            a.append(", count(*) filter (where beeindiging_grond = '").append(g.name()).append("') as ")
                    .append(kolom("vroegtijdig" + camel(g.name())));
        }
        a.append("""
                ,
                count(*) filter (where straftraject) as m_strafrechtelijktraject, sum(rihg) as m_rihg,
                sum(rihg_thv) as m_rihgmetthv""");
        AGGREGAAT = a.toString();
        for (String kolom : KOLOMMEN) {
            if (!AGGREGAAT.contains(" as " + kolom + ",") && !AGGREGAAT.endsWith(" as " + kolom)
                    && !AGGREGAAT.contains(" as " + kolom + "\n")) {
                throw new IllegalStateException("no aggregate for the measure column " + kolom);
            }
        }
    }

    /** The columns of {@link #AGGREGAAT} as one array in MATEN order (what statistiek_zaak and statistiek_cel store). */
    static String alsArray() {
        return "array[" + String.join(", ", KOLOMMEN) + "]";
    }

    /** The measure of persons of one kind with one referral outcome: verwijzingGeslaagdUhgNietVerwezen. */
    private static String uitkomst(int klasse, String uitkomst) {
        return "verwijzingGeslaagd" + KLASSE_MATEN.get(klasse) + camel(uitkomst);
    }

    private static String camel(String code) {
        StringBuilder s = new StringBuilder();
        for (String deel : code.split("_")) {
            s.append(deel.charAt(0)).append(deel.substring(1).toLowerCase(Locale.ROOT));
        }
        return s.toString();
    }

    private static String kolom(String maat) {
        return "m_" + maat.toLowerCase(Locale.ROOT);
    }

    /** The keys of a cell: year and quarter, gemeente and the case features, as statistiek_cel names them. */
    static final String CEL = "jaar, kwartaal, gemeente, geweld_type, geweld_ernst, intieme_terreur, herhaald, straftraject";
}
