package nl.thvhub.notificaties;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** A subscription as its owner sees it (never the secret). */
public record Abonnement(@NotNull UUID id, @NotNull String callbackUrl, @NotNull List<@NotNull NotificatieType> events,
        @NotNull boolean actief, @NotNull Instant aangemaaktOp) {
}
