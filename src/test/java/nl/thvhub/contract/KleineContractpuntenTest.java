package nl.thvhub.contract;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;

/**
 * The smaller contract points a new integrator found (issue 38, item 3), each as the behaviour the documents promise.
 */
@QuarkusTest
class KleineContractpuntenTest {

    @Test
    void graphql_answers_carry_the_api_version_header_as_rest_does() {
        Api.as("om-zsm").graphql("{ __typename }", Map.of()).statusCode(200).header("API-Version", notNullValue());
        Api.as("om-zsm").get("/api/v1/ik").statusCode(200).header("API-Version", notNullValue());
    }

    @Test
    void a_graphql_refusal_says_what_is_wrong_in_its_message_not_system_error() {
        Api.as("beleid").graphql("{ prioriteitenlijst { volledig } }", Map.of()).statusCode(200)
                .body("errors[0].message", not(equalTo("System error")))
                .body("errors[0].extensions.problem.status", equalTo(403));
    }

    @Test
    void the_published_example_of_imposing_is_accepted_as_it_stands() {
        Map<String, Object> voorbeeld = given().get("/api/v1/openapi/voorbeelden/OpleggenInput").then().statusCode(200)
                .extract().as(Map.class);
        voorbeeld.put("opgelegdOp", Instant.now().minusSeconds(600).toString()); // the example's moment may be any past one
        Api.as("politie-thv").request().body(voorbeeld).post("/api/v1/huisverboden").then().log().ifValidationFails()
                .statusCode(201);
    }

    @Test
    void the_fg_lists_emergency_grants_without_the_optional_filter() {
        Api.as("fg").request().get("/api/v1/noodtoegang").then().log().ifValidationFails().statusCode(200);
        Api.as("fg").get("/api/v1/noodtoegang?onbeoordeeld=true").statusCode(200);
    }

    @Test
    void an_unknown_enum_value_in_a_body_names_the_allowed_values() {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600));
        body.put("geweld", Map.of("type", "ONBEKEND", "ernst", "ERNSTIG", "intiemeTerreur", "NEE"));
        Api.as("politie-thv").post("/api/v1/huisverboden", body).statusCode(400)
                .body("invalidParams[0].name", equalTo("geweld.type"))
                .body("invalidParams[0].reason", containsString("PARTNERGEWELD"));
    }

    @Test
    void method_not_allowed_and_unsupported_media_type_explain_themselves() {
        // the contract filter would refuse an undocumented method before the hub answers: sent without it
        Api.as("politie-thv").request().noFilters().delete("/api/v1/huisverboden").then().statusCode(405)
                .contentType("application/problem+json").body("detail", notNullValue());
        given().noFilters().auth().oauth2(nl.thvhub.testing.Tokens.of("politie-thv")).contentType(ContentType.TEXT).body("x")
                .post("/api/v1/huisverboden").then().statusCode(415).contentType("application/problem+json")
                .body("detail", notNullValue());
    }
}
