package nl.thvhub.zorg.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import nl.thvhub.platform.Herlezer;
import nl.thvhub.zorg.Contactmoment;
import nl.thvhub.zorg.Netwerk;
import nl.thvhub.zorg.Plan;
import nl.thvhub.zorg.Probleemanalyse;
import nl.thvhub.zorg.Verwijzing;

/** Idempotency-Key replays of the care record, each through the part's own audited read of now. */
@ApplicationScoped
class ZorgHerlezers {

    @Produces
    @Singleton
    Herlezer verwijzing(VerwijzingService service) {
        return Herlezer.uitLijst(Verwijzing.SOORT, (actor, h) -> service.lijst(actor, h.zaak()), Verwijzing.View::id);
    }

    @Produces
    @Singleton
    Herlezer contactmoment(ContactmomentService service) {
        return Herlezer.uitLijst(Contactmoment.SOORT, (actor, h) -> service.lijst(actor, h.zaak()), Contactmoment.View::id);
    }

    @Produces
    @Singleton
    Herlezer gesprek(GesprekService service) {
        return Herlezer.uitLijst(nl.thvhub.zorg.Gesprek.SOORT, (actor, h) -> service.lijst(actor, h.zaak()),
                nl.thvhub.zorg.Gesprek.View::id);
    }

    @Produces
    @Singleton
    Herlezer nazorg(NazorgService service) {
        return Herlezer.uitLijst(nl.thvhub.zorg.Nazorg.SOORT, (actor, h) -> service.lijst(actor, h.zaak()),
                nl.thvhub.zorg.Nazorg.View::id);
    }

    @Produces
    @Singleton
    Herlezer probleemanalyse(ProbleemanalyseService service) {
        return Herlezer.van(Probleemanalyse.SOORT, (actor, h) -> service.lees(actor, h.zaak(), h.id()));
    }

    @Produces
    @Singleton
    Herlezer netwerk(NetwerkService service) {
        return Herlezer.van(Netwerk.SOORT, (actor, h) -> service.lees(actor, h.zaak(), h.id()));
    }

    @Produces
    @Singleton
    Herlezer veiligheidsplan(PlanService service) {
        return plan(service, Plan.Soort.VEILIGHEIDSPLAN);
    }

    @Produces
    @Singleton
    Herlezer hulpverleningsplan(PlanService service) {
        return plan(service, Plan.Soort.HULPVERLENINGSPLAN);
    }

    @Produces
    @Singleton
    Herlezer herstelplan(PlanService service) {
        return plan(service, Plan.Soort.HERSTELPLAN);
    }

    private static Herlezer plan(PlanService service, Plan.Soort soort) {
        return Herlezer.van("plan-" + soort.pad(), (actor, h) -> service.lees(actor, h.zaak(), soort));
    }
}
