package nl.thvhub.notificaties;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * A thin notification: what happened to which case when, and where to read it (through the reader's own scope);
 * {@code cloudEventType} is the type the same event has as a webhook's CloudEvent.
 */
public record Notificatie(@NotNull UUID id, @NotNull NotificatieType type, UUID huisverbodId, @NotNull Instant tijdstip,
        @NotNull boolean bevestigd, String link, @NotNull String cloudEventType) {
}
