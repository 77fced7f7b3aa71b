package nl.thvhub.strafrecht.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.strafrecht.Afdoening;

/**
 * Idempotency-Key replays of a registered afdoening and of a Reclassering advice request, through the audited list of
 * the case's versions or requests of now.
 */
@ApplicationScoped
class StrafrechtHerlezers {

    @Produces
    @Singleton
    Herlezer afdoening(StrafrechtService service) {
        return Herlezer.uitLijst(Afdoening.Versie.SOORT, (actor, h) -> service.versies(actor, h.zaak()), Afdoening.Versie::id);
    }

    @Produces
    @Singleton
    Herlezer reclasseringsadvies(ReclasseringsadviesService service) {
        return Herlezer.uitLijst(nl.thvhub.strafrecht.Reclasseringsadvies.SOORT, (actor, h) -> service.lijst(actor, h.zaak()),
                nl.thvhub.strafrecht.Reclasseringsadvies.View::id);
    }
}
