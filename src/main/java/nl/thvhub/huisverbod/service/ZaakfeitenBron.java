package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Zaakfeiten;
import nl.thvhub.privacy.service.ZaakOpzoeker;

/** Answers the privacy feature's questions about cases (for the consent registry) from the case tables. */
@ApplicationScoped
public class ZaakfeitenBron implements ZaakOpzoeker {

    private final HuisverbodRepository repository;

    public ZaakfeitenBron(HuisverbodRepository repository) {
        this.repository = repository;
    }

    @Override
    public Uni<Optional<Zaakfeiten>> vanBetrokkene(SqlClient sql, UUID betrokkeneId, Actor lezer, String doel, Instant now) {
        return sql.preparedQuery("select huisverbod_id from betrokkene where id = $1").execute(Tuple.of(betrokkeneId))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(Optional.<Zaakfeiten>empty());
                    }
                    UUID zaak = rows.iterator().next().getUUID(0);
                    return repository
                            .findVoor(sql, zaak,
                                    new HuisverbodRepository.Lezer(lezer.organisatie(), doel, lezer.subject(), now))
                            .map(g -> g.map(HuisverbodService::feiten));
                });
    }

    @Override
    public Uni<Optional<Zaakfeiten>> vanZaak(SqlClient sql, UUID zaakId, Actor lezer, String doel, Instant now) {
        return repository.findVoor(sql, zaakId, new HuisverbodRepository.Lezer(lezer.organisatie(), doel, lezer.subject(), now))
                .map(g -> g.map(HuisverbodService::feiten));
    }
}
