package nl.thvhub.platform.security;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The actor of a verified identity, worked out once per identity instead of on every request: the token's claims are
 * parsed and checked as {@link ActorResolver} does it, and the actor travels as an attribute of the identity, which
 * {@link CachedOidcAuthentication} keeps for the token (with its {@code Namens} header) or the werkplek session. Issue
 * 32: parsing the access token on every page view was 4–5 % of the case page's CPU; issue 37: on every API call SmallRye
 * JWT threw three exceptions for the hub's own claims. A refreshed token is a new identity and is worked out again.
 */
@ApplicationScoped
public class ActorAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute: the {@link Actor} of an identity the hub accepts. */
    static final String ACTOR = "thv.actor";

    private final SecurityConfig config;
    private final AtomicLong gebouwd = new AtomicLong();

    public ActorAugmentor(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public int priority() {
        // after every other augmentor: the actor is read from the identity as it will be used
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Actor actor;
        gebouwd.incrementAndGet();
        try {
            actor = ActorResolver.toActor(identity, config.organisatiesPerClient(), config.audience());
        } catch (RuntimeException weigering) {
            // refused: nothing is kept, so every view refuses it afresh through ActorResolver, as it always did
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addAttribute(ACTOR, actor).build());
    }

    /** How many actors were worked out from claims since start (for tests). */
    public long gebouwd() {
        return gebouwd.get();
    }
}
