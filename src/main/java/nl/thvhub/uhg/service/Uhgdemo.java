package nl.thvhub.uhg.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.huisverbod.service.Demotoewijzing;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.platform.HubConfig;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.uhg.Opvang;
import nl.thvhub.uhg.Verblijf;
import nl.thvhub.uhg.persistence.UhgRepository;

/**
 * Demo data for issue 33, after the care demo: its fullest case gets a coordinator of its own for the UHG
 * ({@code zorgcoordinator-2}; {@code zorgcoordinator} keeps the victims), a UHG in a hotel the police recorded, Veilig
 * Thuis' shelter decision and an open request to the police. The care demo's second case stays the one whose UHG nobody reached.
 */
@ApplicationScoped
public class Uhgdemo {

    private static final Logger LOG = Logger.getLogger(Uhgdemo.class);

    private final Pool pool;
    private final UhgRepository repository;
    private final Demotoewijzing zaken;
    private final Zaakboek boek;
    private final HubConfig config;
    private final Clock clock;

    Uhgdemo(Pool pool, UhgRepository repository, Demotoewijzing zaken, Zaakboek boek, HubConfig config,
            Clock clock) {
        this.pool = pool;
        this.repository = repository;
        this.zaken = zaken;
        this.boek = boek;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 650) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        Instant now = clock.instant();
        String zaak = pool.withTransaction(conn -> repository.isEmpty(conn).chain(leeg -> !leeg
                ? Uni.createFrom().item("")
                : repository.demozaak(conn, "zorgcoordinator").chain(ids -> ids.size() < 3
                        ? Uni.createFrom().item("")
                        : vul(conn, ids, now).replaceWith(ids.get(0).toString()))))
                .await().atMost(Duration.ofMinutes(1));
        LOG.infof("Demo data: a second coordinator, a place to stay and shelter for the UHG of case %s", zaak);
    }

    private Uni<Void> vul(io.vertx.mutiny.sqlclient.SqlConnection conn, List<UUID> ids, Instant now) {
        UUID zaak = ids.get(0);
        UUID uhg = ids.get(2);
        List<UUID> anderen = ids.subList(3, ids.size());
        Actor vt = new Actor("demo", "veilig-thuis", Rol.VEILIG_THUIS, Organisatie.VEILIG_THUIS, null, "thv-hub-demo", false);
        Actor politie = new Actor("demo", "politie-thv", Rol.POLITIE_THV, Organisatie.POLITIE, null, "thv-hub-demo", false);
        LocalDate vandaag = LocalDate.ofInstant(now, Huisverbod.TIJDZONE);
        Huisverbod.Toewijzing tweede = new Huisverbod.Toewijzing(UUID.randomUUID(), ToewijzingRol.ZORGCOORDINATOR,
                "zorgcoordinator-2", Organisatie.BLIJF_GROEP, now.minus(Duration.ofHours(2)), List.of(uhg));
        return zaken.splits(conn, zaak, ids.get(1), anderen, tweede, vt, now)
                .chain(() -> repository.addVerblijf(conn, zaak, uhg, new Verblijf.Versie(1, Verblijf.Soort.HOTEL,
                        "Hotel aan het IJ, kamer 12 (betaald door de gemeente)", vandaag.minusDays(1),
                        "eigen verklaring bij de politie", "politie-thv", Organisatie.POLITIE, now.minus(Duration.ofHours(3)))))
                .chain(() -> repository.addOpvang(conn, zaak, uhg, new Opvang.Versie(1, true,
                        "Geen netwerk om bij te verblijven; hotel tot plek in de maatschappelijke opvang", 14, vandaag,
                        "veilig-thuis", Organisatie.VEILIG_THUIS, now.minus(Duration.ofHours(1)))))
                .chain(() -> boek.gebeurtenis(conn, zaak, Gebeurtenissoort.VERBLIJF_UHG_VASTGELEGD, politie, now,
                        new JsonObject().put("betrokkeneId", uhg.toString()).put("bekend", true).put("versie", 1)))
                // an open request to the police, so the police's queues and the UHG's coordinator's show one
                .chain(() -> repository.addPolitieverzoek(conn, new nl.thvhub.uhg.Politieverzoek.View(UUID.randomUUID(),
                        zaak, uhg, nl.thvhub.uhg.Politieverzoek.Soort.MOTIVERINGSGESPREK,
                        "Neemt de telefoon niet op; wilt u hem in het hotel aanspreken en motiveren te bellen?",
                        vandaag.plusDays(2), "zorgcoordinator-2", Organisatie.BLIJF_GROEP, now.minus(Duration.ofMinutes(30)),
                        null, null, null, null, null)))
                .replaceWithVoid();
    }
}
