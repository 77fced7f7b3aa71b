package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.persistence.OnderhoudRepository;
import nl.thvhub.notificaties.service.Bewaring;
import nl.thvhub.platform.Trace;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.PrivacyConfig;

/**
 * Erases personal data of cases whose latest end (closing, withdrawal, end of monitoring, explicit or planned) lies
 * longer ago than the retention period, so withdrawn and never-closed cases age out too: names, birth dates, addresses
 * and free text in the case, the details of its history and the texts of its afdoeningen, emergency reasons, personal
 * columns of its audit lines, its consents' reasons, and its notifications and webhook deliveries. Figures for statistics stay. The job
 * audits itself, and the audit chain still verifies afterwards because personal data was never in the hashed part.
 */
@ApplicationScoped
public class Bewaartermijn {

    private static final Logger LOG = Logger.getLogger(Bewaartermijn.class);

    private final Pool pool;
    private final AuditLog audit;
    private final PrivacyConfig config;
    private final Clock clock;

    private final OnderhoudRepository repository;
    private final List<Zaakwisser> features;
    private final Bewaring notificaties;

    /** Every feature's retention port; their order does not matter, each erases only its own tables. */
    public Bewaartermijn(Pool pool, OnderhoudRepository repository, @All List<Zaakwisser> features, Bewaring notificaties,
            AuditLog audit, PrivacyConfig config, Clock clock) {
        this.repository = repository;
        this.features = List.copyOf(features);
        this.notificaties = notificaties;
        this.pool = pool;
        this.audit = audit;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(cron = "${thv.privacy.wis-cron:0 30 3 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> nachtelijks() {
        return wis().invoke(n -> LOG.infof("Retention: personal data of %d closed cases erased", n)).onFailure()
                .invoke(e -> LOG.error("Retention job failed; it runs again next night", e)).onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** Erases what is due now; returns the number of cases erased. */
    public Uni<Integer> wis() {
        Instant now = clock.instant();
        Instant grens = now.minus(config.bewaartermijn());
        return pool.withTransaction(conn -> elk(w -> w.deleteZonderZaak(conn, grens))
                .chain(() -> repository.claimTeWissen(conn, grens, 1000)).chain(ids -> {
                    if (ids.isEmpty()) {
                        return Uni.createFrom().item(0);
                    }
                    AuditRegel.Door hub = AuditRegel.door(Actor.system(), now, Trace.GEEN);
                    List<AuditRegel> regels = ids.stream().map(id -> hub.regel(null, "bewaartermijn", null,
                            AuditActie.RETENTIE_GEWIST, id, null, List.of(), null, AuditRegel.TOEGESTAAN, null)).toList();
                    UUID[] zaken = ids.toArray(UUID[]::new);
                    return repository.deleteZaken(conn, zaken, now).chain(() -> elk(w -> w.deleteZaken(conn, zaken, now)))
                            .chain(() -> repository.deleteHistorie(conn, zaken))
                            .chain(() -> notificaties.wisVoorZaken(conn, zaken))
                            .chain(() -> audit.wisPersoonsgegevens(conn, ids))
                            .chain(() -> audit.schrijf(conn, regels)).replaceWith(ids.size());
                }));
    }

    /** Each feature's step, one after the other on the job's connection. */
    private Uni<Void> elk(Function<Zaakwisser, Uni<Void>> stap) {
        Uni<Void> keten = Uni.createFrom().voidItem();
        for (Zaakwisser w : features) {
            keten = keten.chain(() -> stap.apply(w));
        }
        return keten;
    }
}
