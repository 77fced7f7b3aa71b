package nl.thvhub.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Tokens;

/** End-to-end security with real Keycloak tokens for every demo user and both partner systems. */
@QuarkusTest
class RealKeycloakSecurityTest {

    @ParameterizedTest(name = "{0} is seen as {1} of {2}")
    @CsvSource({
            "politie-thv, politie-thv, POLITIE, ",
            "wijkagent-centrum, wijkagent, POLITIE, centrum",
            "wijkagent-zuidoost, wijkagent, POLITIE, zuidoost",
            "om-zsm, om-zsm, OM, ",
            "veilig-thuis, veilig-thuis, VEILIG_THUIS, ",
            "zorgcoordinator, zorgcoordinator, BLIJF_GROEP, ",
            "zorgcoordinator-2, zorgcoordinator, BLIJF_GROEP, ",
            "sociaal-team, sociaal-team, SOCIAAL_TEAM_AA, ",
            "gezinsmanager, gezinsmanager, JBRA, ",
            "reclassering, reclassering, RECLASSERING, ",
            "ggz, ggz, GGZ, ",
            "gemeente, gemeente, GEMEENTE, ",
            "beleid, beleid, GEMEENTE, ",
            "fg, fg, GEMEENTE, "})
    void every_demo_user_is_resolved_from_a_real_token(String user, String rol, String organisatie, String wijk) {
        var response = given().auth().oauth2(Tokens.of(user)).get("/api/v1/ik").then().statusCode(200)
                .body("gebruikersnaam", equalTo(user)).body("rol", equalTo(rol)).body("organisatie", equalTo(organisatie))
                .body("partnerSysteem", equalTo(false));
        response.body("wijk", equalTo(wijk));
    }

    @ParameterizedTest(name = "partner system {0} acts as {1}")
    @CsvSource({"partner-blijfgroep, zorgcoordinator, BLIJF_GROEP", "partner-om, om-zsm, OM"})
    void partner_systems_act_with_their_organisations_role(String client, String rol, String organisatie) {
        given().auth().oauth2(Tokens.partner(client)).get("/api/v1/ik").then().statusCode(200).body("rol", equalTo(rol))
                .body("organisatie", equalTo(organisatie)).body("partnerSysteem", equalTo(true));
    }

    @Test
    void a_request_without_token_gets_401_problem_json() {
        given().get("/api/v1/ik").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("title", equalTo("Niet geauthenticeerd"));
    }

    @Test
    void a_forged_token_gets_401_problem_json() {
        String forged = Tokens.of("om-zsm");
        forged = forged.substring(0, forged.lastIndexOf('.') + 1) + "AAAA";
        given().auth().oauth2(forged).get("/api/v1/ik").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void an_id_token_or_a_refresh_token_is_not_an_access_token_401() {
        io.restassured.path.json.JsonPath tokens = given().baseUri(nl.thvhub.testing.KeycloakResource.issuer())
                .formParam("grant_type", "password").formParam("client_id", "thv-hub-demo").formParam("username", "om-zsm")
                .formParam("password", "demo").formParam("scope", "openid").post("/protocol/openid-connect/token").then()
                .statusCode(200).extract().jsonPath();
        given().auth().oauth2(tokens.getString("id_token")).get("/api/v1/ik").then().statusCode(401);
        given().auth().oauth2(tokens.getString("refresh_token")).get("/api/v1/ik").then().statusCode(401);
        given().auth().oauth2(tokens.getString("access_token")).get("/api/v1/ik").then().statusCode(200);
    }

    @Test
    void a_role_without_rights_gets_403_problem_json() {
        given().auth().oauth2(Tokens.of("beleid")).get("/api/v1/huisverboden").then().statusCode(403)
                .contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void om_zsm_calls_a_protected_endpoint_with_200() {
        given().auth().oauth2(Tokens.of("om-zsm")).get("/api/v1/ik").then().statusCode(200).header("API-Version",
                equalTo("0.4.0"));
    }
}
