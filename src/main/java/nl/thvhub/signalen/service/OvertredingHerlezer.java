package nl.thvhub.signalen.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.signalen.Overtreding;

/** Reads a violation again for an Idempotency-Key replay, through the audited list of the case of now. */
@ApplicationScoped
public class OvertredingHerlezer implements Herlezer {

    private final OvertredingService service;

    public OvertredingHerlezer(OvertredingService service) {
        this.service = service;
    }

    @Override
    public String soort() {
        return Overtreding.View.SOORT;
    }

    @Override
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        return service.lijst(actor, h.zaak()).map(list -> list.stream().filter(o -> o.id().equals(h.id())).findFirst()
                .map(o -> (Object) o).orElseThrow(ProblemException::notFound));
    }
}
