package nl.thvhub.platform;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.problem.ProblemException;
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

    /** A re-reader over the feature's own audited read of one resource. */
    static Herlezer van(String soort, java.util.function.BiFunction<Actor, Herlezing, Uni<?>> lees) {
        return new Herlezer() {

            @Override
            public String soort() {
                return soort;
            }

            @Override
            public Uni<Object> herlees(Actor actor, Herlezing h) {
                return lees.apply(actor, h).map(o -> (Object) o);
            }
        };
    }

    /** A re-reader over an audited list (a case's violations, say) that picks the resource by id; gone is 404. */
    static <T> Herlezer uitLijst(String soort, java.util.function.BiFunction<Actor, Herlezing, Uni<java.util.List<T>>> lijst,
            java.util.function.Function<T, java.util.UUID> id) {
        return van(soort, (actor, h) -> lijst.apply(actor, h).map(list -> list.stream().filter(t -> id.apply(t).equals(h.id()))
                .findFirst().orElseThrow(ProblemException::notFound)));
    }
}
