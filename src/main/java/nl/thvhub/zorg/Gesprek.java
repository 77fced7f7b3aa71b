package nl.thvhub.zorg;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.platform.security.Organisatie;

/**
 * A conversation with the family or about it (issue 35.5; seed §2.4.5, recommendation 3h: joint family conversations of
 * the coordinator and the gezinsmanager, reports shared): its kind, day, who took part — persons of the case and
 * organisations — and the report. Category HULPVERLENING of every person who took part (of the family, when none did):
 * a reader sees a record only if it may see the help data of each of them.
 */
public final class Gesprek {

    public static final String SOORT = "gesprek";

    private Gesprek() {
    }

    /** The kind of conversation. */
    @org.eclipse.microprofile.graphql.Name("Gespreksoort")
    @Schema(name = "Gespreksoort")
    public enum Soort {
        INTAKE, SYSTEEMGESPREK, MDO, EVALUATIE
    }

    /** Who took part: persons of the case, and organisations (the professionals' own organisations included). */
    @Schema(name = "GesprekDeelnemersInput")
    @Input("GesprekDeelnemersInput")
    public record DeelnemersInvoer(@Size(max = 20) List<UUID> betrokkenen, @Size(max = 12) List<Organisatie> organisaties) {
    }

    /** Who took part, as stored. */
    @Schema(name = "GesprekDeelnemers")
    @Type("GesprekDeelnemers")
    public record Deelnemers(@NotNull List<@NotNull UUID> betrokkenen, @NotNull List<@NotNull Organisatie> organisaties) {
    }

    /** A conversation to record. */
    @Schema(name = "GesprekInput")
    @Input("GesprekInput")
    public record Vastlegging(@NotNull Soort soort, @NotNull LocalDate datum, @NotNull @Valid DeelnemersInvoer deelnemers,
            @NotBlank @Size(max = 8000) String verslag) {
    }

    /** A recorded conversation. */
    @Schema(name = "Gesprek")
    @Type("Gesprek")
    public record View(@NotNull UUID id, @NotNull UUID huisverbodId, @NotNull Soort soort, @NotNull LocalDate datum,
            @NotNull Deelnemers deelnemers, @NotNull String verslag, @NotNull String vastgelegdDoor,
            @NotNull Organisatie organisatie, @NotNull Instant vastgelegdOp) implements nl.thvhub.platform.Herleesbaar {

        @Override
        @com.fasterxml.jackson.annotation.JsonIgnore
        @org.eclipse.microprofile.graphql.Ignore
        public nl.thvhub.platform.Herlezing herlezing() {
            return new nl.thvhub.platform.Herlezing(SOORT, huisverbodId, id);
        }
    }
}
