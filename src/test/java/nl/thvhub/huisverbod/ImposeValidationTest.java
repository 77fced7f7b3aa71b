package nl.thvhub.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/** Bad input on imposing: 400 problem+json naming each field, and nothing stored. */
@QuarkusTest
class ImposeValidationTest {

    private static ValidatableResponse rejected(Consumer<Map<String, Object>> change, String field) {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600));
        change.accept(body);
        long before = Db.count("huisverbod");
        ValidatableResponse r = Api.as("politie-thv").post("/api/v1/huisverboden", body).statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400)).body("invalidParams.name", hasItem(field));
        assertThat(Db.count("huisverbod")).as("nothing stored").isEqualTo(before);
        return r;
    }

    @Test
    void an_unknown_gemeente_is_rejected() {
        rejected(b -> b.put("gemeente", "UTRECHT"), "gemeente");
    }

    @Test
    void a_minor_as_uhg_is_rejected() {
        rejected(b -> Cases.persons(b).get(0).put("geboortedatum", "2012-01-01"), "betrokkenen[0].geboortedatum");
    }

    @Test
    void a_case_without_achterblijver_is_rejected() {
        rejected(b -> Cases.persons(b).get(1).put("rol", "KIND"), "betrokkenen");
    }

    @Test
    void two_uhgs_are_rejected() {
        rejected(b -> Cases.persons(b).add(Cases.person("UITHUISGEPLAATSTE", "Tweede Pleger", "1970-01-01")), "betrokkenen");
    }

    @Test
    void a_future_opgelegd_op_is_rejected() {
        rejected(b -> b.put("opgelegdOp", Instant.now().plusSeconds(3600).toString()), "opgelegdOp");
    }

    @Test
    void a_malformed_date_is_rejected() {
        rejected(b -> Cases.persons(b).get(1).put("geboortedatum", "31-02-1980"), "betrokkenen[1].geboortedatum");
    }

    @Test
    void an_unknown_field_is_rejected() {
        rejected(b -> b.put("diagnose", "depressie"), "diagnose");
    }

    @Test
    void an_over_long_text_is_rejected() {
        rejected(b -> Cases.persons(b).get(1).put("naam", "x".repeat(201)), "betrokkenen[1].naam");
    }

    @Test
    void an_unconfirmed_legal_criterion_is_rejected() {
        rejected(
                b -> b.put("criteria",
                        Map.of("ernstigEnOnmiddellijkGevaar", true, "plegerMeerderjarig", true, "vakerDanIncidenteelAanwezig",
                                false)),
                "criteria.vakerDanIncidenteelAanwezig");
    }

    @Test
    void a_malformed_postcode_is_rejected() {
        rejected(b -> b.put("adres", Map.of("straat", "X", "huisnummer", "1", "postcode", "1011 ab", "plaats", "Amsterdam")),
                "adres.postcode");
    }

    @Test
    void every_invalid_field_is_named_once() {
        rejected(b -> {
            b.put("wijk", "Centrum!");
            Cases.persons(b).get(0).put("naam", "");
        }, "wijk").body("invalidParams.name", hasItem("betrokkenen[0].naam"));
    }

    @Test
    void only_politie_thv_imposes() {
        Api.as("gemeente").post("/api/v1/huisverboden", Cases.valid(Instant.now().minusSeconds(600))).statusCode(403)
                .contentType("application/problem+json");
        io.restassured.RestAssured.given().contentType("application/json").body(Cases.valid(Instant.now().minusSeconds(600)))
                .post("/api/v1/huisverboden").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void malformed_json_is_rejected_without_a_stack_trace() {
        Api.as("politie-thv").request().body("{\"gemeente\": ").post("/api/v1/huisverboden").then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("body"));
    }
}
