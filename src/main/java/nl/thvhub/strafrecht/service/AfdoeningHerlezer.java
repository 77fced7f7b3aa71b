package nl.thvhub.strafrecht.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.strafrecht.Afdoening;

/** Reads an afdoening version again for an Idempotency-Key replay, through the audited versions of the case of now. */
@ApplicationScoped
public class AfdoeningHerlezer implements Herlezer {

    private final StrafrechtService service;

    public AfdoeningHerlezer(StrafrechtService service) {
        this.service = service;
    }

    @Override
    public String soort() {
        return Afdoening.Versie.SOORT;
    }

    @Override
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        return service.versies(actor, h.zaak()).map(list -> list.stream().filter(v -> v.id().equals(h.id())).findFirst()
                .map(v -> (Object) v).orElseThrow(ProblemException::notFound));
    }
}
