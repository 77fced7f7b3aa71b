package nl.thvhub.platform.security;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The claims of a werkplek login (authorization-code flow): the hub decides on the <em>access token</em> the login
 * obtained, as over the API, never on the ID token (which carries no organisation, wijk or roles). Quarkus verified that
 * token's signature and expiry when it built the identity ({@code verify-access-token}); here its audience and type are
 * checked as the API checks a bearer token's.
 */
final class Werkpleksessie {

    /**
     * Made once: {@code Json.createReader} looks the JSON provider up through the ServiceLoader on every call, which was
     * 3 % of a werkplek page view's CPU (JFR, issue 32).
     */
    private static final JsonReaderFactory JSON = Json.createReaderFactory(java.util.Map.of());

    private Werkpleksessie() {
    }

    /** The access token's claims when this identity is a werkplek login, else empty (a bearer request of the API). */
    static Optional<JsonObject> toegangsclaims(SecurityIdentity identity, String audience) {
        if (identity.getCredential(IdTokenCredential.class) == null) {
            return Optional.empty();
        }
        AccessTokenCredential toegang = identity.getCredential(AccessTokenCredential.class);
        if (toegang == null || toegang.getToken() == null) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        JsonObject claims = claims(toegang.getToken());
        if (!"Bearer".equals(claims.getString("typ", null)) || !publiek(claims, audience)) {
            // the login's token is not one the API would accept: no screen may show what the API would refuse
            throw new io.quarkus.security.UnauthorizedException();
        }
        return Optional.of(claims);
    }

    private static boolean publiek(JsonObject claims, String audience) {
        jakarta.json.JsonValue aud = claims.get("aud");
        if (aud instanceof jakarta.json.JsonString s) {
            return s.getString().equals(audience);
        }
        return aud instanceof jakarta.json.JsonArray a
                && a.stream().anyMatch(v -> v instanceof jakarta.json.JsonString s && s.getString().equals(audience));
    }

    private static JsonObject claims(String jwt) {
        String[] delen = jwt.split("\\.");
        if (delen.length < 2) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        String json = new String(Base64.getUrlDecoder().decode(delen[1]), StandardCharsets.UTF_8);
        try (JsonReader r = JSON.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}
