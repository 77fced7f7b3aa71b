package nl.thvhub.platform.sql;

import java.util.function.Function;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Borrows a pooled connection for work outside a transaction, and always gives it back. Vert.x's
 * {@code Pool.withConnection} returns the connection only when the work's future completes: work that throws while it
 * is being built (a query built from a bad value, a check that fails before the first statement) never gets a future,
 * and the connection stays lent out for good. Twenty such requests and every read waits forever for a connection.
 * Deferring the work turns such a throw into a failed result, after which the connection is returned.
 */
public final class Verbinding {

    private Verbinding() {
    }

    public static <T> Uni<T> met(Pool pool, Function<SqlConnection, Uni<T>> werk) {
        return pool.withConnection(conn -> Uni.createFrom().deferred(() -> werk.apply(conn)));
    }
}
