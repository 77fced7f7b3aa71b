package nl.thvhub.strafrecht;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OM's request for a Reclassering advice report on the UHG and its delivery (category STRAFRECHT): the request
 * reaches Reclassering as a task and a notification, the delivery reaches ZSM and the coordinator.
 */
public final class Reclasseringsadvies {

    /** The kind of resource an Idempotency-Key replay reads again. */
    public static final String SOORT = "reclasseringsadvies";

    private Reclasseringsadvies() {
    }

    /** Where a request stands. */
    @org.eclipse.microprofile.graphql.Name("ReclasseringsadviesStatus")
    @Schema(name = "ReclasseringsadviesStatus")
    public enum Status {
        GEVRAAGD, GELEVERD
    }

    /** The request: by when the advice is needed. */
    @Schema(name = "ReclasseringsadviesAanvraagInput")
    @Input("ReclasseringsadviesAanvraagInput")
    public record Aanvraag(@NotNull LocalDate termijn) {
    }

    /** The delivery: the advice and the date it was given. */
    @Schema(name = "ReclasseringsadviesInput")
    @Input("ReclasseringsadviesInput")
    public record Levering(@NotBlank @Size(max = 4000) String advies, @NotNull LocalDate datum) {
    }

    /** One request with its delivery, once delivered. */
    @Schema(name = "Reclasseringsadvies")
    @Type("Reclasseringsadvies")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull Status status, @NotNull LocalDate termijn,
            @NotNull String aangevraagdDoor, @NotNull Instant aangevraagdOp, String advies, LocalDate adviesDatum,
            String geleverdDoor, Instant geleverdOp) implements nl.thvhub.platform.Herleesbaar {

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }
}
