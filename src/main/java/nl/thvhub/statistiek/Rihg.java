package nl.thvhub.statistiek;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.platform.security.Organisatie;

/**
 * A RiHG (risicotaxatie huiselijk geweld), the assessment that precedes a THV (issue 35.7): held by the police or Veilig
 * Thuis, leading to a THV or not (seed: 365 → 241 a year in Amsterdam, 89 % leading to a THV). It names no person: only
 * when, where, by whom and what came of it, so it is counted in the statistics and kept when its case is deleted.
 */
public final class Rihg {

    private Rihg() {
    }

    /** Who held the RiHG. */
    @org.eclipse.microprofile.graphql.Name("RihgDoor")
    @Schema(name = "RihgDoor")
    public enum Door {
        POLITIE, VEILIG_THUIS
    }

    /** What came of it. */
    @org.eclipse.microprofile.graphql.Name("RihgUitkomst")
    @Schema(name = "RihgUitkomst")
    public enum Uitkomst {
        THV, GEEN_THV, ANDERS
    }

    /** A RiHG to register; {@code huisverbodId} only for the THV it led to, which the registrant must be able to see. */
    @Schema(name = "RihgInput")
    @Input("RihgInput")
    public record Registratie(@NotNull @Schema(example = "2026-12-01") LocalDate datum, @NotNull Gemeente gemeente,
            @Pattern(regexp = "^[a-z][a-z0-9-]{1,39}$", message = "een wijkcode in kleine letters, zoals centrum") String wijk,
            @NotNull Door door, @NotNull Uitkomst uitkomst,
            @Schema(description = "Het huisverbod waartoe de RiHG leidde (alleen bij uitkomst THV; u moet het kunnen zien, en de gemeente moet gelijk zijn)") UUID huisverbodId) {
    }

    /** A registered RiHG. */
    @Schema(name = "Rihg")
    @Type("Rihg")
    public record View(@NotNull UUID id, @NotNull LocalDate datum, @NotNull Gemeente gemeente, String wijk,
            @NotNull Door door, @NotNull Uitkomst uitkomst, UUID huisverbodId, @NotNull String geregistreerdDoor,
            @NotNull Organisatie organisatie, @NotNull Instant vastgelegdOp) {
    }
}
