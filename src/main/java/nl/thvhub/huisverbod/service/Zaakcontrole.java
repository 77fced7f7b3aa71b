package nl.thvhub.huisverbod.service;

import java.time.Instant;

import nl.thvhub.huisverbod.Actie;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.platform.Versiecontrole;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/** The checks every change of a case makes, with the same answers on REST and GraphQL: version, role, state. */
final class Zaakcontrole {

    private Zaakcontrole() {
    }

    /** 412 when the caller's {@code If-Match} version is not the case's current one. */
    static void versie(Huisverbod h, Integer versie) {
        Versiecontrole.klopt(Versiecontrole.Onderwerp.ZAAK, versie, h.versie());
    }

    /** A coordinator who is not assigned to the case does not learn that it exists (404, as for a missing case). */
    static void coordinatorVan(Actor actor, Huisverbod h) {
        if (!actor.rol().isCoordinator()) {
            throw ProblemException.forbidden("Alleen de zorgcoordinator van de zaak mag dit.");
        }
        if (!h.isToegewezenAan(actor.gebruikersnaam(), ToewijzingRol.ZORGCOORDINATOR)) {
            throw ProblemException.notFound();
        }
    }

    static void rol(Actor actor, Rol rol) {
        if (actor.rol() != rol) {
            throw ProblemException.forbidden("Deze actie is voorbehouden aan de rol " + rol.code() + ".");
        }
    }

    /** 409 naming the status and the actions allowed in it. */
    static ProblemException conflict(Huisverbod h, Instant now, String detail) {
        return ProblemException.conflict(detail, h.status(now).name(),
                h.toegestaneActies(now).stream().map(Actie::pad).toList());
    }

    /**
     * The hub partner named to receive a warm hand-over: a partner in care, not the coordinating organisation itself
     * (400 naming {@code overdrachtOrganisatie}); null is a party outside the hub.
     */
    static void ontvanger(Huisverbod h, Organisatie ontvanger) {
        if (ontvanger == null) {
            return;
        }
        if (ontvanger == h.coordinerendeOrganisatie()) {
            throw ProblemException.invalid("overdrachtOrganisatie", "een andere organisatie dan de coordinerende");
        }
        if (ontvanger == Organisatie.POLITIE || ontvanger == Organisatie.OM || ontvanger == Organisatie.GEMEENTE) {
            throw ProblemException.invalid("overdrachtOrganisatie",
                    "een hulpverlenende partner (politie, OM en gemeente ontvangen geen warme overdracht)");
        }
    }

}
