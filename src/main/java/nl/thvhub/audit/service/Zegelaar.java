package nl.thvhub.audit.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.audit.AuditConfig;
import nl.thvhub.audit.Keten;
import nl.thvhub.audit.persistence.KetenRepository;

/**
 * Seals new audit lines into the hash chain off the request path, in the order of their writing transactions once every
 * older transaction has ended (so no line can arrive behind the chain's boundary), appending each seal beside the line
 * instead of updating it (V47); and periodically copies the chain's head to the anchor table (and file). A
 * transaction-scoped advisory lock makes one hub instance seal at a time.
 */
@ApplicationScoped
public class Zegelaar {

    private static final Logger LOG = Logger.getLogger(Zegelaar.class);
    private static final long LOCK = 0x5448_5641_5544_4954L;
    /** Lines per transaction: small enough that hashing them never holds the event loop long. */
    private static final int BATCH = 1000;
    /**
     * Stored bytes per transaction, beyond a batch's first line: a quarter of the sixteen 64 KB network reads after which
     * the SQL client copies a result into one buffer (see {@link KetenRepository#listOngezegeld}).
     */
    private static final int BATCH_BYTES = 256 * 1024;

    private final Pool pool;
    private final AuditConfig config;
    private final Clock clock;

    private final KetenRepository keten;

    public Zegelaar(Pool pool, KetenRepository keten, AuditConfig config, Clock clock) {
        this.keten = keten;
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
        return Uni.createFrom().deferred(this::zegelEenBatch).repeat().whilst(Gezegeld::meer).collect()
                .with(java.util.stream.Collectors.summingInt(Gezegeld::aantal));
    }

    /** What one transaction sealed, and whether more lines may wait. */
    private record Gezegeld(int aantal, boolean meer) {

        static final Gezegeld NIETS = new Gezegeld(0, false);
    }

    private Uni<Gezegeld> zegelEenBatch() {
        return pool.withTransaction(conn -> keten.tryLock(conn, LOCK)
                .chain(slot -> slot ? zegelBatch(conn) : Uni.createFrom().item(Gezegeld.NIETS)));
    }

    private Uni<Gezegeld> zegelBatch(SqlConnection conn) {
        return keten.findKop(conn, true).chain(kop -> keten.listOngezegeld(conn, kop, BATCH, BATCH_BYTES).chain(batch -> {
            List<KetenRepository.Nieuw> nieuw = batch.regels();
            if (nieuw.isEmpty()) {
                return Uni.createFrom().item(Gezegeld.NIETS);
            }
            List<KetenRepository.Regel> regels = nieuw.stream().map(KetenRepository.Nieuw::regel).toList();
            int n = regels.size();
            Long[] ids = new Long[n];
            Long[] volgnrs = new Long[n];
            String[] inhoud = new String[n];
            String[] hashes = new String[n];
            long v = kop.volgnr();
            String prev = kop.hash();
            for (int i = 0; i < n; i++) {
                v++;
                String ih = Keten.inhoudHash(regels.get(i).inhoud());
                prev = Keten.ketenHash(prev, ih);
                ids[i] = regels.get(i).id();
                volgnrs[i] = v;
                inhoud[i] = ih;
                hashes[i] = prev;
            }
            KetenRepository.Nieuw laatste = nieuw.get(n - 1);
            return keten.seal(conn, ids, volgnrs, inhoud, hashes,
                    new KetenRepository.Kop(v, prev, laatste.xact(), laatste.regel().id()), clock.instant())
                    .replaceWith(new Gezegeld(n, batch.meer()));
        }));
    }

    /** Copies the current head of the chain to the anchor table and, if configured, appends it to the anchor file. */
    public Uni<Void> veranker() {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> keten.findKop(conn, false).chain(kop -> kop.volgnr() == 0
                ? Uni.createFrom().voidItem()
                : keten.insertAnker(conn, kop, now).invoke(() -> appendToFile(kop.volgnr(), kop.hash(), now))));
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
}
