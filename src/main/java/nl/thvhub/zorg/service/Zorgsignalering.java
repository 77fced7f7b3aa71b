package nl.thvhub.zorg.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.ZorgtermijnConfig;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.zorg.persistence.ContactmomentRepository;
import nl.thvhub.zorg.persistence.VerwijzingRepository;

/**
 * Announces, once each, the care tasks that open by the clock: a UHG nobody reached within the deadline
 * ({@code zorg.uhg-niet-bereikt}), a referral that did not start in time ({@code verwijzing.niet-gestart}), to the coordinator of the case (else the coordinating organisation's queue). The tasks themselves are derived from the clock
 * in every case view; this job only makes sure they are told.
 */
@ApplicationScoped
public class Zorgsignalering {

    /** A first deployment announces only cases whose deadline passed this recently, not every old case at once. */
    public static final Duration TERUGBLIK = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(Zorgsignalering.class);

    private final Pool pool;
    private final ContactmomentRepository contacten;
    private final VerwijzingRepository verwijzingen;
    private final Zaakboek boek;
    private final ZorgtermijnConfig termijnen;
    private final Clock clock;

    Zorgsignalering(Pool pool, ContactmomentRepository contacten, VerwijzingRepository verwijzingen,
            Zaakboek boek, ZorgtermijnConfig termijnen, Clock clock) {
        this.pool = pool;
        this.contacten = contacten;
        this.verwijzingen = verwijzingen;
        this.boek = boek;
        this.termijnen = termijnen;
        this.clock = clock;
    }

    @Scheduled(every = "${thv.zorg.signalering-interval:60s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    Uni<Void> periodiek() {
        return meld().onFailure().invoke(e -> LOG.warn("Announcing care tasks failed; will retry", e)).onFailure()
                .recoverWithNull().replaceWithVoid();
    }

    /** Announces what is due now; returns how many announcements were made. */
    public Uni<Integer> meld() {
        Instant now = clock.instant();
        Instant grens = now.minus(termijnen.uhgBereikt());
        LocalDate verwijzingsgrens = LocalDate.ofInstant(now.minus(termijnen.verwijzingGestart()), Huisverbod.TIJDZONE);
        return pool.withTransaction(conn -> contacten.claimUhgNietBereikt(conn, grens.minus(TERUGBLIK), grens, now, 500)
                .chain(zaken -> boek.meld(conn, NotificatieType.ZORG_UHG_NIET_BEREIKT, zaken, now).replaceWith(zaken.size()))
                .chain(n -> verwijzingen.claimNietGestart(conn, verwijzingsgrens, now, 500)
                        .chain(rijen -> boek.meld(conn, NotificatieType.VERWIJZING_NIET_GESTART,
                                rijen.stream().map(r -> r[0]).toList(), now)
                                .replaceWith(n + rijen.size()))));
    }
}
