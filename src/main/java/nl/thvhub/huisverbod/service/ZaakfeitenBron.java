package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

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
        return repository.findZaakVanBetrokkene(sql, betrokkeneId).chain(zaak -> zaak.isEmpty()
                ? Uni.createFrom().item(Optional.<Zaakfeiten>empty())
                : vanZaak(sql, zaak.get(), lezer, doel, now));
    }

    @Override
    public Uni<Optional<Zaakfeiten>> vanZaak(SqlClient sql, UUID zaakId, Actor lezer, String doel, Instant now) {
        return repository
                .findForLezer(sql, zaakId, new HuisverbodRepository.Lezer(lezer.organisatie(), doel, lezer.subject(), now))
                .map(g -> g.map(Feiten::van));
    }
}
