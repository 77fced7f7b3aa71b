package nl.thvhub.statistiek;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.thvhub.platform.problem.ProblemException;

/** What the statistics are grouped by, in the order asked; each grouping adds a level of subtotals (ROLLUP). */
public enum Groepering {

    JAAR("jaar", false), KWARTAAL("kwartaal", false), GEMEENTE("gemeente", false), REGIO(Regio.alsSql("gemeente"), false),
    /** The type of violence (issue 35.6); ONBEKEND where an imported THV names none. */
    GEWELDTYPE("geweld_type", true),
    /** The severity of the violence; ONBEKEND where an imported THV names none. */
    ERNST("geweld_ernst", true),
    /** Intimate terror (JA, NEE, ONDUIDELIJK); ONBEKEND where an imported THV names none. */
    INTIEMETERREUR("intieme_terreur", true),
    /** A repeat THV or not. */
    HERHALING("herhaald", true),
    /** A THV with a criminal track or not. */
    STRAFRECHT("straftraject", true);

    private final String sql;
    private final boolean kenmerk;

    Groepering(String sql, boolean kenmerk) {
        this.sql = sql;
        this.kenmerk = kenmerk;
    }

    /** A feature of the case (issue 35.6), grouped on beside year, quarter and gemeente; not in the published table. */
    public boolean kenmerk() {
        return kenmerk;
    }

    /** The grouping as an expression over the counts per year, quarter and gemeente (see StatistiekRepository). */
    public String sql() {
        return sql;
    }

    /** {@code jaar,gemeente} → [JAAR, GEMEENTE]; an unknown or repeated grouping is a 400 naming the parameter. */
    public static List<Groepering> lees(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return List.of();
        }
        Set<Groepering> gezien = new LinkedHashSet<>();
        for (String deel : parameter.split(",")) {
            String naam = deel.trim().toUpperCase(Locale.ROOT);
            Groepering g;
            try {
                g = valueOf(naam);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("groepering",
                        "een of meer van jaar, kwartaal, gemeente, regio, geweldtype, ernst, intiemeterreur, herhaling,"
                                + " strafrecht, gescheiden door komma's");
            }
            if (!gezien.add(g)) {
                throw ProblemException.invalid("groepering", "elke groepering hoogstens een keer");
            }
        }
        return new ArrayList<>(gezien);
    }
}
