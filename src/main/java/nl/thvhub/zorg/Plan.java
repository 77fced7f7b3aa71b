package nl.thvhub.zorg;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.problem.ProblemException;

/** The three plans of the one shared process (TOP-3, recommendation 3g): structured items with an owner and a term. */
public final class Plan {

    private Plan() {
    }

    /** Which plan: safety agreements, help goals per person, recovery. */
    @org.eclipse.microprofile.graphql.Name("Plansoort")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Plansoort")
    public enum Soort {

        VEILIGHEIDSPLAN, HULPVERLENINGSPLAN, HERSTELPLAN;

        /** The path segment ({@code veiligheidsplan}). */
        public String pad() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The plan a path segment names; anything else is 400 naming {@code soort}. */
        public static Soort van(String pad) {
            for (Soort s : values()) {
                if (s.pad().equals(pad) || s.name().equals(pad)) {
                    return s;
                }
            }
            throw ProblemException.invalid("soort", "veiligheidsplan, hulpverleningsplan of herstelplan");
        }
    }

    /** Where an item stands. */
    @org.eclipse.microprofile.graphql.Name("Planitemstatus")
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Planitemstatus")
    public enum Itemstatus {
        OPEN, AFGEROND, VERVALLEN
    }

    /** One goal or agreement; {@code betrokkeneId} when it is about one person. */
    @Schema(name = "PlanitemInput")
    @Input("PlanitemInput")
    public record ItemInvoer(@NotBlank @Size(max = 4000) String doel, UUID betrokkeneId,
            @NotBlank @Size(max = 200) String eigenaar, LocalDate termijn, @NotNull Itemstatus status) {
    }

    /** The whole plan (a PUT replaces its items). */
    @Schema(name = "PlanInput")
    @Input("PlanInput")
    public record Vastlegging(@NotNull @Size(max = 50) List<@NotNull @Valid ItemInvoer> items) {
    }

    /** One item as stored. */
    @Schema(name = "Planitem")
    @Type("Planitem")
    public record Item(@NotNull String doel, UUID betrokkeneId, @NotNull String eigenaar, LocalDate termijn,
            @NotNull Itemstatus status) {
    }

    /** A plan of a case (category HULPVERLENING). Version 0 with no items: not written yet. */
    @Schema(name = "Zorgplan")
    @Type("Zorgplan")
    public record View(@NotNull UUID huisverbodId, @NotNull Soort soort, @NotNull int versie,
            @NotNull List<@NotNull Item> items,
            @NotNull List<@NotNull Versie> versies) implements nl.thvhub.platform.Herleesbaar {

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing("plan-" + soort.pad(), huisverbodId, huisverbodId);
        }
    }
}
