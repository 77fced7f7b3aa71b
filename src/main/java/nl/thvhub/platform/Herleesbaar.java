package nl.thvhub.platform;

/**
 * A response model that holds personal data and can be read again by a {@link Herlezer}: an {@code Idempotency-Key}
 * stores its {@link Herlezing} instead of the body.
 */
public interface Herleesbaar {

    /** How to read this resource again, or null when it cannot be (then the body is not stored either). */
    Herlezing herlezing();
}
