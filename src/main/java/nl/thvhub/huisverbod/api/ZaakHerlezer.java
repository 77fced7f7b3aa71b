package nl.thvhub.huisverbod.api;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.platform.Herlezer;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.security.Actor;

/** Reads a case view again for an Idempotency-Key replay, through the case read of now (decision, redaction, audit). */
@ApplicationScoped
public class ZaakHerlezer implements Herlezer {

    private final HuisverbodService service;

    public ZaakHerlezer(HuisverbodService service) {
        this.service = service;
    }

    @Override
    public String soort() {
        return HuisverbodView.SOORT;
    }

    @Override
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        return service.lees(actor, h.id()).map(inzage -> (Object) HuisverbodView.of(inzage, service.now()));
    }
}
