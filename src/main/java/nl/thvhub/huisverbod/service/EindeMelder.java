package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.huisverbod.persistence.OnderhoudRepository;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.security.Actor;

/**
 * Announces the automatic end of a THV ({@code huisverbod.beeindigd}) once its eindmoment has passed. Status never
 * depends on this job (it is derived from the clock); the job only makes sure the end is told, once, on any instance.
 */
@ApplicationScoped
public class EindeMelder {

    private static final Logger LOG = Logger.getLogger(EindeMelder.class);

    private final Pool pool;
    private final HuisverbodRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    private final OnderhoudRepository onderhoud;

    public EindeMelder(Pool pool, HuisverbodRepository repository, OnderhoudRepository onderhoud, Outbox outbox,
            Clock clock) {
        this.onderhoud = onderhoud;
        this.pool = pool;
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${thv.notificaties.einde-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodiek() {
        return meld().onFailure().invoke(e -> LOG.warn("Announcing ended THVs failed; will retry", e)).onFailure()
                .recoverWithNull().replaceWithVoid();
    }

    /** Emits the end event for every case whose end passed and was not yet announced; returns how many. */
    public Uni<Integer> meld() {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> onderhoud.claimEindeNietGemeld(conn, now, 500).chain(ids -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (UUID id : ids) {
                chain = chain.chain(() -> repository.find(conn, id)
                        .chain(h -> outbox.emit(conn, NotificatieType.HUISVERBOD_BEEINDIGD, Feiten.van(h.orElseThrow()),
                                Actor.system(), now)));
            }
            return chain.chain(() -> onderhoud.markEindeGemeld(conn, ids, now)).replaceWith(ids.size());
        }));
    }
}
