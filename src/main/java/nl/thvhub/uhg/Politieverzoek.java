package nl.thvhub.uhg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;

/**
 * A request of the UHG's coordinator to the police (issue 33.5, seed §2.4.5 casus 14: the police could help find and
 * motivate him), answered by the wijkagent of the case's wijk or the police's THV desk. Category POLITIEVERZOEK: the
 * police and the UHG's coordinator.
 */
public final class Politieverzoek {

    private Politieverzoek() {
    }

    /** What the coordinator asks. */
    @Schema(name = "Politieverzoeksoort")
    @org.eclipse.microprofile.graphql.Name("Politieverzoeksoort")
    public enum Soort {
        VERBLIJF_ACHTERHALEN, MOTIVERINGSGESPREK, BEGELEIDING
    }

    /** How the police answered. */
    @Schema(name = "Politieverzoekuitkomst")
    @org.eclipse.microprofile.graphql.Name("Politieverzoekuitkomst")
    public enum Uitkomst {
        UITGEVOERD, NIET_MOGELIJK
    }

    /** A new request: what, why, by when. */
    @Schema(name = "PolitieverzoekInput")
    @Input("PolitieverzoekInput")
    public record Aanvraag(@NotNull Soort soort, @NotBlank @Size(max = 2000) String toelichting,
            @NotNull @Schema(example = "2026-12-05") LocalDate termijn) {
    }

    /** The police's answer. */
    @Schema(name = "PolitieverzoekAntwoordInput")
    @Input("PolitieverzoekAntwoordInput")
    public record Antwoord(@NotNull Uitkomst uitkomst, @NotBlank @Size(max = 2000) String toelichting) {
    }

    /** A request as stored and read, with its answer once given. */
    @Schema(name = "Politieverzoek")
    @Type("Politieverzoek")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull UUID betrokkeneId, @NotNull Soort soort,
            @NotNull String toelichting, @NotNull LocalDate termijn, @NotNull String gevraagdDoor,
            @NotNull Organisatie gevraagdOrganisatie, @NotNull Instant gevraagdOp, Uitkomst uitkomst, String antwoord,
            String beantwoordDoor, Organisatie beantwoordOrganisatie, Instant beantwoordOp) {

        public boolean open() {
            return beantwoordOp == null;
        }
    }
}
