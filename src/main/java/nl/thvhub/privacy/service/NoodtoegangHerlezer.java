package nl.thvhub.privacy.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Noodtoegang;

/** Reads an emergency grant again for the FG's Idempotency-Key replay of a review. */
@ApplicationScoped
public class NoodtoegangHerlezer implements Herlezer {

    private final NoodtoegangService service;

    public NoodtoegangHerlezer(NoodtoegangService service) {
        this.service = service;
    }

    @Override
    public String soort() {
        return Noodtoegang.SOORT;
    }

    @Override
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        return service.lijst(actor, false).map(list -> list.stream().filter(n -> n.id().equals(h.id())).findFirst()
                .map(n -> (Object) n).orElseThrow(ProblemException::notFound));
    }
}
