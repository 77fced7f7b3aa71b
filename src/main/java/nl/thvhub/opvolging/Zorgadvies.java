package nl.thvhub.opvolging;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.privacy.Categorie;
import nl.thvhub.zorg.Versie;

/**
 * The care side's input for the criminal assessment at ZSM, the "zorginbreng" (recommendation 3b; named zorgadvies before
 * issue 34.6, and still in its type names and category code until the next major version): the risk, whether help
 * runs, the conditions it advises and a short text. Category ZORGADVIES, which the OM reads on its own basis; it holds
 * nothing of the plans, referrals or GGZ data beyond what the advice says.
 */
public final class Zorgadvies {

    /** The kind of resource an Idempotency-Key replay reads again. */
    public static final String SOORT = "zorgadvies";
    /** The policy file's name of the advice's free text ({@code onthulling.velden}): about the UHG, HULPVERLENING. */
    public static final String VELD_TOELICHTING = "zorgadvies.toelichting";

    private Zorgadvies() {
    }

    /** The risk the care side sees. */
    @org.eclipse.microprofile.graphql.Name("Zorgrisico")
    @Schema(name = "Zorgrisico")
    public enum Risico {
        HOOG, MIDDEN, LAAG
    }

    /** Conditions the care side advises for a (conditional) decision. */
    @org.eclipse.microprofile.graphql.Name("Adviesvoorwaarde")
    @Schema(name = "Adviesvoorwaarde")
    public enum Voorwaarde {
        CONTACTVERBOD, GEBIEDSVERBOD, GEDRAGSINTERVENTIE, MELDPLICHT, RECLASSERINGSTOEZICHT, BEHANDELVERPLICHTING, ENKELBAND
    }

    /** The advice as recorded (a PUT replaces it). */
    @Schema(name = "ZorgadviesInput")
    @Input("ZorgadviesInput")
    public record Vastlegging(@NotNull Risico risico, @NotNull Boolean hulpverleningLoopt,
            @NotNull @Size(max = 7) List<@NotNull Voorwaarde> adviesVoorwaarden, @Size(max = 1000) String toelichting) {
    }

    /** The content as stored (the document's single item). */
    public record Inhoud(Risico risico, boolean hulpverleningLoopt, List<Voorwaarde> adviesVoorwaarden, String toelichting) {
    }

    /** ZSM's request for the advice (issue 34.2): by when, and what ZSM wants to know. */
    @Schema(name = "ZorginbrengAanvraagInput")
    @Input("ZorginbrengAanvraagInput")
    public record Aanvraag(@NotNull java.time.LocalDate termijn, @Size(max = 1000) String vraag) {
    }

    /** A request of ZSM for the advice, open until the advice is given. */
    @Schema(name = "ZorginbrengAanvraag")
    @Type("ZorginbrengAanvraag")
    public record AanvraagView(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull java.time.LocalDate termijn,
            String vraag, @NotNull String gevraagdDoor, @NotNull java.time.Instant gevraagdOp, String beantwoordDoor,
            java.time.Instant beantwoordOp) {
    }

    /** The advice of a case; version 0 with no content: none given yet. */
    @Schema(name = "Zorgadvies")
    @Type("Zorgadvies")
    public record View(@NotNull UUID huisverbodId, @NotNull int versie, Risico risico, Boolean hulpverleningLoopt,
            @NotNull List<@NotNull Voorwaarde> adviesVoorwaarden, String toelichting,
            @NotNull List<@NotNull Versie> versies,
            @NotNull List<@NotNull Categorie> onthouden,
            @Schema(description = "De openstaande vraag van ZSM om dit advies, tot het advies is gegeven; anders null") AanvraagView openAanvraag)
            implements
                nl.thvhub.platform.Herleesbaar {

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, huisverbodId);
        }
    }
}
