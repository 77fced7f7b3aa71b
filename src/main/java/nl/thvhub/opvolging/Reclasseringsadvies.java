package nl.thvhub.opvolging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.privacy.Categorie;

/**
 * The OM's request for a Reclassering advice report on the UHG and its delivery (category STRAFRECHT): the request
 * reaches Reclassering as a task and a notification, the delivery reaches ZSM and the coordinator.
 */
public final class Reclasseringsadvies {

    /** The kind of resource an Idempotency-Key replay reads again. */
    public static final String SOORT = "reclasseringsadvies";
    /** The policy file's name of the advice's text ({@code onthulling.velden}). */
    public static final String VELD_ADVIES = "reclasseringsadvies.advies";

    private Reclasseringsadvies() {
    }

    /**
     * Where a request stands: open, delivered, withdrawn by the OM, or lapsed a set time after its due date without a
     * delivery (thv.opdrachten.reclasseringsadvies-verval).
     */
    @org.eclipse.microprofile.graphql.Name("ReclasseringsadviesStatus")
    @Schema(name = "ReclasseringsadviesStatus")
    public enum Status {
        GEVRAAGD, GELEVERD, INGETROKKEN, VERLOPEN
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

    /**
     * One request with its delivery, once delivered. The advice's text is category RECLASSERINGSADVIES: a reader the
     * policy withholds it from gets {@code advies} null and the category in {@code onthouden}. {@code vervaltOp} is
     * when an undelivered request lapses (and Reclassering's reach through it ends); {@code beeindigdOp} and
     * {@code beeindigdDoor} say when (and, for a withdrawal, by whom) a request ended without a delivery.
     */
    @Schema(name = "Reclasseringsadvies")
    @Type("Reclasseringsadvies")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull Status status, @NotNull LocalDate termijn,
            @NotNull Instant vervaltOp, @NotNull String aangevraagdDoor, @NotNull Instant aangevraagdOp, String advies,
            LocalDate adviesDatum, String geleverdDoor, Instant geleverdOp, Instant beeindigdOp, String beeindigdDoor,
            @NotNull List<@NotNull Categorie> onthouden) implements nl.thvhub.platform.Herleesbaar {

        /** The view as this reader may see it: the text only where the policy file's field rule allows it. */
        public View voor(nl.thvhub.privacy.Besluit besluit) {
            if (besluit.magVeld(VELD_ADVIES)) {
                return this;
            }
            return new View(id, huisverbodId, status, termijn, vervaltOp, aangevraagdDoor, aangevraagdOp, null, adviesDatum,
                    geleverdDoor, geleverdOp, beeindigdOp, beeindigdDoor, List.of(Categorie.RECLASSERINGSADVIES));
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }
}
