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

    /**
     * The head of the chain: the last sealed number and its hash, and the boundary behind which every line is sealed —
     * the writing transaction and id of the last line chained (V47).
     */
    public record Kop(long volgnr, String hash, long grensXact, long grensId) {
    }

    /** A line to seal: the stored line and the transaction that wrote it. */
    public record Nieuw(Regel regel, long xact) {
    }

    /**
     * The columns of a line as the sealer reads it: the seal lives in audit_zegel, so its columns are empty here and the
     * one row mapper serves the sealer and the verifier alike.
     */
    private static final String REGEL = """
            id, tijdstip, trace_id, span_id, actor_subject, actor_gebruiker, actor_rol, actor_organisatie, client_id,
            noodtoegang_reden, doel, beleidsversie, actie, huisverbod_id, betrokkene_id, verstrekt, onthouden, uitkomst, reden,
            betrokkene_pseudoniem, actor_pseudoniem, null::bigint as keten_volgnr, null::varchar as inhoud_hash,
            null::varchar as keten_hash, huisverbod_ids""";

    /** An anchor and the chain hash its line has now (null when the line is gone). */
    public record Anker(long volgnr, String hash, String regelHash) {
    }

    /** The transaction-scoped advisory lock that makes one instance seal at a time. */
    public Uni<Boolean> tryLock(SqlClient sql, long slot) {
        return sql.preparedQuery("select pg_try_advisory_xact_lock($1)").execute(Tuple.of(slot))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    public Uni<Kop> findKop(SqlClient sql, boolean forUpdate) {
        return sql.query("select volgnr, hash, grens_xact::text::bigint as grens_xact, grens_id from audit_keten where id = 1"
                + (forUpdate ? " for update" : "")).execute().map(rows -> {
                    Row h = rows.iterator().next();
                    return new Kop(h.getLong("volgnr"), h.getString("hash"), h.getLong("grens_xact"), h.getLong("grens_id"));
                });
    }

    /** The next lines to seal, and whether more may wait behind them (the batch was cut by its count or its bytes). */
    public record Batch(List<Nieuw> regels, boolean meer) {
    }

    /**
     * The next lines to seal, in (transaction, id) order after the boundary: only lines of transactions older than every
     * transaction still running, so a line committed later can never sort before one already sealed. At most
     * {@code limit} lines and, beyond the first, about {@code maxBytes} of stored row: the SQL client holds a result
     * that arrives in many network reads in one buffer it copies whole every sixteen reads, so a megabyte result
     * becomes a copy G1 puts straight into the old generation, which starts a marking cycle (session 30).
     */
    public Uni<Batch> listOngezegeld(SqlClient sql, Kop kop, int limit, int maxBytes) {
        return sql.preparedQuery("select " + REGEL + ", xact_nr, tot from (select r.*, xact::text::bigint as xact_nr,"
                + " pg_column_size(r.*) as eigen, sum(pg_column_size(r.*)) over (order by xact, id) as tot"
                + " from audit_regel r where xact is not null and (xact, id) > ($1::bigint::text::xid8, $2)"
                + " and xact < pg_snapshot_xmin(pg_current_snapshot()) order by xact, id limit $3) b"
                + " where tot - eigen < $4 order by xact, id")
                .execute(Tuple.of(kop.grensXact(), kop.grensId(), limit, maxBytes)).map(rows -> {
                    List<Nieuw> regels = new java.util.ArrayList<>(rows.size());
                    long tot = 0;
                    for (Row r : rows) {
                        regels.add(new Nieuw(regel(r), r.getLong("xact_nr")));
                        tot = r.getLong("tot");
                    }
                    return new Batch(regels, regels.size() == limit || tot >= maxBytes);
                });
    }

    /**
     * Appends the seals of the lines {@code ids} (their numbers and hashes) and moves the head, with its boundary, to the
     * last of them. The lines themselves are not touched: an audit line is written once.
     */
    public Uni<Void> seal(SqlClient sql, Long[] ids, Long[] volgnrs, String[] inhoud, String[] keten, Kop nieuw,
            Instant now) {
        return sql.preparedQuery("""
                insert into audit_zegel (regel_id, keten_volgnr, inhoud_hash, keten_hash)
                select * from unnest($1::bigint[], $2::bigint[], $3::varchar[], $4::varchar[])
                """).execute(Tuple.of(ids, volgnrs, inhoud, keten))
                .chain(() -> sql.preparedQuery("""
                        update audit_keten set volgnr = $1, hash = $2, bijgewerkt_op = $3,
                            grens_xact = $4::bigint::text::xid8, grens_id = $5 where id = 1
                        """).execute(Tuple.of(nieuw.volgnr(), nieuw.hash(), odt(now), nieuw.grensXact(), nieuw.grensId())))
                .replaceWithVoid();
    }

    public Uni<Void> insertAnker(SqlClient sql, Kop kop, Instant now) {
        return sql.preparedQuery(
                "insert into audit_anker (volgnr, hash, vastgelegd_op) values ($1, $2, $3) on conflict (volgnr) do nothing")
                .execute(Tuple.of(kop.volgnr(), kop.hash(), odt(now))).replaceWithVoid();
    }

    /** The first and last sealed number of the lines written in {@code [van, tot)} (all lines when both are null). */
    public Uni<Optional<long[]>> bereik(SqlClient sql, Instant van, Instant tot) {
        String query = "select min(keten_volgnr), max(keten_volgnr) from audit_regel_gezegeld where keten_volgnr is not null"
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
        return sql.preparedQuery("select keten_hash from audit_zegel where keten_volgnr = $1").execute(Tuple.of(volgnr))
                .map(rows -> Rijen.eerste(rows, r -> r.getString("keten_hash")));
    }

    public Uni<List<Regel>> listGezegeld(SqlClient sql, long van, long tot, int limit) {
        return sql.preparedQuery(
                "select * from audit_regel_gezegeld where keten_volgnr >= $1 and keten_volgnr <= $2 order by keten_volgnr limit $3")
                .execute(Tuple.of(van, tot, limit)).map(rows -> Rijen.alle(rows, KetenRepository::regel));
    }

    public Uni<List<Anker>> listAnkers(SqlClient sql) {
        return sql.query("""
                select a.volgnr, a.hash, r.keten_hash from audit_anker a left join audit_zegel r on r.keten_volgnr = a.volgnr
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
                r.getString("onthouden"), r.getString("uitkomst"), r.getString("reden"),
                Keten.zaken(r.getArrayOfUUIDs("huisverbod_ids")));
    }
}
