package nl.thvhub.audit.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.Keten;
import nl.thvhub.platform.sql.Rijen;

/** SQL of the audit hash chain: its head, sealing new lines, anchors, and reading sealed lines back to verify them. */
@ApplicationScoped
public class KetenRepository {

    /** A stored line as the sealer and the verifier need it: the hashed part and what lies outside the hash. */
    public record Regel(long id, Long ketenVolgnr, String inhoudHash, String ketenHash, Keten.Inhoud inhoud,
            UUID betrokkeneId, String betrokkenePseudoniem, String actorSubject, String actorPseudoniem) {
    }

    /** The head of the chain: the last sealed number and its hash. */
    public record Kop(long volgnr, String hash) {
    }

    /** An anchor and the chain hash its line has now (null when the line is gone). */
    public record Anker(long volgnr, String hash, String regelHash) {
    }

    /** The transaction-scoped advisory lock that makes one instance seal at a time. */
    public Uni<Boolean> tryLock(SqlClient sql, long slot) {
        return sql.preparedQuery("select pg_try_advisory_xact_lock($1)").execute(Tuple.of(slot))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    public Uni<Kop> findKop(SqlClient sql, boolean forUpdate) {
        return sql.query("select volgnr, hash from audit_keten where id = 1" + (forUpdate ? " for update" : "")).execute()
                .map(rows -> {
                    Row h = rows.iterator().next();
                    return new Kop(h.getLong("volgnr"), h.getString("hash"));
                });
    }

    public Uni<List<Regel>> listOngezegeld(SqlClient sql, int limit) {
        return sql.preparedQuery("select * from audit_regel where keten_volgnr is null order by id limit $1")
                .execute(Tuple.of(limit)).map(rows -> Rijen.alle(rows, KetenRepository::regel));
    }

    /** Seals the lines {@code ids} with their numbers and hashes, and moves the head to the last of them. */
    public Uni<Void> seal(SqlClient sql, Long[] ids, Long[] volgnrs, String[] inhoud, String[] keten, Kop nieuw,
            Instant now) {
        return sql.preparedQuery("""
                update audit_regel a set keten_volgnr = u.v, inhoud_hash = u.ih, keten_hash = u.kh
                from unnest($1::bigint[], $2::bigint[], $3::varchar[], $4::varchar[]) as u(id, v, ih, kh) where a.id = u.id
                """).execute(Tuple.of(ids, volgnrs, inhoud, keten))
                .chain(() -> sql.preparedQuery("update audit_keten set volgnr = $1, hash = $2, bijgewerkt_op = $3 where id = 1")
                        .execute(Tuple.of(nieuw.volgnr(), nieuw.hash(), odt(now))))
                .replaceWithVoid();
    }

    public Uni<Void> insertAnker(SqlClient sql, Kop kop, Instant now) {
        return sql.preparedQuery(
                "insert into audit_anker (volgnr, hash, vastgelegd_op) values ($1, $2, $3) on conflict (volgnr) do nothing")
                .execute(Tuple.of(kop.volgnr(), kop.hash(), odt(now))).replaceWithVoid();
    }

    /** The first and last sealed number of the lines written in {@code [van, tot)} (all lines when both are null). */
    public Uni<Optional<long[]>> bereik(SqlClient sql, Instant van, Instant tot) {
        String query = "select min(keten_volgnr), max(keten_volgnr) from audit_regel where keten_volgnr is not null"
                + (van == null && tot == null ? "" : " and tijdstip >= $1 and tijdstip < $2");
        Tuple grenzen = van == null && tot == null
                ? Tuple.tuple()
                : Tuple.of(odt(van == null ? Instant.EPOCH : van),
                        odt(tot == null ? Instant.parse("9999-01-01T00:00:00Z") : tot));
        return sql.preparedQuery(query).execute(grenzen).map(rows -> {
            Row r = rows.iterator().next();
            return r.getLong(0) == null ? Optional.empty() : Optional.of(new long[]{r.getLong(0), r.getLong(1)});
        });
    }

    public Uni<Optional<String>> ketenHash(SqlClient sql, long volgnr) {
        return sql.preparedQuery("select keten_hash from audit_regel where keten_volgnr = $1").execute(Tuple.of(volgnr))
                .map(rows -> Rijen.eerste(rows, r -> r.getString("keten_hash")));
    }

    public Uni<List<Regel>> listGezegeld(SqlClient sql, long van, long tot, int limit) {
        return sql.preparedQuery(
                "select * from audit_regel where keten_volgnr >= $1 and keten_volgnr <= $2 order by keten_volgnr limit $3")
                .execute(Tuple.of(van, tot, limit)).map(rows -> Rijen.alle(rows, KetenRepository::regel));
    }

    public Uni<List<Anker>> listAnkers(SqlClient sql) {
        return sql.query("""
                select a.volgnr, a.hash, r.keten_hash from audit_anker a left join audit_regel r on r.keten_volgnr = a.volgnr
                order by a.volgnr
                """).execute().map(rows -> Rijen.alle(rows,
                r -> new Anker(r.getLong("volgnr"), r.getString("hash"), r.getString("keten_hash"))));
    }

    private static Regel regel(Row r) {
        return new Regel(r.getLong("id"), r.getLong("keten_volgnr"), r.getString("inhoud_hash"), r.getString("keten_hash"),
                inhoud(r), r.getUUID("betrokkene_id"), r.getString("betrokkene_pseudoniem"), r.getString("actor_subject"),
                r.getString("actor_pseudoniem"));
    }

    /** The hashed part of a stored line, exactly as the verifiers read it back. */
    private static Keten.Inhoud inhoud(Row r) {
        OffsetDateTime t = r.getOffsetDateTime("tijdstip");
        Object zaak = r.getValue("huisverbod_id");
        return new Keten.Inhoud(r.getLong("id"), t, r.getString("trace_id"), r.getString("span_id"),
                r.getString("actor_pseudoniem"), r.getString("actor_rol"), r.getString("actor_organisatie"),
                r.getString("client_id"), r.getString("doel"), r.getString("beleidsversie"), r.getString("actie"),
                zaak == null ? null : zaak.toString(), r.getString("betrokkene_pseudoniem"), r.getString("verstrekt"),
                r.getString("onthouden"), r.getString("uitkomst"), r.getString("reden"));
    }
}
