package nl.thvhub.notificaties.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

/** Retention of what the notifications keep about erased cases: events, webhook deliveries and inbox items go. */
@ApplicationScoped
public class NotificatieBewaring {

    /**
     * An event not yet dispatched about an erased case has nobody left to inform. The outbox goes before the
     * notifications because this waits for a dispatcher holding the event, whose notifications the next statements see.
     */
    public Uni<Void> deleteVoorZaken(SqlClient sql, UUID[] zaken) {
        Tuple t = Tuple.of((Object) zaken);
        return sql.preparedQuery("delete from outbox where huisverbod_id = any($1)").execute(t)
                .chain(() -> sql.preparedQuery("delete from aflevering where huisverbod_id = any($1)").execute(t))
                .chain(() -> sql.preparedQuery("delete from notificatie where huisverbod_id = any($1)").execute(t))
                .replaceWithVoid();
    }
}
