package nl.thvhub.platform.sql;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/**
 * A parameter list with the WHERE clause built on it: every {@code ?} in a condition becomes the next {@code $n}, so no
 * caller numbers parameters by hand and the numbers cannot drift from the values.
 */
public final class Where {

    private final List<Object> waarden = new ArrayList<>();
    private final StringBuilder sql = new StringBuilder();

    /** Adds a value that the statement refers to outside the WHERE clause and returns its placeholder. */
    public String param(Object waarde) {
        waarden.add(waarde);
        return "$" + waarden.size();
    }

    /** Adds {@code conditie} with AND; each {@code ?} in it takes the next of {@code params}, in order. */
    public Where en(String conditie, Object... params) {
        sql.append(sql.isEmpty() ? " where " : " and ").append(vul(conditie, params));
        return this;
    }

    /** Replaces each {@code ?} in a fragment by a fresh placeholder for the next value. */
    public String vul(String fragment, Object... params) {
        StringBuilder uit = new StringBuilder(fragment.length() + 8);
        int volgende = 0;
        for (int i = 0; i < fragment.length(); i++) {
            char c = fragment.charAt(i);
            if (c == '?') {
                if (volgende >= params.length) {
                    throw new IllegalArgumentException("more ? than values in: " + fragment);
                }
                uit.append(param(params[volgende++]));
            } else {
                uit.append(c);
            }
        }
        if (volgende != params.length) {
            throw new IllegalArgumentException("more values than ? in: " + fragment);
        }
        return uit.toString();
    }

    /** The clause, starting with {@code " where "}, or empty when no condition was added. */
    public String sql() {
        return sql.toString();
    }

    public Tuple tuple() {
        return Tuple.from(waarden);
    }

    @Override
    public String toString() {
        return sql() + " " + waarden;
    }
}
