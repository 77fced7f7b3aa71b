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
 * The actor of a verified identity is built from its claims once (issue 37), with real Keycloak tokens: the same token
 * is the same actor on the next request without reading its claims again; another token, or the same partner token
 * acting for another employee, is built on its own; a token the hub refuses (403) is refused on every request.
 */
@QuarkusTest
class ActorAugmentorTest {

    @Inject
    CachedOidcAuthentication authentication;

    @Inject
    ActorAugmentor augmentor;

    @BeforeEach
    void leeg() {
        authentication.clear();
    }

    @Test
    void the_same_token_is_built_into_an_actor_once_and_answers_the_same() {
        String token = Tokens.of("om-zsm");
        long gebouwd = augmentor.gebouwd();
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200).body("rol", equalTo("om-zsm"));
        given().auth().oauth2(token).get("/api/v1/ik").then().statusCode(200).body("rol", equalTo("om-zsm"))
                .body("organisatie", equalTo("OM"));
        assertThat(augmentor.gebouwd() - gebouwd).isEqualTo(1);
    }

    @Test
    void another_user_is_another_actor() {
        given().auth().oauth2(Tokens.of("om-zsm")).get("/api/v1/ik").then().statusCode(200);
        long gebouwd = augmentor.gebouwd();
        given().auth().oauth2(Tokens.of("politie-thv")).get("/api/v1/ik").then().statusCode(200)
                .body("rol", equalTo("politie-thv"));
        assertThat(augmentor.gebouwd() - gebouwd).isEqualTo(1);
    }

    @Test
    void a_partner_system_acting_for_another_employee_is_another_actor() {
        String token = Tokens.partner("partner-blijfgroep");
        given().auth().oauth2(token).header("Namens", "zorgcoordinator").get("/api/v1/ik").then().statusCode(200)
                .body("gebruikersnaam", equalTo("zorgcoordinator"));
        given().auth().oauth2(token).header("Namens", "zorgcoordinator-2").get("/api/v1/ik").then().statusCode(200)
                .body("gebruikersnaam", equalTo("zorgcoordinator-2"));
        given().auth().oauth2(token).header("Namens", "zorgcoordinator").get("/api/v1/ik").then().statusCode(200)
                .body("gebruikersnaam", equalTo("zorgcoordinator"));
    }

    @Test
    void a_partner_system_acting_for_someone_unknown_is_refused_every_time() {
        String token = Tokens.partner("partner-blijfgroep");
        given().auth().oauth2(token).header("Namens", "niemand-bekend").get("/api/v1/ik").then().statusCode(403);
        given().auth().oauth2(token).header("Namens", "niemand-bekend").get("/api/v1/ik").then().statusCode(403);
    }
}
