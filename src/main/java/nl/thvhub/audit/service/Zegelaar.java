package nl.thvhub.audit.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.audit.AuditConfig;
import nl.thvhub.audit.Keten;

/**
 * Seals new audit lines into the hash chain, in commit order, off the request path; and periodically copies the chain's
 * head to the anchor table (and file). A transaction-scoped advisory lock makes one hub instance seal at a time.
 */
@ApplicationScoped
public class Zegelaar {

    private static final Logger LOG = Logger.getLogger(Zegelaar.class);
    private static final long LOCK = 0x5448_5641_5544_4954L;
    /** Lines per transaction: small enough that hashing them never holds the event loop long. */
    private static final int BATCH = 1000;

    private final Pool pool;
    private final AuditConfig config;
    private final Clock clock;

    public Zegelaar(Pool pool, AuditConfig config, Clock clock) {
        this.pool = pool;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "${thv.audit.zegel-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodiek() {
        return zegel().onFailure().invoke(e -> LOG.warn("Sealing audit lines failed; will retry", e)).onFailure()
                .recoverWithNull().replaceWithVoid();
    }

    @Scheduled(every = "${thv.audit.anker-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodiekAnker() {
        return veranker().onFailure().invoke(e -> LOG.warn("Anchoring the audit chain failed; will retry", e)).onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * Seals all lines that are not yet in the chain; returns how many. One batch per transaction: a backlog (after a
     * bulk import, say) is worked off in short transactions that each release their rows, instead of one transaction
     * that holds a million rows in memory and the chain head for minutes.
     */
    public Uni<Integer> zegel() {
        return Uni.createFrom().deferred(this::zegelEenBatch).repeat().whilst(n -> n == BATCH).collect()
                .with(java.util.stream.Collectors.summingInt(Integer::intValue));
    }

    private Uni<Integer> zegelEenBatch() {
        return pool.withTransaction(
                conn -> conn.preparedQuery("select pg_try_advisory_xact_lock($1)").execute(Tuple.of(LOCK)).chain(rows -> {
                    if (!rows.iterator().next().getBoolean(0)) {
                        return Uni.createFrom().item(0);
                    }
                    return zegelBatch(conn);
                }));
    }

    private Uni<Integer> zegelBatch(SqlConnection conn) {
        return conn.query("select volgnr, hash from audit_keten where id = 1 for update").execute().chain(head -> {
            Row h = head.iterator().next();
            long volgnr = h.getLong("volgnr");
            String vorige = h.getString("hash");
            return conn.preparedQuery("select * from audit_regel where keten_volgnr is null order by id limit $1")
                    .execute(Tuple.of(BATCH))
                    .chain(rows -> {
                        if (rows.size() == 0) {
                            return Uni.createFrom().item(0);
                        }
                        int n = rows.size();
                        Long[] ids = new Long[n];
                        Long[] volgnrs = new Long[n];
                        String[] inhoud = new String[n];
                        String[] keten = new String[n];
                        long v = volgnr;
                        String prev = vorige;
                        int i = 0;
                        for (Row r : rows) {
                            v++;
                            String ih = Keten.inhoudHash(inhoud(r));
                            prev = Keten.ketenHash(prev, ih);
                            ids[i] = r.getLong("id");
                            volgnrs[i] = v;
                            inhoud[i] = ih;
                            keten[i] = prev;
                            i++;
                        }
                        long last = v;
                        String lastHash = prev;
                        return conn
                                .preparedQuery(
                                        """
                                                update audit_regel a set keten_volgnr = u.v, inhoud_hash = u.ih, keten_hash = u.kh
                                                from unnest($1::bigint[], $2::bigint[], $3::varchar[], $4::varchar[]) as u(id, v, ih, kh) where a.id = u.id
                                                """)
                                .execute(Tuple.of(ids, volgnrs, inhoud, keten))
                                .chain(() -> conn.preparedQuery(
                                        "update audit_keten set volgnr = $1, hash = $2, bijgewerkt_op = $3 where id = 1")
                                        .execute(Tuple.of(last, lastHash, clock.instant().atOffset(ZoneOffset.UTC))))
                                .replaceWith(n);
                    });
        });
    }

    /** Copies the current head of the chain to the anchor table and, if configured, appends it to the anchor file. */
    public Uni<Void> veranker() {
        Instant now = clock.instant();
        return pool.withTransaction(
                conn -> conn.query("select volgnr, hash from audit_keten where id = 1").execute().chain(rows -> {
                    Row r = rows.iterator().next();
                    long volgnr = r.getLong("volgnr");
                    String hash = r.getString("hash");
                    if (volgnr == 0) {
                        return Uni.createFrom().voidItem();
                    }
                    return conn.preparedQuery(
                            "insert into audit_anker (volgnr, hash, vastgelegd_op) values ($1, $2, $3) on conflict (volgnr) do nothing")
                            .execute(Tuple.of(volgnr, hash, now.atOffset(ZoneOffset.UTC)))
                            .invoke(() -> appendToFile(volgnr, hash, now)).replaceWithVoid();
                }));
    }

    /**
     * Appends the anchor outside the database. A failure fails the anchoring transaction (the database anchor is not
     * written either, so both stay in step) and turns readiness DOWN until an anchor is written again: an anchor that
     * silently stops leaves a rewrite of the chain undetectable.
     */
    private void appendToFile(long volgnr, String hash, Instant now) {
        config.ankerBestand().ifPresent(file -> {
            try {
                Files.writeString(Path.of(file), now + " " + volgnr + " " + hash + "\n", StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.DSYNC);
                ankerFout = null;
            } catch (IOException e) {
                LOG.error("Could not append the audit anchor to " + file, e);
                ankerFout = e.getClass().getSimpleName();
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private volatile String ankerFout;

    /** Why the last anchor write outside the database failed, or empty when it succeeded (or none was due yet). */
    public java.util.Optional<String> ankerFout() {
        return java.util.Optional.ofNullable(ankerFout);
    }

    /** The hashed part of a stored line, exactly as the verifiers read it back. */
    public static Keten.Inhoud inhoud(Row r) {
        OffsetDateTime t = r.getOffsetDateTime("tijdstip");
        Object zaak = r.getValue("huisverbod_id");
        return new Keten.Inhoud(r.getLong("id"), t, r.getString("trace_id"), r.getString("span_id"),
                r.getString("actor_pseudoniem"),
                r.getString("actor_rol"), r.getString("actor_organisatie"), r.getString("client_id"), r.getString("doel"),
                r.getString("beleidsversie"), r.getString("actie"), zaak == null ? null : zaak.toString(),
                r.getString("betrokkene_pseudoniem"),
                r.getString("verstrekt"), r.getString("onthouden"), r.getString("uitkomst"), r.getString("reden"));
    }

}
