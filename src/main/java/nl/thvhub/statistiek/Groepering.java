package nl.thvhub.statistiek;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.thvhub.platform.problem.ProblemException;

/** What the statistics are grouped by, in the order asked; each grouping adds a level of subtotals (ROLLUP). */
public enum Groepering {

    JAAR("jaar"), KWARTAAL("kwartaal"), GEMEENTE("gemeente"), REGIO(Regio.alsSql("gemeente"));

    private final String sql;

    Groepering(String sql) {
        this.sql = sql;
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
                        "een of meer van jaar, kwartaal, gemeente, regio, gescheiden door komma's");
            }
            if (!gezien.add(g)) {
                throw ProblemException.invalid("groepering", "elke groepering hoogstens een keer");
            }
        }
        return new ArrayList<>(gezien);
    }
}
