package nl.thvhub.privacy.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Toestemming;
import nl.thvhub.privacy.persistence.ToestemmingRepository;

/** Reads a consent again for an Idempotency-Key replay, through the audited consent list of its subject of now. */
@ApplicationScoped
public class ToestemmingHerlezer implements Herlezer {

    private final ToestemmingService service;
    private final Pool pool;
    private final ToestemmingRepository repository;

    public ToestemmingHerlezer(ToestemmingService service, ToestemmingRepository repository, Pool pool) {
        this.repository = repository;
        this.service = service;
        this.pool = pool;
    }

    @Override
    public String soort() {
        return Toestemming.SOORT;
    }

    @Override
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        return repository.findBetrokkene(pool, h.id())
                .chain(b -> service.vanBetrokkene(actor, b.orElseThrow(ProblemException::notFound)))
                .map(list -> list.stream().filter(t -> t.id().equals(h.id())).findFirst().map(t -> (Object) t)
                        .orElseThrow(ProblemException::notFound));
    }
}
