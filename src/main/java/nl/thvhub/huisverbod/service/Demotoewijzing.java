package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.platform.security.Actor;

/**
 * Demo data of the features above: splits a demo case's coordination over two coordinators (the first keeps the persons
 * named, the second covers the rest), as {@link Toewijzingen} would, without a reader's request.
 */
@ApplicationScoped
public class Demotoewijzing {

    private final HuisverbodRepository repository;

    Demotoewijzing(HuisverbodRepository repository) {
        this.repository = repository;
    }

    public Uni<Void> splits(SqlConnection conn, UUID zaak, UUID bestaande, List<UUID> houdt, Huisverbod.Toewijzing nieuw,
            Actor door, Instant now) {
        return repository.restrictToewijzing(conn, bestaande, houdt)
                .chain(() -> repository.insertToewijzing(conn, zaak, nieuw, door))
                .chain(() -> repository.appendGebeurtenis(conn, zaak, Gebeurtenissoort.TOEGEWEZEN, door, now,
                        new JsonObject().put("rol", nieuw.rol().name()).put("gebruikersnaam", nieuw.gebruikersnaam())
                                .put("organisatie", nieuw.organisatie().name()).put("demo", true)));
    }
}
