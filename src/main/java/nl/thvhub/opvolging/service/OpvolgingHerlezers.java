package nl.thvhub.opvolging.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.opvolging.Peilmoment;
import nl.thvhub.opvolging.Reclasseringsadvies;
import nl.thvhub.opvolging.Zorgadvies;
import nl.thvhub.platform.Herlezer;

/** Idempotency-Key replays of the follow-through, each through the part's own audited read of now. */
@ApplicationScoped
class OpvolgingHerlezers {

    @Produces
    @Singleton
    Herlezer peilmoment(MonitoringService service) {
        return Herlezer.uitLijst(Peilmoment.SOORT, (actor, h) -> service.peilmomenten(actor, h.zaak()), Peilmoment.View::id);
    }

    @Produces
    @Singleton
    Herlezer eindrapport(MonitoringService service) {
        return Herlezer.van(Eindrapport.SOORT, (actor, h) -> service.eindrapport(actor, h.zaak()));
    }

    @Produces
    @Singleton
    Herlezer zorgadvies(ZorgadviesService service) {
        return Herlezer.van(Zorgadvies.SOORT, (actor, h) -> service.lees(actor, h.zaak()));
    }

    @Produces
    @Singleton
    Herlezer reclasseringsadvies(ReclasseringsadviesService service) {
        return Herlezer.uitLijst(Reclasseringsadvies.SOORT, (actor, h) -> service.lijst(actor, h.zaak()),
                Reclasseringsadvies.View::id);
    }
}
