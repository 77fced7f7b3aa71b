package nl.thvhub.huisverbod;

import java.util.List;
import java.util.Set;

import nl.thvhub.privacy.Categorie;

/**
 * The port through which a feature publishes what the case read needs of it (issue 30, step 3): each feature implements
 * it in its own persistence package, as SQL over its own tables, so the case module names no table or stored JSON
 * layout of a feature above it. The case read writes the columns into its select list as scalar subqueries of the case
 * {@code h}: written inline they cost PostgreSQL a fraction of the planning that functions of the case (V44) or views
 * (V27 to V42) cost, and a column outside the reader's reach is not written at all (see docs/performance.md, session
 * 23).
 */
public interface Zaakstandbron {

    /** This feature's columns of the case read. */
    List<Kolom> kolommen();

    /**
     * A column of the case read: its name; its SQL, one scalar expression that names the case only as {@code h.id} and
     * otherwise only this feature's tables and views; the value sent when the reader's reach does not need it; and the
     * categories of the view that need it (none: every reader's decision needs it, and {@code leeg} is never used).
     */
    record Kolom(String naam, String sql, String leeg, Set<Categorie> categorieen) {

        /** A column every reader's decision needs. */
        public static Kolom altijd(String naam, String sql) {
            return new Kolom(naam, sql, null, Set.of());
        }
    }
}
