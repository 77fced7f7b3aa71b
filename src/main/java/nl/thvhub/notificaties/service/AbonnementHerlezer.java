package nl.thvhub.notificaties.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.thvhub.notificaties.Abonnement;
import nl.thvhub.platform.Herlezer;

/** Idempotency-Key replays of creating a subscription or rotating its secret: read again, without the secret. */
@ApplicationScoped
class AbonnementHerlezer {

    @Produces
    @Singleton
    Herlezer abonnement(AbonnementService service) {
        return Herlezer.van(Abonnement.SOORT, (actor, h) -> service.een(actor, h.id()));
    }
}
