package nl.thvhub.zorg.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.huisverbod.service.ZorgtermijnConfig;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.zorg.persistence.ContactmomentRepository;
import nl.thvhub.zorg.persistence.PeilmomentRepository;
import nl.thvhub.zorg.persistence.VerwijzingRepository;

/**
 * Announces, once each, the care tasks that open by the clock: a UHG nobody reached within the deadline
 * ({@code zorg.uhg-niet-bereikt}), a referral that did not start in time ({@code verwijzing.niet-gestart}), a missed
 * six-week check-in ({@code monitoring.peilmoment-gemist}) and a hand-over nobody confirmed
 * ({@code overdracht.niet-bevestigd}), to the coordinator of the case (else the coordinating organisation's queue). The tasks themselves are derived from the clock
 * in every case view; this job only makes sure they are told.
 */
@ApplicationScoped
public class Zorgsignalering {

    /** A first deployment announces only cases whose deadline passed this recently, not every old case at once. */
    static final Duration TERUGBLIK = Duration.ofDays(30);
    private static final Logger LOG = Logger.getLogger(Zorgsignalering.class);

    private final Pool pool;
    private final ContactmomentRepository contacten;
    private final VerwijzingRepository verwijzingen;
    private final PeilmomentRepository peilmomenten;
    private final Zaakboek boek;
    private final Outbox outbox;
    private final ZorgtermijnConfig termijnen;
    private final Clock clock;

    Zorgsignalering(Pool pool, ContactmomentRepository contacten, VerwijzingRepository verwijzingen,
            PeilmomentRepository peilmomenten, Zaakboek boek, Outbox outbox, ZorgtermijnConfig termijnen, Clock clock) {
        this.pool = pool;
        this.peilmomenten = peilmomenten;
        this.contacten = contacten;
        this.verwijzingen = verwijzingen;
        this.boek = boek;
        this.outbox = outbox;
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
                .chain(zaken -> meld(conn, NotificatieType.ZORG_UHG_NIET_BEREIKT, zaken, now).replaceWith(zaken.size()))
                .chain(n -> verwijzingen.claimNietGestart(conn, verwijzingsgrens, now, 500)
                        .chain(rijen -> meld(conn, NotificatieType.VERWIJZING_NIET_GESTART,
                                rijen.stream().map(r -> r[0]).toList(), now)
                                .replaceWith(n + rijen.size())))
                .chain(n -> peilmomenten.claimPeilmomentGemist(conn, Huisverbod.PEILMOMENT_NA_EINDE,
                        termijnen.peilmomentMarge(), now, TERUGBLIK, 500)
                        .chain(zaken -> meld(conn, NotificatieType.MONITORING_PEILMOMENT_GEMIST, zaken, now)
                                .replaceWith(n + zaken.size())))
                .chain(n -> peilmomenten.claimOverdrachtOnbevestigd(conn, termijnen.overdrachtBevestiging(), now, TERUGBLIK,
                        500)
                        .chain(zaken -> meld(conn, NotificatieType.OVERDRACHT_NIET_BEVESTIGD, zaken, now)
                                .replaceWith(n + zaken.size()))));
    }

    private Uni<Void> meld(SqlConnection conn, NotificatieType type, List<UUID> zaken, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : zaken) {
            chain = chain.chain(() -> boek.feiten(conn, id).chain(f -> f.isEmpty()
                    ? Uni.createFrom().voidItem()
                    : outbox.emit(conn, type, f.get(), Actor.system(), now)));
        }
        return chain;
    }
}
