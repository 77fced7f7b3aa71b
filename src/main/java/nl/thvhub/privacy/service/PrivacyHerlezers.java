package nl.thvhub.privacy.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.privacy.Noodtoegang;
import nl.thvhub.privacy.Toestemming;

/** Idempotency-Key replays of consents and emergency-grant reviews, through the audited reads of now. */
@ApplicationScoped
class PrivacyHerlezers {

    @Produces
    @Singleton
    Herlezer toestemming(ToestemmingService service) {
        return Herlezer.van(Toestemming.SOORT, (actor, h) -> service.een(actor, h.id()));
    }

    @Produces
    @Singleton
    Herlezer noodtoegang(NoodtoegangService service) {
        return Herlezer.uitLijst(Noodtoegang.SOORT, (actor, h) -> service.lijst(actor, false), Noodtoegang::id);
    }
}
