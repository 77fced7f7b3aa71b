package nl.thvhub.platform.sql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Named parameters for a static statement, written with the placeholders of Vert.x SQL Client Templates
 * ({@code #{naam}}), so no statement binds twenty values by position (issue 30, step 3). Nulls are allowed; an enum binds
 * as its name and an {@link Instant} as a UTC {@code timestamptz}, the two conversions every repository did by hand.
 * <p>
 * Why not the templates library itself: it parses the template on every execution and needs the driver's own client
 * (not the pool's CDI proxy); measured on the audited read it cost hub CPU on the hot path (docs/performance.md,
 * 2026-12-03). Here each template is translated once to positional SQL ({@code $1…}, one number per name, a name used
 * twice binds once) and cached; a template naming a parameter that was not given fails at once. Dynamic statements
 * (filters, pages) keep {@link Where}, which numbers their parameters as it builds them.
 */
public final class Parameters {

    private static final Pattern NAAM = Pattern.compile("#\\{(\\w+)}");
    private static final Map<String, Vertaling> VERTAALD = new ConcurrentHashMap<>();

    /** A template as positional SQL and the parameter names in the order of their numbers. */
    record Vertaling(String sql, List<String> namen) {
    }

    private final Map<String, Object> waarden = new HashMap<>();

    private Parameters() {
    }

    /** The first parameter. */
    public static Parameters met(String naam, Object waarde) {
        return new Parameters().en(naam, waarde);
    }

    /** One more parameter. */
    public Parameters en(String naam, Object waarde) {
        if (waarden.containsKey(naam)) {
            throw new IllegalArgumentException("parameter " + naam + " bound twice");
        }
        waarden.put(naam, waarde instanceof Enum<?> e
                ? e.name()
                : waarde instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : waarde);
        return this;
    }

    /** Runs the statement with these parameters; the number of rows it changed. */
    public Uni<Integer> voerUit(SqlClient sql, String template) {
        return query(sql, template).map(SqlResult::rowCount);
    }

    /** Runs a statement that returns rows ({@code returning …}) with these parameters. */
    public Uni<RowSet<Row>> query(SqlClient sql, String template) {
        Vertaling v = vertaal(template);
        Tuple t = Tuple.tuple();
        for (String naam : v.namen()) {
            if (!waarden.containsKey(naam)) {
                throw new IllegalArgumentException("parameter " + naam + " of the statement was not given");
            }
            t.addValue(waarden.get(naam));
        }
        return sql.preparedQuery(v.sql()).execute(t);
    }

    /** The template as positional SQL, translated once per template text. */
    static Vertaling vertaal(String template) {
        return VERTAALD.computeIfAbsent(template, tekst -> {
            Map<String, Integer> nummers = new LinkedHashMap<>();
            Matcher m = NAAM.matcher(tekst);
            StringBuilder sql = new StringBuilder();
            while (m.find()) {
                int n = nummers.computeIfAbsent(m.group(1), k -> nummers.size() + 1);
                m.appendReplacement(sql, "\\$" + n);
            }
            m.appendTail(sql);
            return new Vertaling(sql.toString(), List.copyOf(new ArrayList<>(nummers.keySet())));
        });
    }
}
