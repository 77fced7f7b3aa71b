package nl.thvhub.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;

/**
 * The FG's verdict on a break-the-glass read is coded (TERECHT or ONTERECHT) beside its reasons (issue 30, step 2):
 * both are required, a wrong code is named, nothing is stored until both are right, and the verdict is given once.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NoodtoegangOordeelTest {

    /**
     * One real break-the-glass read for the whole class (each user has a daily cap, which other tests use too): the
     * refusals leave it unreviewed, the last test judges it.
     */
    private static String grant;

    @BeforeEach
    void eenNoodtoegang() {
        if (grant != null) {
            return;
        }
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Api.as("ggz").request().header("Noodtoegang", "Melding acute dreiging, behandelaar niet bereikbaar")
                .get("/api/v1/huisverboden/" + id).then().statusCode(200);
        grant = Api.as("fg").get("/api/v1/noodtoegang?onbeoordeeld=true").statusCode(200).extract()
                .path("find { it.huisverbodId == '" + id + "' }.id");
    }

    private String pad() {
        return "/api/v1/noodtoegang/" + grant + "/beoordeling";
    }

    @Test
    void a_verdict_without_its_code_is_refused_naming_the_field_and_nothing_is_stored() {
        Api.as("fg").post(pad(), Map.of("oordeel", "Terecht denk ik")).statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("uitkomst"));
        assertThat(Api.as("fg").get("/api/v1/noodtoegang?onbeoordeeld=true").extract().<java.util.List<String>>path("id"))
                .contains(grant);
    }

    @Test
    void an_unknown_code_is_refused_naming_the_field() {
        Api.as("fg").post(pad(), Map.of("uitkomst", "MISSCHIEN", "oordeel", "Twijfel")).statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("uitkomst"));
    }

    @Test
    void a_verdict_without_reasons_is_refused_naming_the_field() {
        Api.as("fg").post(pad(), Map.of("uitkomst", "TERECHT", "oordeel", " ")).statusCode(400)
                .body("invalidParams.name", hasItem("oordeel"));
    }

    @Test
    void only_the_fg_judges_and_only_with_a_token() {
        Api.as("zorgcoordinator").post(pad(), Map.of("uitkomst", "TERECHT", "oordeel", "Zelf goedgekeurd")).statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("uitkomst", "TERECHT", "oordeel", "x")).post(pad()).then()
                .statusCode(401);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void a_verdict_is_stored_with_its_code_listed_as_reviewed_and_given_once() {
        Api.as("fg").post(pad(), Map.of("uitkomst", "ONTERECHT", "oordeel", "Geen acute dreiging; besproken met de medewerker"))
                .statusCode(200).body("uitkomst", equalTo("ONTERECHT")).body("beoordeeldDoor", equalTo("fg"));
        Api.as("fg").get("/api/v1/noodtoegang").statusCode(200)
                .body("find { it.id == '" + grant + "' }.uitkomst", equalTo("ONTERECHT"));
        Api.as("fg").post(pad(), Map.of("uitkomst", "TERECHT", "oordeel", "Toch wel")).statusCode(404);
    }
}
