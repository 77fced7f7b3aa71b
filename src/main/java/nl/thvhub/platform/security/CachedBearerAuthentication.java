package nl.thvhub.platform.security;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.runtime.OidcAuthenticationMechanism;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * The API's bearer authentication with a {@link VerifiedTokenCache} in front (issue 37, item 3): a token the OIDC layer
 * verified is not verified again for {@code thv.security.token-cache-ttl} or until its expiry, whichever is first. Only
 * the bearer-only API and GraphQL use it; the werkplek's sessions (cookies, refresh, logout) always go to OIDC itself, as
 * does every request without a bearer token. Delegating as the Quarkus security guide shows for a customised mechanism.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class CachedBearerAuthentication implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    private final OidcAuthenticationMechanism oidc;
    private final VerifiedTokenCache cache;
    private final boolean enabled;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    CachedBearerAuthentication(OidcAuthenticationMechanism oidc, SecurityConfig config) {
        this.oidc = oidc;
        this.enabled = !config.tokenCacheTtl().isZero();
        this.cache = new VerifiedTokenCache(config.tokenCacheTtl(), config.tokenCacheMaxEntries());
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String token = enabled ? bearer(context) : null;
        if (token == null) {
            return oidc.authenticate(context, identityProviderManager);
        }
        String key = VerifiedTokenCache.key(token, context.request().getHeader(NamensAugmentor.HEADER));
        Optional<SecurityIdentity> known = cache.get(key, Instant.now());
        if (known.isPresent()) {
            hits.incrementAndGet();
            return Uni.createFrom().item(known.get());
        }
        misses.incrementAndGet();
        return oidc.authenticate(context, identityProviderManager).invoke(identity -> {
            // only an identity verified from exactly this token is kept, until the token's own expiry at the latest
            if (identity != null && !identity.isAnonymous() && identity.getPrincipal() instanceof JsonWebToken jwt
                    && token.equals(jwt.getRawToken()) && jwt.getExpirationTime() > 0) {
                cache.put(key, identity, Instant.ofEpochSecond(jwt.getExpirationTime()), Instant.now());
            }
        });
    }

    /** The bearer token of an API request; null for the werkplek (its own tenant and session) and without one. */
    private static String bearer(RoutingContext context) {
        if (context.normalizedPath().startsWith("/werkplek")) {
            return null;
        }
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
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

    /** Requests with a bearer token that went to OIDC since start. */
    public long misses() {
        return misses.get();
    }

    /** Forgets every verified token. */
    public void clear() {
        cache.clear();
    }
}
