package nl.thvhub.signalen.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.signalen.Adresmarkering;
import nl.thvhub.signalen.Overtreding;
import nl.thvhub.signalen.ThvAanvraag;

/** Idempotency-Key replays of the signals, each through the feature's own audited read of now. */
@ApplicationScoped
class SignalenHerlezers {

    @Produces
    @Singleton
    Herlezer overtreding(OvertredingService service) {
        return Herlezer.uitLijst(Overtreding.View.SOORT, (actor, h) -> service.lijst(actor, h.zaak()), Overtreding.View::id);
    }

    @Produces
    @Singleton
    Herlezer adresmarkering(AdresmarkeringService service) {
        return Herlezer.van(Adresmarkering.View.SOORT, (actor, h) -> service.een(actor, h.id()));
    }

    @Produces
    @Singleton
    Herlezer thvAanvraag(ThvAanvraagService service) {
        return Herlezer.van(ThvAanvraag.View.SOORT, (actor, h) -> service.een(actor, h.id()));
    }
}
