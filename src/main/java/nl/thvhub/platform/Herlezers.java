package nl.thvhub.platform;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.security.Actor;

/**
 * The re-readers of all features by kind, and the rule that decides what an {@code Idempotency-Key} may store: a body
 * that holds personal data ({@link Herleesbaar}) is stored as a {@link Herlezing}, anything else as it is.
 */
@ApplicationScoped
public class Herlezers {

    private final Map<String, Herlezer> perSoort;

    public Herlezers(Instance<Herlezer> alle) {
        this.perSoort = alle.stream().collect(Collectors.toMap(Herlezer::soort, Function.identity()));
    }

    /** What to store for a successful response entity: its re-read when it holds personal data, else null. */
    public Herlezing opTeSlaan(Object entity) {
        if (entity instanceof Herleesbaar h && h.herlezing() != null && perSoort.containsKey(h.herlezing().soort())) {
            return h.herlezing();
        }
        return null;
    }

    /** Reads the resource again for a replay; a kind without a re-reader cannot have been stored, so it fails. */
    public Uni<Object> herlees(Actor actor, Herlezing h) {
        Herlezer herlezer = perSoort.get(h.soort());
        if (herlezer == null) {
            return Uni.createFrom().failure(new IllegalStateException("no re-reader for " + h.soort()));
        }
        return herlezer.herlees(actor, h);
    }
}
