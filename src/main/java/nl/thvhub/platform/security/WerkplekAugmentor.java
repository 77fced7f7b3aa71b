package nl.thvhub.platform.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A werkplek login's actor, worked out once per verified session instead of on every page view: the access token's
 * claims are parsed and checked as {@link ActorResolver} does it, and the actor travels as an attribute of the
 * identity, which {@link CachedOidcAuthentication} keeps for the session (issue 32: parsing the token on every view was
 * 4–5 % of the case page's CPU). A refreshed token is a new identity and is worked out again.
 */
@ApplicationScoped
public class WerkplekAugmentor implements SecurityIdentityAugmentor {

    /** Identity attribute: the {@link Actor} of a werkplek login the hub accepts. */
    static final String ACTOR = "thv.werkplek.actor";

    private final SecurityConfig config;

    public WerkplekAugmentor(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public int priority() {
        // after every other augmentor: the actor is read from the identity as it will be used
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        Actor actor;
        try {
            actor = ActorResolver.toActor(identity, config.organisatiesPerClient(), config.audience());
        } catch (RuntimeException weigering) {
            // refused: nothing is kept, so every view refuses it afresh through ActorResolver, as it always did
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addAttribute(ACTOR, actor).build());
    }
}
