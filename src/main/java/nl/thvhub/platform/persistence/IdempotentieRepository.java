package nl.thvhub.platform.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.sql.Rijen;

/** SQL of the Idempotency-Key store: claims, stored answers, taking over a dead claim, clean-up. */
@ApplicationScoped
public class IdempotentieRepository {

    /** A stored key: the request it was first used for, and its answer once written. */
    public record Opgeslagen(String verzoekHash, String status, Integer antwoordStatus, JsonObject antwoordHeaders,
            String antwoordBody, Instant aangemaaktOp, Instant claimTot, String traceId) {
    }

    public Uni<Void> deleteVerlopen(SqlClient sql, String scope, String sleutel, Instant now) {
        return sql.preparedQuery("delete from idempotentie where scope = $1 and sleutel = $2 and verloopt_op <= $3")
                .execute(Tuple.of(scope, sleutel, odt(now))).replaceWithVoid();
    }

    /** Claims a fresh key; false when it is already taken. */
    public Uni<Boolean> claim(SqlClient sql, String scope, String sleutel, String hash, Instant now, Instant verloopt,
            String traceId, Instant claimTot) {
        return sql.preparedQuery("""
                insert into idempotentie (scope, sleutel, verzoek_hash, status, aangemaakt_op, verloopt_op, trace_id, claim_tot)
                values ($1, $2, $3, 'BEZIG', $4, $5, $6, $7) on conflict do nothing returning status
                """).execute(Tuple.tuple().addString(scope).addString(sleutel).addString(hash).addOffsetDateTime(odt(now))
                .addOffsetDateTime(odt(verloopt)).addString(traceId).addOffsetDateTime(odt(claimTot)))
                .map(rows -> rows.size() == 1);
    }

    public Uni<Optional<Opgeslagen>> find(SqlClient sql, String scope, String sleutel) {
        return sql.preparedQuery("select * from idempotentie where scope = $1 and sleutel = $2")
                .execute(Tuple.of(scope, sleutel)).map(rows -> Rijen.eerste(rows, r -> {
                    Object headers = r.getValue("antwoord_headers");
                    return new Opgeslagen(r.getString("verzoek_hash"), r.getString("status"),
                            r.getInteger("antwoord_status"),
                            headers == null ? null : headers instanceof JsonObject j ? j : new JsonObject(headers.toString()),
                            r.getString("antwoord_body"), r.getOffsetDateTime("aangemaakt_op").toInstant(),
                            r.getOffsetDateTime("claim_tot") == null ? null : r.getOffsetDateTime("claim_tot").toInstant(),
                            r.getString("trace_id"));
                }));
    }

    /**
     * The case a request wrote, told by its audit lines: they commit in the write's own transaction, so they exist if,
     * and only if, the write did.
     */
    public Uni<Optional<UUID>> zaakGeschrevenDoor(SqlClient sql, Instant sinds, String traceId) {
        return sql.preparedQuery("""
                select coalesce(huisverbod_id, huisverbod_ids[1]) as huisverbod_id from audit_regel
                where tijdstip >= $1 and trace_id = $2 and uitkomst = 'TOEGESTAAN' order by id limit 1
                """).execute(Tuple.of(odt(sinds), traceId)).map(rows -> Rijen.eerste(rows, r -> r.getUUID("huisverbod_id")));
    }

    /** Takes over a claim whose lease ran out; false when another retry took it first. */
    public Uni<Boolean> takeOver(SqlClient sql, String scope, String sleutel, String traceId, Instant claimTot,
            Instant now) {
        return sql.preparedQuery("""
                update idempotentie set trace_id = $3, claim_tot = $4, aangemaakt_op = $5
                where scope = $1 and sleutel = $2 and status = 'BEZIG' and claim_tot <= $5 returning status
                """).execute(Tuple.tuple().addString(scope).addString(sleutel).addString(traceId)
                .addOffsetDateTime(odt(claimTot)).addOffsetDateTime(odt(now))).map(rows -> rows.size() == 1);
    }

    public Uni<Void> store(SqlClient sql, String scope, String sleutel, int status, JsonObject headers, String body) {
        return sql.preparedQuery("""
                update idempotentie set status = 'KLAAR', antwoord_status = $3, antwoord_headers = $4, antwoord_body = $5
                where scope = $1 and sleutel = $2
                """).execute(Tuple.of(scope, sleutel, status, headers, body)).replaceWithVoid();
    }

    public Uni<Void> release(SqlClient sql, String scope, String sleutel) {
        return sql.preparedQuery("delete from idempotentie where scope = $1 and sleutel = $2 and status = 'BEZIG'")
                .execute(Tuple.of(scope, sleutel)).replaceWithVoid();
    }

    public Uni<Integer> cleanUp(SqlClient sql, Instant now) {
        return sql.preparedQuery("delete from idempotentie where verloopt_op <= $1").execute(Tuple.of(odt(now)))
                .map(rows -> rows.rowCount());
    }
}
