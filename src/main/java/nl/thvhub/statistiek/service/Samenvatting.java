package nl.thvhub.statistiek.service;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.statistiek.persistence.ZaakcijferRepository;

/**
 * Keeps the statistics' summary current (issue 37.4): in the background, in short transactions of at most
 * {@link #BATCH} marked cases, so a backlog (a bulk load, a new measure) is worked off without holding locks for long;
 * and before every statistics read, inside the read's own transaction, so an answer counts every write committed before
 * it. Both hold the same lock, so a case is never counted twice.
 */
@ApplicationScoped
public class Samenvatting {

    private static final Logger LOG = Logger.getLogger(Samenvatting.class);
    /** Marks per transaction: recomputing a thousand cases from their own rows takes tens of milliseconds. */
    static final int BATCH = 1000;

    private final Pool pool;
    private final ZaakcijferRepository repository;
    private volatile boolean gecontroleerd;

    public Samenvatting(Pool pool, ZaakcijferRepository repository) {
        this.pool = pool;
        this.repository = repository;
    }

    @Scheduled(every = "${thv.statistiek.bijwerk-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodiek() {
        return bijwerken().onFailure().invoke(e -> LOG.warn("Updating the statistics summary failed; will retry", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Works off every marked case, batch by batch; returns how many marks were taken. */
    public Uni<Integer> bijwerken() {
        return controleer().chain(() -> Uni.createFrom().deferred(this::eenBatch).repeat().whilst(n -> n == BATCH)
                .collect().with(java.util.stream.Collectors.summingInt(Integer::intValue)));
    }

    private Uni<Integer> eenBatch() {
        return pool.withTransaction(conn -> repository.tryLock(conn)
                .chain(slot -> slot
                        ? repository.markeringen(conn, BATCH).chain(m -> repository.recompute(conn, m))
                        : Uni.createFrom().item(0)));
    }

    /**
     * Within a statistics read's transaction: waits for a background batch to finish, then recomputes what is still
     * marked, so the read that follows sees every committed write (bounded by the read's statement timeout).
     */
    public Uni<Void> bijwerken(SqlConnection conn) {
        return repository.waitForLock(conn).chain(() -> rest(conn));
    }

    private Uni<Void> rest(SqlConnection conn) {
        return repository.markeringen(conn, BATCH).chain(m -> repository.recompute(conn, m))
                .chain(n -> n == BATCH ? rest(conn) : Uni.createFrom().voidItem());
    }

    /** Once per start: a summary counted with another set of measures is rebuilt from the cases. */
    private Uni<Void> controleer() {
        if (gecontroleerd) {
            return Uni.createFrom().voidItem();
        }
        return pool.withTransaction(conn -> repository.waitForLock(conn).chain(() -> repository.verouderd(conn))
                .chain(oud -> {
                    if (!oud) {
                        return Uni.createFrom().voidItem();
                    }
                    LOG.info("The statistics summary counts other measures than this version; rebuilding it");
                    return repository.rebuild(conn);
                })).invoke(() -> gecontroleerd = true);
    }
}
