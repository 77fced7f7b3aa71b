package nl.thvhub.signalen.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.platform.HubConfig;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.Overtreding;
import nl.thvhub.signalen.persistence.OvertredingRepository;

/**
 * Demo data of the signals: one confirmed violation without follow-up on the first demo case (centrum), so the
 * wijkagent's work queue has something to follow up. Runs after the cases are loaded, only with {@code thv.demo-data}.
 */
@ApplicationScoped
public class Signalendemo {

    private static final Logger LOG = Logger.getLogger(Signalendemo.class);

    private final Pool pool;
    private final OvertredingRepository repository;
    private final HubConfig config;
    private final Clock clock;

    Signalendemo(Pool pool, OvertredingRepository repository, HubConfig config, Clock clock) {
        this.pool = pool;
        this.repository = repository;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 700) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Instant now = clock.instant();
        Actor politie = new Actor("demo", "politie-thv", Rol.POLITIE_THV, Organisatie.POLITIE, null, "thv-hub-demo", false);
        boolean gedaan = pool.withTransaction(conn -> repository.demozaakZonderOvertredingen(conn, "000001")
                .chain(zaak -> zaak.isEmpty()
                        ? Uni.createFrom().item(false)
                        : repository.insert(conn, UUID.randomUUID(), zaak.get(),
                                new Overtreding.Melding(now.minus(Duration.ofHours(30)), Overtreding.Soort.AANWEZIG_BIJ_WONING,
                                        Overtreding.Melder.BUURT, "Buurvrouw zag hem gisteravond bij de voordeur", null, null),
                                Overtreding.Status.BEVESTIGD, false, politie, now).replaceWith(true)))
                .await().atMost(Duration.ofMinutes(1));
        LOG.infof("Demo data: violation for the wijkagent %s", gedaan ? "loaded" : "already there");
    }
}
