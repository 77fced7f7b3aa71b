package nl.thvhub.notificaties.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.platform.Trace;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Disclosure;
import nl.thvhub.privacy.service.ZaakOpzoeker;

/**
 * Whether one recipient may receive one event about one case (an event is a disclosure: {@link Disclosure#magEvent}), and
 * the audit line of a notification or webhook delivery. Used by the dispatcher and by a replayed delivery alike.
 */
@ApplicationScoped
public class Ontvangst {

    private final Disclosure disclosure;
    private final ZaakOpzoeker zaken;

    public Ontvangst(Disclosure disclosure, ZaakOpzoeker zaken) {
        this.disclosure = disclosure;
        this.zaken = zaken;
    }

    /** Decides with the case as this recipient would read it now: its consents, its scope. */
    public Uni<Boolean> mag(SqlClient sql, Actor ontvanger, String type, UUID zaak, Instant now) {
        if (ontvanger.rol() == Rol.FG || disclosure.regelVoor(ontvanger).isEmpty()) {
            return Uni.createFrom().item(disclosure.magEvent(ontvanger, type, null, now));
        }
        String doel = disclosure.regel(ontvanger).doel();
        return zaken.vanZaak(sql, zaak, ontvanger, doel, now)
                .map(f -> f.isPresent() && disclosure.magEvent(ontvanger, type, f.get(), now));
    }

    /** The audit line of one notification or delivery: the hub discloses KERN and the event's category. */
    public AuditRegel auditregel(String type, UUID zaak, Instant now, AuditActie actie, String reden) {
        return AuditRegel.door(Actor.system(), now, Trace.GEEN).regel(null, "notificatie", disclosure.beleidsversie(), actie,
                zaak, null, disclosure.eventCategorieen(type), null, AuditRegel.TOEGESTAAN, reden + " (" + type + ")");
    }

    /** Whether this reader may see this event about a case it holds the facts of (the reader's own inbox, lists). */
    public boolean magZien(Actor lezer, String type, nl.thvhub.privacy.Zaakfeiten zaak, Instant now) {
        return disclosure.magEvent(lezer, type, zaak, now);
    }

    /** Purpose binding of a reader of its own notifications (the Doelbinding header or the role's default). */
    public String doel(Actor lezer, String gevraagd) {
        return disclosure.doel(lezer, gevraagd);
    }

    /** The audit line of a notification shown to a reader outside a case view. */
    public AuditRegel getoond(Actor lezer, String doel, Instant now, Trace trace, AuditActie actie, UUID zaak) {
        return disclosure.toegestaan(AuditRegel.door(lezer, now, trace), doel, actie, zaak, List.of("KERN"), null);
    }

    /** A subscription's partner system as the reader it stands for. */
    public static Actor partner(String clientId, nl.thvhub.platform.security.Organisatie org) {
        return new Actor(clientId, clientId, org.actingRole(), org, null, clientId, true);
    }
}
