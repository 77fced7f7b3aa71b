package nl.thvhub.platform.sql;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlResult;
import io.vertx.mutiny.sqlclient.templates.SqlTemplate;

/**
 * Named parameters for a static INSERT or UPDATE written as a Vert.x SQL Client Template ({@code #{naam}}), so no
 * statement binds twenty values by position (issue 30, step 3). Nulls are allowed; an enum binds as its name and an
 * {@link Instant} as a UTC {@code timestamptz}, the two conversions every repository did by hand. Dynamic statements
 * (filters, pages) keep {@link Where}, which numbers their parameters as it builds them.
 */
public final class Parameters {

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

    /** Runs a template that returns rows ({@code returning …}) with these parameters. */
    public Uni<io.vertx.mutiny.sqlclient.RowSet<io.vertx.mutiny.sqlclient.Row>> query(SqlClient sql, String template) {
        return SqlTemplate.forQuery(echt(sql), template).execute(waarden);
    }

    /** Runs the template with these parameters; the number of rows it changed. */
    public Uni<Integer> voerUit(SqlClient sql, String template) {
        return SqlTemplate.forUpdate(echt(sql), template).execute(waarden).map(SqlResult::rowCount);
    }

    /**
     * The client itself, not the CDI proxy of an injected pool: a template needs the driver's client (it casts to its
     * internal type), and a repository is called with either a transaction's connection or the pool.
     */
    private static SqlClient echt(SqlClient sql) {
        Object kern = sql.getDelegate();
        Object uitgepakt = io.quarkus.arc.ClientProxy.unwrap(kern);
        return uitgepakt == kern ? sql : SqlClient.newInstance((io.vertx.sqlclient.SqlClient) uitgepakt);
    }
}
