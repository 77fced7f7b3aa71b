package nl.thvhub.platform.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Alternative;

import io.quarkus.oidc.SecurityEvent;
import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus OIDC with a {@link VerifiedTokenCache} in front (issues 37.3 and 32): an identity OIDC verified is reused for
 * {@code thv.security.token-cache-ttl} or until its tokens expire, whichever is first — for the API and GraphQL by
 * bearer token, for the werkplek by session cookie. Logins, logouts and the back-channel endpoint always go to OIDC, as
 * does every request without a credential, and a logout of any kind forgets every werkplek session kept. Delegating as
 * the Quarkus security guide shows for a customised mechanism.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachedOidcAuthentication implements HttpAuthenticationMechanism {

    private final OidcAuthenticationMechanism oidc;
    private final VerifiedTokenCache tokens;
    private final VerifiedTokenCache sessies;
    private final boolean enabled;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    CachedOidcAuthentication(OidcAuthenticationMechanism oidc, SecurityConfig config) {
        this.oidc = oidc;
        this.enabled = !config.tokenCacheTtl().isZero();
        this.tokens = new VerifiedTokenCache(config.tokenCacheTtl(), config.tokenCacheMaxEntries());
        this.sessies = new VerifiedTokenCache(config.tokenCacheTtl(), config.tokenCacheMaxEntries());
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        Aanmelding aanmelding = enabled ? Aanmelding.van(context) : null;
        if (aanmelding == null) {
            return oidc.authenticate(context, identityProviderManager);
        }
        VerifiedTokenCache cache = aanmelding.isSessie() ? sessies : tokens;
        Optional<SecurityIdentity> known = cache.get(aanmelding.sleutel(), Instant.now());
        if (known.isPresent()) {
            hits.incrementAndGet();
            return Uni.createFrom().item(known.get());
        }
        misses.incrementAndGet();
        return oidc.authenticate(context, identityProviderManager).invoke(identity -> {
            Instant tot = aanmelding.geldigTot(identity);
            if (tot != null) {
                cache.put(aanmelding.sleutel(), identity, tot, Instant.now());
            }
        });
    }

    /**
     * A logout ends the werkplek sessions kept here at once: RP-initiated at this replica, or announced by the identity
     * provider on the back channel (the logout token names a session this cache cannot map to a cookie, so all go; the
     * next page view of every other user is verified by OIDC once more).
     */
    void afgemeld(@Observes SecurityEvent event) {
        switch (event.getEventType()) {
            case OIDC_LOGOUT_RP_INITIATED, OIDC_LOGOUT_RP_INITIATED_SESSION_EXPIRED, OIDC_BACKCHANNEL_LOGOUT_INITIATED,
                    OIDC_BACKCHANNEL_LOGOUT_COMPLETED, OIDC_FRONTCHANNEL_LOGOUT_COMPLETED ->
                sessies.clear();
            default -> {
            }
        }
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return oidc.getChallenge(context);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return oidc.getCredentialTypes();
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return oidc.getCredentialTransport(context);
    }

    @Override
    public int getPriority() {
        return oidc.getPriority();
    }

    /** Requests answered from the cache since start (for tests and the benchmark's notes). */
    public long hits() {
        return hits.get();
    }

    /** Requests with a credential that went to OIDC since start. */
    public long misses() {
        return misses.get();
    }

    /** Forgets every verified token and session. */
    public void clear() {
        tokens.clear();
        sessies.clear();
    }
}
