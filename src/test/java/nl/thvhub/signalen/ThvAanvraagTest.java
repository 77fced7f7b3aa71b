package nl.thvhub.signalen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/** THV requests from care: the request, the weegteam's decision, and the six-weekly evaluation window. */
@QuarkusTest
class ThvAanvraagTest {

    private static final String BASE = "/api/v1/thv-aanvragen";

    @Inject
    TestClock clock;

    private static Map<String, Object> aanvraag() {
        return Map.of("gemeente", "AMSTERDAM", "adres", Map.of("postcode", "1011AB", "huisnummer", "7"), "onderbouwing",
                "Escalerende dreiging zonder acuut incident; kinderen in huis");
    }

    private String request(String user) {
        return Api.as(user).post(BASE, aanvraag()).statusCode(201).extract().path("id");
    }

    private List<String> evaluatie() {
        return Api.as("gemeente").get(BASE + "/evaluatie").statusCode(200).extract().path("items.id");
    }

    @Test
    void a_request_not_imposed_is_in_the_evaluation_for_six_weeks() {
        String id = request("zorgcoordinator");
        Api.as("politie-thv")
                .post(BASE + "/" + id + "/beslissing",
                        Map.of("uitkomst", "NIET_OPGELEGD", "motivering", "Geen onmiddellijk gevaar; inzet wijkteam"))
                .statusCode(200).body("beslissing.uitkomst", equalTo("NIET_OPGELEGD"));
        assertThat(evaluatie()).contains(id);
        clock.advance(Duration.ofDays(41));
        assertThat(evaluatie()).contains(id);
        clock.advance(Duration.ofDays(2));
        assertThat(evaluatie()).doesNotContain(id);
    }

    @Test
    void an_imposed_request_links_to_its_case_and_is_not_evaluated() {
        String id = request("gezinsmanager");
        String zaak = Cases.imposed(Cases.valid(clock.instant().minusSeconds(600)));
        Api.as("gemeente").post(BASE + "/" + id + "/beslissing", Map.of("uitkomst", "OPGELEGD")).statusCode(400)
                .body("invalidParams.name", hasItem("huisverbodId"));
        Api.as("gemeente").post(BASE + "/" + id + "/beslissing", Map.of("uitkomst", "OPGELEGD", "huisverbodId", zaak))
                .statusCode(200).body("beslissing.huisverbodId", equalTo(zaak));
        Api.as("gemeente").post(BASE + "/" + id + "/beslissing", Map.of("uitkomst", "NIET_OPGELEGD", "motivering", "x"))
                .statusCode(409);
        assertThat(evaluatie()).doesNotContain(id);
    }

    @Test
    void not_imposing_needs_a_reasoning() {
        String id = request("veilig-thuis");
        Api.as("politie-thv").post(BASE + "/" + id + "/beslissing", Map.of("uitkomst", "NIET_OPGELEGD")).statusCode(400)
                .body("invalidParams.name", hasItem("motivering"));
        Api.as("politie-thv").get(BASE + "/" + id).statusCode(200).body("beslissing", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void requesters_see_their_own_organisation_and_the_weegteam_sees_all() {
        String blijf = request("zorgcoordinator");
        String jbra = request("gezinsmanager");
        List<String> own = Api.as("zorgcoordinator-2").get(BASE + "?limiet=100").statusCode(200).extract().path("items.id");
        assertThat(own).contains(blijf).doesNotContain(jbra);
        Api.as("gezinsmanager").get(BASE + "/" + blijf).statusCode(404);
        List<String> all = Api.as("politie-thv").get(BASE + "?status=OPEN&limiet=100").statusCode(200).extract()
                .path("items.id");
        assertThat(all).contains(blijf, jbra);
        Api.as("politie-thv").get(BASE + "?status=LOPEND").statusCode(400).body("invalidParams.name", hasItem("status"));
    }

    @Test
    void bad_input_names_the_field_and_stores_nothing() {
        Map<String, Object> body = new HashMap<>(aanvraag());
        body.put("gemeente", "HAARLEM");
        Api.as("zorgcoordinator").post(BASE, body).statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("gemeente"));
        body = new HashMap<>(aanvraag());
        body.put("adres", Map.of("postcode", "x", "huisnummer", "7"));
        Api.as("zorgcoordinator").post(BASE, body).statusCode(400).body("invalidParams.name", hasItem("adres.postcode"));
    }

    @Test
    void roles_outside_care_and_the_weegteam_get_403_and_no_token_401() {
        Api.as("politie-thv").post(BASE, aanvraag()).statusCode(403);
        Api.as("om-zsm").get(BASE).statusCode(403);
        Api.as("om-zsm").get(BASE + "/evaluatie").statusCode(403);
        Api.as("reclassering").get(BASE + "/evaluatie").statusCode(403);
        String id = request("zorgcoordinator");
        Api.as("zorgcoordinator").post(BASE + "/" + id + "/beslissing", Map.of("uitkomst", "NIET_OPGELEGD", "motivering",
                "x")).statusCode(403);
        RestAssured.given().get(BASE).then().statusCode(401);
        RestAssured.given().get(BASE + "/evaluatie").then().statusCode(401);
        assertThat(Instant.now()).isNotNull();
    }
}
