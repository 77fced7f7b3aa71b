package nl.thvhub.notificaties.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.sql.Rijen;

/** SQL for the transactional outbox: an event row written in the transaction of the change it announces. */
@ApplicationScoped
public class OutboxRepository {

    public Uni<Void> insert(SqlClient sql, UUID eventId, String type, UUID zaakId, Instant tijdstip, String afzender,
            JsonObject feiten) {
        return sql.preparedQuery("""
                insert into outbox (event_id, type, huisverbod_id, tijdstip, afzender_organisatie, feiten)
                values ($1, $2, $3, $4, $5, $6)
                """).execute(Tuple.tuple().addUUID(eventId).addString(type).addUUID(zaakId).addOffsetDateTime(odt(tijdstip))
                .addString(afzender).addJsonObject(feiten)).replaceWithVoid();
    }

    /** One event waiting in the outbox, with the routing facts it was written with. */
    public record Wachtend(long id, UUID eventId, String type, UUID zaakId, Instant tijdstip, String afzender,
            JsonObject feiten) {
    }

    /** Claims up to {@code limit} unprocessed events in order; other instances skip the rows this one locked. */
    public Uni<List<Wachtend>> claim(SqlClient sql, int limit) {
        return sql.preparedQuery("select * from outbox where verwerkt_op is null order by id limit $1 for update skip locked")
                .execute(Tuple.of(limit))
                .map(rows -> Rijen.alle(rows, r -> new Wachtend(r.getLong("id"), r.getUUID("event_id"), r.getString("type"),
                        r.getUUID("huisverbod_id"), r.getOffsetDateTime("tijdstip").toInstant(),
                        r.getString("afzender_organisatie"), r.getJsonObject("feiten"))));
    }

    public Uni<Void> markVerwerkt(SqlClient sql, List<Long> ids, Instant now) {
        return sql.preparedQuery("update outbox set verwerkt_op = $2 where id = any($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new), odt(now))).replaceWithVoid();
    }
}
