package nl.thvhub.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One audit line: one data subject in one disclosure or change (Logboek Dataverwerkingen, NEN 7513): who, on whose
 * behalf, why (purpose and policy version), what (action, case, subject, categories) and the outcome.
 */
public record AuditRegel(Instant tijdstip, String traceId, String spanId, String actorSubject, String actorGebruiker,
        String actorRol,
        String actorOrganisatie, String clientId, String noodtoegangReden, String doel, String beleidsversie, String actie,
        UUID huisverbodId,
        UUID betrokkeneId, List<String> verstrekt, List<String> onthouden, String uitkomst, String reden) {

    public static final String TOEGESTAAN = "TOEGESTAAN";
    public static final String GEWEIGERD = "GEWEIGERD";
}
