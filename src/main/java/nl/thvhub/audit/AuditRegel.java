package nl.thvhub.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import nl.thvhub.platform.Trace;
import nl.thvhub.platform.security.Actor;

/**
 * One audit line: one data subject in one disclosure or change (Logboek Dataverwerkingen, NEN 7513): who, on whose
 * behalf, why (purpose and policy version), what (action, case, subject, categories) and the outcome.
 */
public record AuditRegel(Instant tijdstip, Trace trace, String actorSubject, String actorGebruiker, String actorRol,
        String actorOrganisatie, String clientId, String noodtoegangReden, String doel, String beleidsversie,
        AuditActie actie, UUID huisverbodId, UUID betrokkeneId, List<String> verstrekt, List<String> onthouden,
        String uitkomst, String reden) {

    public static final String TOEGESTAAN = "TOEGESTAAN";
    public static final String GEWEIGERD = "GEWEIGERD";

    /** Who acted, when and in which trace: the part every line shares; the rest is said by {@link Door#regel}. */
    public static Door door(Actor actor, Instant tijdstip, Trace trace) {
        return new Door(actor, tijdstip, trace);
    }

    /** The actor part of a line being written. */
    public record Door(Actor actor, Instant tijdstip, Trace trace) {

        public AuditRegel regel(String noodtoegangReden, String doel, String beleidsversie, AuditActie actie, UUID zaak,
                UUID betrokkene, List<String> verstrekt, List<String> onthouden, String uitkomst, String reden) {
            return new AuditRegel(tijdstip, trace, actor.subject(), actor.gebruikersnaam(), actor.rol().code(),
                    actor.organisatie().name(), actor.clientId(), noodtoegangReden, doel, beleidsversie, actie, zaak,
                    betrokkene, verstrekt, onthouden, uitkomst, reden);
        }
    }
}
