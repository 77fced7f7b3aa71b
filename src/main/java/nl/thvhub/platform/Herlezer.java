package nl.thvhub.platform;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.security.Actor;

/**
 * Port through which an {@code Idempotency-Key} replay reads a resource again, implemented by the feature that owns it
 * with its own audited read path (the same decision, redaction and audit lines as a read): a resource the actor may no
 * longer see answers 404.
 */
public interface Herlezer {

    /** The kind of resource this re-reader serves, as in {@link Herlezing#soort()}. */
    String soort();

    /** The resource as the actor may see it now, in the same model the write returned. */
    Uni<Object> herlees(Actor actor, Herlezing herlezing);
}
