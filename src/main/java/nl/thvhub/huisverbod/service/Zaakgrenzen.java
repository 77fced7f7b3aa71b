package nl.thvhub.huisverbod.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.Zichtbaarheid;

/**
 * The seam's neighbour for work that is not one case: the purpose of a request, the cases an actor may see as SQL
 * conditions for a feature's own list, and the audit line of a disclosure outside a case view (a list row, a lookup). The
 * decisions are the policy's, made by {@link Disclosure}; this only hands them to features so that
 * {@link Zaaktoegang} reads as the one door to a case.
 */
@ApplicationScoped
public class Zaakgrenzen {

    private final Disclosure disclosure;
    private final Verzoek verzoek;

    public Zaakgrenzen(Disclosure disclosure, Verzoek verzoek) {
        this.disclosure = disclosure;
        this.verzoek = verzoek;
    }

    /** Purpose binding of this request: the {@code Doelbinding} header, or the role's default; another purpose is 403. */
    public String doel(Actor actor) {
        return doel(actor, verzoek.doelbinding().orElse(null));
    }

    /** Purpose binding for a purpose asked outside a request (a long-lived subscription checks it once). */
    public String doel(Actor actor, String gevraagd) {
        return disclosure.doel(actor, gevraagd);
    }

    /** The cases this actor may see at all, as conditions for a feature's own list query. */
    public Zichtbaarheid zichtbaarheid(Actor actor, Instant now) {
        return disclosure.zichtbaarheid(actor, now);
    }

    /** Whether the actor reaches the case by its rule's scope. */
    public boolean inScope(Actor actor, Huisverbod zaak, Instant now) {
        return disclosure.inScope(actor, Feiten.van(zaak), now);
    }

    /**
     * Whether the actor's rule opens this category without consent (a feature's own list that shows it, such as the
     * zorgadvies on the ZSM priority list); a role without a rule sees nothing.
     */
    public boolean regelToont(Actor actor, Categorie categorie) {
        return disclosure.regelVoor(actor).map(r -> r.categorieen().contains(categorie)).orElse(false);
    }

    /** The actor part of this request's audit lines. */
    public AuditRegel.Door door(Actor actor, Instant now) {
        return AuditRegel.door(actor, now, verzoek.trace());
    }

    /**
     * The audit line of a disclosure outside a full case view (a work-list row, a lookup, a request), by the same policy
     * version and purpose as the case views; {@code zaakId} may be null where no case is concerned.
     */
    public AuditRegel verstrekking(Actor actor, Instant now, AuditActie actie, UUID zaakId, List<String> categorieen,
            String reden) {
        return verstrekking(door(actor, now), doel(actor), actie, zaakId, categorieen, reden);
    }

    /** The same line for an actor, moment, trace and purpose given by the caller (outside a request). */
    public AuditRegel verstrekking(AuditRegel.Door door, String doel, AuditActie actie, UUID zaakId,
            List<String> categorieen, String reden) {
        return disclosure.toegestaan(door, doel, actie, zaakId, categorieen, reden);
    }
}
