package nl.thvhub.signalen.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.signalen.Adresmarkering;

/** Reads an address marker again for an Idempotency-Key replay, through its audited read of now. */
@ApplicationScoped
public class AdresmarkeringHerlezer implements Herlezer {

    private final AdresmarkeringService service;

    public AdresmarkeringHerlezer(AdresmarkeringService service) {
        this.service = service;
    }

    @Override
    public String soort() {
        return Adresmarkering.View.SOORT;
    }

    @Override
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        return service.een(actor, h.id()).map(v -> (Object) v);
    }
}
