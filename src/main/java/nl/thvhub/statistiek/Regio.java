package nl.thvhub.statistiek;

import java.util.Set;

import nl.thvhub.huisverbod.Gemeente;

/** The three parts of the region the figures are published by (seed, chapter 1.3). */
public enum Regio {

    /** The city of Amsterdam. */
    AMSTERDAM(Set.of(Gemeente.AMSTERDAM)),
    /** Diemen, Uithoorn and Ouder-Amstel. */
    DUO(Set.of(Gemeente.DIEMEN, Gemeente.UITHOORN, Gemeente.OUDER_AMSTEL)),
    /** Amstelveen and Aalsmeer. */
    AA(Set.of(Gemeente.AMSTELVEEN, Gemeente.AALSMEER));

    private final Set<Gemeente> gemeenten;

    Regio(Set<Gemeente> gemeenten) {
        this.gemeenten = gemeenten;
    }

    public static Regio van(Gemeente gemeente) {
        for (Regio r : values()) {
            if (r.gemeenten.contains(gemeente)) {
                return r;
            }
        }
        throw new IllegalArgumentException("no regio for " + gemeente);
    }

    /** The regio as a SQL expression over a gemeente column (the same mapping as {@link #van}). */
    public static String alsSql(String kolom) {
        StringBuilder sql = new StringBuilder("case");
        for (Regio r : values()) {
            sql.append(" when ").append(kolom).append(" in (");
            sql.append(String.join(", ", r.gemeenten.stream().map(g -> "'" + g.name() + "'").sorted().toList()));
            sql.append(") then '").append(r.name()).append('\'');
        }
        return sql.append(" end").toString();
    }
}
