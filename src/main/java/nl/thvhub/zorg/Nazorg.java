package nl.thvhub.zorg;

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

import nl.thvhub.platform.security.Organisatie;

/**
 * Care that runs on after the case closed (issues 35.2 and 35.3; seed §4.1, recommendations 3c, 4a and 4b): the
 * gezinsmanager who carries on when the coordinator hands the family over to them, or intensive case management (ICM)
 * for a year or more with review dates. Its owner keeps writing the care record under the same policy until the track
 * ends with an outcome. Category HULPVERLENING of the case.
 */
public final class Nazorg {

    public static final String SOORT = "nazorg";

    private Nazorg() {
    }

    /** Which track. */
    @org.eclipse.microprofile.graphql.Name("Nazorgsoort")
    @Schema(name = "Nazorgsoort")
    public enum Soort {
        /** The gezinsmanager carries on after the coordinator closed (started by closing with the gezinsmanager as receiver). */
        GEZINSMANAGER,
        /** Intensive case management after the THV, with review dates. */
        ICM
    }

    /** How a track ended. */
    @org.eclipse.microprofile.graphql.Name("Nazorguitkomst")
    @Schema(name = "Nazorguitkomst")
    public enum Uitkomst {
        DOEL_BEREIKT, OVERGEDRAGEN, GESTOPT_DOOR_CLIENT, ANDERS
    }

    /** An ICM track to start on a closed case: from which day, first review when. Its owner is who starts it. */
    @Schema(name = "IcmInput")
    @Input("IcmInput")
    public record Start(@NotNull @Schema(example = "2027-01-04") LocalDate start,
            @NotNull @Schema(example = "2027-04-01") LocalDate evaluatieOp) {
    }

    /** A review held: the next one, and what it found. */
    @Schema(name = "NazorgEvaluatieInput")
    @Input("NazorgEvaluatieInput")
    public record Evaluatie(@NotNull LocalDate volgendeEvaluatieOp, @NotBlank @Size(max = 2000) String toelichting) {
    }

    /** The end of a track with its outcome. */
    @Schema(name = "NazorgEindeInput")
    @Input("NazorgEindeInput")
    public record Einde(@NotNull LocalDate einde, @NotNull Uitkomst uitkomst, @Size(max = 2000) String toelichting) {
    }

    /** A review held, as kept: when, what it found, and the review date it set. */
    @Schema(name = "NazorgEvaluatie")
    @Type("NazorgEvaluatie")
    public record Gehouden(@NotNull LocalDate gehoudenOp, @NotNull LocalDate volgendeEvaluatieOp,
            @Schema(description = "Wat de evaluatie opleverde; leeg na de bewaartermijn") String toelichting,
            @NotNull String vastgelegdDoor, @NotNull Instant vastgelegdOp) {
    }

    /** A track as read, with its reviews (oldest first). */
    @Schema(name = "Nazorg")
    @Type("Nazorg")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull Soort soort, @NotNull String eigenaar,
            @NotNull Organisatie organisatie, @NotNull LocalDate start, LocalDate evaluatieOp, LocalDate einde,
            Uitkomst uitkomst, String toelichting, @NotNull int versie, @NotNull Instant gestartOp,
            @NotNull List<@NotNull Gehouden> evaluaties)
            implements
                nl.thvhub.platform.Herleesbaar {

        public View {
            evaluaties = evaluaties == null ? List.of() : List.copyOf(evaluaties);
        }

        /** The same track with its reviews. */
        public View met(List<Gehouden> gehouden) {
            return new View(id, huisverbodId, soort, eigenaar, organisatie, start, evaluatieOp, einde, uitkomst, toelichting,
                    versie, gestartOp, gehouden);
        }

        /** Whether the track still runs. */
        public boolean loopt() {
            return einde == null;
        }

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }
}
