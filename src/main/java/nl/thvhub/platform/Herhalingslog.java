package nl.thvhub.platform;

import java.time.Instant;
import java.util.UUID;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.security.Actor;

/**
 * Port through which an {@code Idempotency-Key} replay is audited before the stored response leaves again: a replay
 * discloses data as the first response did, so it gets its own audit line (fail closed: no line, no replay).
 */
public interface Herhalingslog {

    /**
     * Logs that the response first sent at {@code eerste} is sent again to the same actor.
     *
     * @param zaakId the case the response is about, or null when it is about none
     */
    Uni<Void> herhaald(Actor actor, UUID zaakId, Instant eerste);
}
