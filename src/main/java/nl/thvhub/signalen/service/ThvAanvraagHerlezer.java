package nl.thvhub.signalen.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.signalen.ThvAanvraag;

/** Reads a THV request again for an Idempotency-Key replay, through its audited read of now. */
@ApplicationScoped
public class ThvAanvraagHerlezer implements Herlezer {

    private final ThvAanvraagService service;

    public ThvAanvraagHerlezer(ThvAanvraagService service) {
        this.service = service;
    }

    @Override
    public String soort() {
        return ThvAanvraag.View.SOORT;
    }

    @Override
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        return service.een(actor, h.id()).map(v -> (Object) v);
    }
}
