package nl.thvhub.huisverbod.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Taak;
import nl.thvhub.huisverbod.Taaksoort;

/** One open task as a desk reads it: what, which case, about whom, since when, due when, overdue, assigned to whom. */
@Type("Taak")
@Schema(name = "Taak")
@Description("Een openstaande taak van een huisverbod voor een bureau: wat, welke zaak, over wie, wanneer verlopen")
public record TaakView(@NotNull Taaksoort soort, @NotNull UUID huisverbodId, @NotNull String registratienummer,
        UUID betrokkeneId, BetrokkeneRol betrokkeneRol, @NotNull Instant sinds, @NotNull Instant vervaltOp,
        @NotNull Boolean verlopen, String toegewezenAan) {

    static TaakView van(Taak t, Instant now) {
        return new TaakView(t.soort(), t.huisverbodId(), t.registratienummer(), t.betrokkeneId(), t.betrokkeneRol(),
                t.sinds(), t.vervaltOp(), t.verlopen(now), t.houder().gebruikersnaam());
    }
}
