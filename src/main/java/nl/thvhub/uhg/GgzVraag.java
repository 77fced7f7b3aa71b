package nl.thvhub.uhg;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;

/**
 * A question of the UHG's coordinator to the GGZ organisation whether a person is known to it (issue 33.6): it needs
 * the person's consent that GGZ may know who is asked about, puts GGZ's queue in reach of that person only, and is
 * answered by the person's GGZ flag — without a named GGZ worker being assigned first.
 */
public final class GgzVraag {

    private GgzVraag() {
    }

    /** The question: about whom, and what the coordinator wants to know beyond "known or not". */
    @Schema(name = "GgzVraagInput")
    @Input("GgzVraagInput")
    public record Aanvraag(@NotNull UUID betrokkeneId, @Size(max = 1000) String vraag) {
    }

    /** The question as stored. */
    @Schema(name = "GgzVraag")
    @Type("GgzVraag")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull UUID betrokkeneId, String vraag,
            @NotNull String gevraagdDoor, @NotNull Organisatie gevraagdOrganisatie, @NotNull Instant gevraagdOp,
            @NotNull Instant vervaltOp) {
    }
}
