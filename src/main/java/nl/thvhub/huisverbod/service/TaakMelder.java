package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.huisverbod.Taak;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.huisverbod.persistence.TaakRepository;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.security.Actor;

/**
 * Tells the holder of a task, once, that it became overdue ({@code taak.verlopen}). Whether a task is overdue never
 * depends on this job (the work queue derives it from the clock); the job only makes sure it is told, exactly once per
 * task, on any instance: the task's identity is recorded in the same transaction as the event.
 */
@ApplicationScoped
public class TaakMelder {

    private static final Logger LOG = Logger.getLogger(TaakMelder.class);
    private static final int BATCH = 200;

    private final Pool pool;
    private final TaakRepository taken;
    private final HuisverbodRepository zaken;
    private final Zaaktoegang toegang;
    private final Outbox outbox;
    private final Clock clock;

    public TaakMelder(Pool pool, TaakRepository taken, HuisverbodRepository zaken, Zaaktoegang toegang, Outbox outbox,
            Clock clock) {
        this.pool = pool;
        this.taken = taken;
        this.zaken = zaken;
        this.toegang = toegang;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${thv.taken.melding-interval:5m}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodiek() {
        return meld().onFailure().invoke(e -> LOG.warn("Announcing overdue tasks failed; will retry", e)).onFailure()
                .recoverWithNull().replaceWithVoid();
    }

    /** Announces every overdue task not yet announced; returns how many. */
    public Uni<Integer> meld() {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> taken.listVerlopenOngemeld(conn, toegang.taaktermijnen(), now, BATCH)
                .chain(kandidaten -> taken.markGemeld(conn, kandidaten, now)).chain(verlopen -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (Taak t : verlopen) {
                        chain = chain.chain(() -> zaken.find(conn, t.huisverbodId()).chain(h -> outbox.emit(conn,
                                NotificatieType.TAAK_VERLOPEN, Feiten.van(h.orElseThrow()), Actor.system(), now,
                                new JsonObject().put("taak", houder(t)))));
                    }
                    return chain.replaceWith(verlopen.size());
                }));
    }

    private static JsonObject houder(Taak t) {
        return new JsonObject().put("soort", t.soort().name()).put("organisatie", t.houder().organisatie().name())
                .put("rol", t.houder().rol() == null ? null : t.houder().rol().code())
                .put("gebruiker", t.houder().gebruikersnaam());
    }
}
