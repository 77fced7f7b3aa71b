package nl.thvhub.privacy.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.security.Actor;

/** Reads a consent again for an Idempotency-Key replay, through the audited consent list of its subject of now. */
@ApplicationScoped
public class ToestemmingHerlezer implements Herlezer {

    private final ToestemmingService service;
    private final Pool pool;

    public ToestemmingHerlezer(ToestemmingService service, Pool pool) {
        this.service = service;
        this.pool = pool;
    }

    @Override
    public String soort() {
        return ToestemmingService.Toestemming.SOORT;
    }

    @Override
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        return pool.preparedQuery("select betrokkene_id from toestemming where id = $1").execute(Tuple.of(h.id()))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.notFound();
                    }
                    return service.vanBetrokkene(actor, rows.iterator().next().getUUID(0));
                }).map(list -> list.stream().filter(t -> t.id().equals(h.id())).findFirst().map(t -> (Object) t)
                        .orElseThrow(ProblemException::notFound));
    }
}
