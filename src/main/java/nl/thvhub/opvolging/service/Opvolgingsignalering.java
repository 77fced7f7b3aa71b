package nl.thvhub.opvolging.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.ZorgtermijnConfig;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.opvolging.persistence.PeilmomentRepository;
import nl.thvhub.zorg.service.Zorgsignalering;

/**
 * Announces, once each, the follow-through's tasks that open by the clock: a missed six-week check-in
 * ({@code monitoring.peilmoment-gemist}) and a hand-over nobody confirmed ({@code overdracht.niet-bevestigd}), on the
 * same interval and look-back as the care record's own announcements ({@link Zorgsignalering}).
 */
@ApplicationScoped
public class Opvolgingsignalering {

    private static final Logger LOG = Logger.getLogger(Opvolgingsignalering.class);

    private final Pool pool;
    private final PeilmomentRepository peilmomenten;
    private final Zaakboek boek;
    private final ZorgtermijnConfig termijnen;
    private final Clock clock;

    Opvolgingsignalering(Pool pool, PeilmomentRepository peilmomenten, Zaakboek boek, ZorgtermijnConfig termijnen,
            Clock clock) {
        this.pool = pool;
        this.peilmomenten = peilmomenten;
        this.boek = boek;
        this.termijnen = termijnen;
        this.clock = clock;
    }

    @Scheduled(every = "${thv.zorg.signalering-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodiek() {
        return meld().onFailure().invoke(e -> LOG.warn("Announcing follow-through tasks failed; will retry", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Announces what is due now; returns how many announcements were made. */
    public Uni<Integer> meld() {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> peilmomenten
                .claimPeilmomentGemist(conn, Huisverbod.PEILMOMENT_NA_EINDE, termijnen.peilmomentMarge(), now,
                        Zorgsignalering.TERUGBLIK, 500)
                .chain(zaken -> boek.meld(conn, NotificatieType.MONITORING_PEILMOMENT_GEMIST, zaken, now)
                        .replaceWith(zaken.size()))
                .chain(n -> peilmomenten.claimOverdrachtOnbevestigd(conn, termijnen.overdrachtBevestiging(), now,
                        Zorgsignalering.TERUGBLIK, 500)
                        .chain(zaken -> boek.meld(conn, NotificatieType.OVERDRACHT_NIET_BEVESTIGD, zaken, now)
                                .replaceWith(n + zaken.size()))));
    }
}
