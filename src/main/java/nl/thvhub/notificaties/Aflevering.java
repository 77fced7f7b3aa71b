package nl.thvhub.notificaties;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** One delivery of one event to one subscription. */
public record Aflevering(@NotNull UUID id, @NotNull UUID eventId, @NotNull NotificatieType type, UUID huisverbodId,
        @NotNull String status, @NotNull int pogingen, Instant volgendePoging, String laatsteFout, Instant afgeleverdOp) {
}
