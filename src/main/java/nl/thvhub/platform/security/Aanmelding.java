package nl.thvhub.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * What a request presents to be recognised by, for the {@link VerifiedTokenCache}: an API bearer token (with the
 * {@code Namens} header) or a werkplek session (its encrypted session cookies). Null where the request must go to OIDC
 * itself: no credential, a login under way, or a path where OIDC manages the session (login, logout, back-channel).
 */
record Aanmelding(String sleutel, String bearer) {

    private static final String BEARER = "Bearer ";
    private static final String WERKPLEK = "/werkplek";
    /** OIDC's own session endpoints for the werkplek tenant: always handled by OIDC, never answered from the cache. */
    private static final Set<String> SESSIEBEHEER = Set.of("/werkplek/inloggen", "/werkplek/uitloggen",
            "/werkplek/backchannel-logout", "/werkplek/afgemeld");

    /** The credential of this request, or null when OIDC must see it. */
    static Aanmelding van(RoutingContext context) {
        String pad = context.normalizedPath();
        return pad.equals(WERKPLEK) || pad.startsWith(WERKPLEK + "/") ? sessie(context, pad) : bearer(context);
    }

    boolean isSessie() {
        return bearer == null;
    }

    private static Aanmelding bearer(RoutingContext context) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty()
                ? null
                : new Aanmelding(VerifiedTokenCache.key(token, context.request().getHeader(NamensAugmentor.HEADER)), token);
    }

    /** The werkplek session: every session cookie (ID, access and refresh token, split in chunks), by name. */
    private static Aanmelding sessie(RoutingContext context, String pad) {
        Set<Cookie> cookies = context.request().cookies();
        if (SESSIEBEHEER.contains(pad) || cookies.stream().anyMatch(c -> c.getName().startsWith("q_auth"))) {
            return null;
        }
        String sessie = cookies.stream().filter(c -> c.getName().startsWith("q_session"))
                .sorted(Comparator.comparing(Cookie::getName)).map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("\n"));
        return sessie.isEmpty() ? null : new Aanmelding(VerifiedTokenCache.key("werkplek\n" + sessie, null), null);
    }

    /**
     * Until when the identity OIDC built for this credential may be reused: the token's expiry for a bearer token that is
     * exactly the identity's; for a session the earlier expiry of its ID token and its access token (the roles come from
     * the latter). Null: not to be kept (anonymous, another token, no expiry, no access token).
     */
    Instant geldigTot(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getExpirationTime() <= 0) {
            return null;
        }
        if (!isSessie()) {
            return bearer.equals(jwt.getRawToken()) ? Instant.ofEpochSecond(jwt.getExpirationTime()) : null;
        }
        AccessTokenCredential toegang = identity.getCredential(AccessTokenCredential.class);
        Long toegangTot = toegang == null ? null : verval(toegang.getToken());
        return toegangTot == null ? null : Instant.ofEpochSecond(Math.min(jwt.getExpirationTime(), toegangTot));
    }

    /** The {@code exp} claim of a JWT OIDC has already verified; null when it has none or is no JWT. */
    private static Long verval(String jwt) {
        String[] delen = jwt == null ? new String[0] : jwt.split("\\.");
        if (delen.length != 3) {
            return null;
        }
        try {
            return new JsonObject(new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8)).getLong("exp");
        } catch (RuntimeException e) {
            return null;
        }
    }
}
