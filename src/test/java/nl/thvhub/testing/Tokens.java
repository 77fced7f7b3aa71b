package nl.thvhub.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real access tokens from the test run's Keycloak: password grant for demo users, client credentials for partners. */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A token for a demo user of the realm (password {@code demo}). */
    public static String of(String username) {
        return CACHE.computeIfAbsent(username,
                u -> given().baseUri(KeycloakResource.issuer()).formParam("grant_type", "password")
                        .formParam("client_id", "thv-hub-demo").formParam("username", u).formParam("password", "demo")
                        .post("/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token"));
    }

    /** A token for a partner system's service account. */
    public static String partner(String clientId) {
        return CACHE.computeIfAbsent("client:" + clientId, c -> given().baseUri(KeycloakResource.issuer())
                .formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", clientId + "-demo-secret").post("/protocol/openid-connect/token").then()
                .statusCode(200)
                .extract().path("access_token"));
    }
}
