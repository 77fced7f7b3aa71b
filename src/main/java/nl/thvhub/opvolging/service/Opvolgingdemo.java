package nl.thvhub.opvolging.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.opvolging.persistence.ReclasseringsadviesRepository;
import nl.thvhub.platform.HubConfig;

/**
 * Demo data of the follow-through: an open request for a Reclassering advice on the second demo case (zuidoost), due in
 * three days, so the Reclassering desk has work. Runs after the cases are loaded, only with {@code thv.demo-data}.
 */
@ApplicationScoped
public class Opvolgingdemo {

    private static final Logger LOG = Logger.getLogger(Opvolgingdemo.class);

    private final Pool pool;
    private final ReclasseringsadviesRepository repository;
    private final HubConfig config;
    private final Clock clock;

    Opvolgingdemo(Pool pool, ReclasseringsadviesRepository repository, HubConfig config, Clock clock) {
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
        LocalDate termijn = LocalDate.ofInstant(now, Huisverbod.TIJDZONE).plusDays(3);
        boolean gedaan = pool.withTransaction(conn -> repository.demozaakZonderAanvragen(conn, "000002")
                .chain(zaak -> zaak.isEmpty()
                        ? Uni.createFrom().item(false)
                        : repository.request(conn, UUID.randomUUID(), zaak.get(), termijn,
                                termijn.plusDays(15).atStartOfDay(Huisverbod.TIJDZONE).toInstant(), "om-zsm",
                                now.minus(Duration.ofDays(1))).replaceWith(true)))
                .await().atMost(Duration.ofMinutes(1));
        LOG.infof("Demo data: Reclassering request %s", gedaan ? "loaded" : "already there");
    }
}
