package nl.thvhub.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Tokens;

/**
 * The API's bearer authentication reuses a verified token's identity (issue 37, item 3) with real Keycloak tokens: the
 * second request is not verified again and answers the same; a token that differs in one byte is verified on its own
 * and refused; acting for another employee is a different identity; a missing or malformed token is OIDC's, unchanged.
 */
@QuarkusTest
class CachedBearerAuthenticationTest {

    @Inject
    CachedBearerAuthentication authentication;

    @BeforeEach
    void leeg() {
        authentication.clear();
    }

    @Test
    void a_token_is_verified_once_and_then_answered_from_the_cache_with_the_same_identity() {
        String token = Tokens.of("om-zsm");
        long hits = authentication.hits();
        long misses = authentication.misses();
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200).body("rol", equalTo("om-zsm"));
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200).body("rol", equalTo("om-zsm"));
        assertThat(authentication.misses() - misses).isEqualTo(1);
        assertThat(authentication.hits() - hits).isEqualTo(1);
    }

    @Test
    void a_token_changed_in_its_signature_is_refused_although_the_real_one_is_cached() {
        String token = Tokens.of("om-zsm");
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200);
        char last = token.charAt(token.length() - 2);
        String vervalst = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().auth().oauth2(vervalst).get("/api/v1/ik").then().statusCode(401);
        given().auth().oauth2(vervalst).get("/api/v1/ik").then().statusCode(401);
    }

    @Test
    void acting_for_another_employee_is_another_identity_verified_on_its_own() {
        String token = Tokens.partner("partner-blijfgroep");
        given().auth().oauth2(token).header("Namens", "zorgcoordinator").get("/api/v1/ik").then().statusCode(200)
                .body("gebruikersnaam", equalTo("zorgcoordinator"));
        long misses = authentication.misses();
        given().auth().oauth2(token).header("Namens", "zorgcoordinator-2").get("/api/v1/ik").then().statusCode(200)
                .body("gebruikersnaam", equalTo("zorgcoordinator-2"));
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200).body("partnerSysteem", equalTo(true));
        assertThat(authentication.misses() - misses).isEqualTo(2);
    }

    @Test
    void without_a_token_or_with_a_malformed_one_the_answer_is_401_as_before() {
        given().get("/api/v1/ik").then().statusCode(401);
        given().header("Authorization", "Bearer ").get("/api/v1/ik").then().statusCode(401);
        given().header("Authorization", "Bearer geen-jwt").get("/api/v1/ik").then().statusCode(401);
        given().header("Authorization", "Basic b206enNt").get("/api/v1/ik").then().statusCode(401);
    }
}
