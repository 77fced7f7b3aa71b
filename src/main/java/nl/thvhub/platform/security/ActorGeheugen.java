package nl.thvhub.platform.security;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The {@link Actor} built for a verified identity, kept as long as that identity lives (issue 37): the
 * {@link VerifiedTokenCache} hands every request with the same token (and {@code Namens} header) the same identity, whose
 * claims and attributes never change, so the actor is built from its claims once instead of on every request. Weak keys:
 * an identity the token cache has let go takes its actor with it. A refusal (403) is never kept; it is decided anew.
 */
@ApplicationScoped
public class ActorGeheugen {

    private final Map<SecurityIdentity, Actor> actoren = Collections.synchronizedMap(new WeakHashMap<>());
    private final AtomicLong gebouwd = new AtomicLong();

    /** The actor of this identity: the one built before for this very identity, or a new one built by {@code bouw}. */
    Actor van(SecurityIdentity identity, Function<SecurityIdentity, Actor> bouw) {
        return actoren.computeIfAbsent(identity, i -> {
            gebouwd.incrementAndGet();
            return bouw.apply(i);
        });
    }

    /** How many actors were built from claims since start (for tests). */
    public long gebouwd() {
        return gebouwd.get();
    }
}
