package nl.thvhub.huisverbod.api;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Herlezer;
import nl.thvhub.platform.Herlezing;
import nl.thvhub.platform.security.Actor;

/** Reads a case view again for an Idempotency-Key replay, through the case read of now (decision, redaction, audit). */
@ApplicationScoped
public class ZaakHerlezer implements Herlezer {

    private final Zaaktoegang toegang;

    public ZaakHerlezer(Zaaktoegang toegang) {
        this.toegang = toegang;
    }

    @Override
    public String soort() {
        return HuisverbodView.SOORT;
    }

    @Override
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        return toegang.lees(actor, h.id()).map(inzage -> (Object) HuisverbodView.of(inzage, toegang.now()));
    }
}
