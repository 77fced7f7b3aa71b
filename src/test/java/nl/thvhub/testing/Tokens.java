package nl.thvhub.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** Real access tokens from the test run's Keycloak: password grant for demo users, client credentials for partners. */
public final class Tokens {

    /** Tokens live 15 minutes in the demo realm; a cached one is reused for at most 10. */
    private record Cached(String token, long fetchedAt) {

        boolean fresh() {
            return System.nanoTime() - fetchedAt < TimeUnit.MINUTES.toNanos(10);
        }
    }

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token for a demo user of the realm (password {@code demo}). */
    public static String of(String username) {
        return cached(username, () -> given().baseUri(KeycloakResource.issuer()).formParam("grant_type", "password")
                .formParam("client_id", "thv-hub-demo").formParam("username", username).formParam("password", "demo")
                .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token"));
    }

    /** A token for a partner system's service account. */
    public static String partner(String clientId) {
        return cached("client:" + clientId,
                () -> given().baseUri(KeycloakResource.issuer()).formParam("grant_type", "client_credentials")
                        .formParam("client_id", clientId).formParam("client_secret", clientId + "-demo-secret")
                        .post("/protocol/openid-connect/token")
                        .then().statusCode(200).extract().path("access_token"));
    }

    private static String cached(String key, Supplier<String> fetch) {
        return CACHE.compute(key, (k, c) -> c != null && c.fresh() ? c : new Cached(fetch.get(), System.nanoTime())).token();
    }
}
