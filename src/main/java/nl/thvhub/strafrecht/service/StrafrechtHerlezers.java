package nl.thvhub.strafrecht.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.strafrecht.Afdoening;

/** Idempotency-Key replays of a registered afdoening, through the audited list of the case's versions of now. */
@ApplicationScoped
class StrafrechtHerlezers {

    @Produces
    @Singleton
    Herlezer afdoening(StrafrechtService service) {
        return Herlezer.uitLijst(Afdoening.Versie.SOORT, (actor, h) -> service.versies(actor, h.zaak()), Afdoening.Versie::id);
    }
}
