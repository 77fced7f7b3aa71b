package nl.thvhub.opvolging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;

/**
 * Receipt of a warm hand-over confirmed (recommendation 4a): by the receiving hub partner itself, or — for a party
 * outside the hub — by the coordinator, who records who confirmed ({@code bevestigdDoor}).
 */
public final class Overdrachtbevestiging {

    private Overdrachtbevestiging() {
    }

    /** The confirmation; {@code bevestigdDoor} is required when the coordinator records it for a party outside the hub. */
    @Schema(name = "OverdrachtBevestigingInput")
    @Input("OverdrachtBevestigingInput")
    public record Vastlegging(@NotNull LocalDate bevestigdOp, @Size(max = 200) String bevestigdDoor) {
    }

    /**
     * The confirmation as recorded, with no other data of the case and no data of its persons (an Idempotency-Key replay
     * answers it as stored: the receiving partner loses its reach of the case once it confirmed).
     */
    @Schema(name = "OverdrachtBevestigd")
    @Type("OverdrachtBevestigd")
    public record View(@NotNull UUID huisverbodId, @NotNull LocalDate bevestigdOp, String bevestigdDoor,
            @NotNull Organisatie organisatie, @NotNull Instant vastgelegdOp) {
    }
}
