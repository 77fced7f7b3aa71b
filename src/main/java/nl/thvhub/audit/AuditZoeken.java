package nl.thvhub.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** The FG's search of the audit log: the filter and the line as the FG sees it. */
public final class AuditZoeken {

    private AuditZoeken() {
    }

    /** The filters of {@code GET /api/v1/audit}; null fields do not filter. */
    public record Filter(UUID huisverbodId, UUID betrokkeneId, String actor, String organisatie, String doel, String uitkomst,
            Instant van,
            Instant tot) {
    }

    /** One audit line as the FG sees it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditRegel")
    public record Regel(@NotNull long id, @NotNull Instant tijdstip, String traceId, String actorSubject, String actorGebruiker,
            @NotNull String actorRol, @NotNull String actorOrganisatie, String clientId, String noodtoegangReden, String doel,
            String beleidsversie, @NotNull String actie, UUID huisverbodId,
            @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "De zaken van een regel die er meerdere noemt (de rijen van een lijst, één verstrekking); huisverbodId is dan null. Null voor een regel over één zaak of geen.") List<@NotNull UUID> huisverbodIds,
            UUID betrokkeneId, List<@NotNull String> verstrekt,
            List<@NotNull String> onthouden, @NotNull String uitkomst, String reden, Long ketenVolgnr) {
    }
}
