package nl.thvhub.huisverbod;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/** One entry of a case's append-only lifecycle history: what happened, when, and who did it for which organisation. */
public record Gebeurtenis(@NotNull long id, @NotNull Instant tijdstip, @NotNull String soort, String actor, Rol rol,
        Organisatie organisatie, @NotNull Map<String, Object> details) {
}
