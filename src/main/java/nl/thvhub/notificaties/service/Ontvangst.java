package nl.thvhub.notificaties.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;

import nl.thvhub.audit.AuditRegel;
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
    public AuditRegel auditregel(String type, UUID zaak, Instant now, String actie, String reden) {
        Actor hub = Actor.system();
        return new AuditRegel(now, null, null, hub.subject(), hub.gebruikersnaam(), hub.rol().code(),
                hub.organisatie().name(), hub.clientId(), null, "notificatie", disclosure.beleidsversie(), actie, zaak, null,
                disclosure.eventCategorieen(type), null, AuditRegel.TOEGESTAAN, reden + " (" + type + ")");
    }

    /** A subscription's partner system as the reader it stands for. */
    public static Actor partner(String clientId, nl.thvhub.platform.security.Organisatie org) {
        return new Actor(clientId, clientId, org.actingRole(), org, null, clientId, true);
    }
}
