package nl.thvhub.werkplek.api;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * A werkplek login's form token, computed once per verified session and carried by the identity the session cache
 * keeps, instead of an HMAC on every page view (issue 32). The token depends only on the login session, so it is the
 * same value {@link Formuliersleutel} would compute.
 */
@ApplicationScoped
public class Formulieraugmentor implements SecurityIdentityAugmentor {

    private final Formuliersleutel sleutel;

    public Formulieraugmentor(Formuliersleutel sleutel) {
        this.sleutel = sleutel;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity)
                .addAttribute(Formuliersleutel.ATTRIBUUT, sleutel.bereken(identity)).build());
    }
}
