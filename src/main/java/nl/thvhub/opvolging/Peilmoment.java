package nl.thvhub.opvolging;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;

/**
 * A monitoring check-in (peilmoment, §2.3.1 and §2.4.6 of the seed): after the THV the coordinator checks at six weeks
 * and on whether the family is safe, whether there are signs of relapse and whether help runs (category HULPVERLENING).
 */
public final class Peilmoment {

    /** The kind of resource an Idempotency-Key replay reads again. */
    public static final String SOORT = "peilmoment";

    private Peilmoment() {
    }

    /** Is the family safe: yes, no, or there are worries. */
    @org.eclipse.microprofile.graphql.Name("PeilmomentVeilig")
    @Schema(name = "PeilmomentVeilig")
    public enum Veilig {
        JA, NEE, ZORGEN
    }

    /** Does the help that was set up run. */
    @org.eclipse.microprofile.graphql.Name("HulpLoopt")
    @Schema(name = "HulpLoopt")
    public enum HulpLoopt {
        JA, DEELS, NEE
    }

    /**
     * Signs of relapse the coordinator heard or saw (the seed's recidive indicators), never a diagnosis. A check-in is
     * about the family (HULPVERLENING, case level), so substance use is not among them: that is one person's health
     * (GEZONDHEID) and belongs in that person's problem analysis, domain VERSLAVING (issue 29, item 3).
     */
    @org.eclipse.microprofile.graphql.Name("Terugvalsignaal")
    @Schema(name = "Terugvalsignaal")
    public enum Terugvalsignaal {
        CONTACT_HERSTELD_ZONDER_AFSPRAAK, DREIGING, NIEUW_INCIDENT, OVERTREDING_AFSPRAKEN, HULP_AFGEHAAKT, FINANCIELE_STRESS, SOCIAAL_ISOLEMENT, ANDERS
    }

    /** A check-in as recorded. */
    @Schema(name = "PeilmomentInput")
    @Input("PeilmomentInput")
    public record Vastlegging(@NotNull LocalDate datum, @NotNull Veilig veilig,
            @NotNull @Size(max = 9) List<@NotNull Terugvalsignaal> terugvalSignalen, @NotNull HulpLoopt hulpLoopt,
            @Size(max = 2000) String toelichting) {
    }

    /** A check-in as stored. */
    @Schema(name = "Peilmoment")
    @Type("Peilmoment")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull LocalDate datum, @NotNull Veilig veilig,
            @NotNull List<@NotNull Terugvalsignaal> terugvalSignalen, @NotNull HulpLoopt hulpLoopt, String toelichting,
            @NotNull String vastgelegdDoor, @NotNull Organisatie organisatie,
            @NotNull Instant vastgelegdOp) implements nl.thvhub.platform.Herleesbaar {

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }
}
