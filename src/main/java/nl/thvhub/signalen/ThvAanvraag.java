package nl.thvhub.signalen;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/** A THV asked for by care without a crisis, and the weegteam's decision (recommendation 2). */
public final class ThvAanvraag {

    private ThvAanvraag() {
    }

    /** Where a request stands: OPEN until the weegteam decided, then its outcome. */
    @org.eclipse.microprofile.graphql.Enum("ThvAanvraagStatus")
    @Schema(name = "ThvAanvraagStatus")
    public enum Status {
        OPEN, OPGELEGD, NIET_OPGELEGD
    }

    /** The weegteam's outcome. */
    public enum Uitkomst {
        OPGELEGD, NIET_OPGELEGD
    }

    /** The address the THV would be for. */
    @Schema(name = "AanvraagAdres")
    @Type("AanvraagAdres")
    @Input("AanvraagAdresInput")
    public record Adres(
            @NotNull @Pattern(regexp = Postcode.PATROON, message = Postcode.UITLEG) String postcode,
            @NotNull @Pattern(regexp = "^[1-9][0-9]{0,4}[A-Za-z]?$", message = "een huisnummer") String huisnummer) {
    }

    /** The request of a care professional. */
    @Schema(name = "ThvAanvraagInput")
    @Input("ThvAanvraagInput")
    public record Aanvraag(@NotNull Gemeente gemeente, @NotNull @Valid Adres adres,
            @NotBlank @Size(max = 4000) String onderbouwing) {
    }

    /** The weegteam's decision: imposed (with the new case) or not imposed (with reasoning). */
    @Schema(name = "ThvAanvraagBeslissingInput")
    @Input("ThvAanvraagBeslissingInput")
    public record Beslissing(@NotNull Uitkomst uitkomst, UUID huisverbodId, @Size(max = 2000) String motivering) {
    }

    /** Who asked: role and organisation. */
    public record Aanvrager(@NotNull Rol rol, @NotNull Organisatie organisatie) {
    }

    /** The decision as stored. */
    @Schema(name = "ThvAanvraagBeslissing")
    @Type("ThvAanvraagBeslissing")
    public record BeslissingView(@NotNull Uitkomst uitkomst, UUID huisverbodId, String motivering, @NotNull Rol rol,
            @NotNull Instant beslistOp) {
    }

    /** A stored request. */
    @Schema(name = "ThvAanvraag")
    @Type("ThvAanvraag")
    public record View(@NotNull UUID id, @NotNull Gemeente gemeente, Adres adres, @NotNull String onderbouwing,
            @NotNull Aanvrager aanvrager, @NotNull Instant aangevraagdOp,
            BeslissingView beslissing) implements nl.thvhub.platform.Herleesbaar {

        public static final String SOORT = "thv-aanvraag";

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, null, id);
        }
    }

    /** The requests not imposed in the evaluation window, for the six-weekly evaluation. */
    @Schema(name = "ThvAanvraagEvaluatie")
    @Type("ThvAanvraagEvaluatie")
    public record Evaluatie(@NotNull Instant van, @NotNull Instant tot, @NotNull List<@NotNull View> items) {
    }
}
