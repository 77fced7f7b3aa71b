package nl.thvhub.opvolging;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/**
 * Issue 35.1, monitoring that fits the family, through the real API: monitoring extended with a coded reason and
 * bounded at twelve months after the THV; ending or closing before the planned end only with a coded ground; closing
 * only when every adult has a started referral or a reason why none.
 */
@QuarkusTest
class MonitoringOpMaatTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    TestClock clock;

    private String id;
    private String uhg;
    private String ab;

    private void inMonitoring() {
        id = Cases.imposedWithCoordinator(clock.instant().minusSeconds(600));
        uhg = Api.as("zorgcoordinator").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        ab = Api.as("zorgcoordinator").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'ACHTERBLIJVER' }.id");
        clock.advance(Duration.ofDays(20));
    }

    private LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE);
    }

    private LocalDate eindeThv() {
        String eind = Api.as("zorgcoordinator").get(BASE + id).extract().path("eindmoment");
        return LocalDate.ofInstant(java.time.Instant.parse(eind), Huisverbod.TIJDZONE);
    }

    private static Map<String, Object> verlenging(LocalDate tot) {
        return Map.of("tot", tot.toString(), "reden", "VERSLAVING", "toelichting", "Traject Jellinek loopt pas net");
    }

    private Map<String, Object> afsluiting(String grond) {
        Map<String, Object> body = new HashMap<>(Map.of("overdrachtAan", "Wijkteam Centrum", "overdrachtDatum",
                vandaag().toString(), "gezamenlijkGesprek", true));
        if (grond != null) {
            body.put("beeindigingGrond", grond);
        }
        return body;
    }

    private void rapport(List<Map<String, Object>> zonderVerwijzing) {
        Api.as("zorgcoordinator").put(BASE + id + "/monitoring/eindrapport", Map.of("dreigingAfgenomen", "JA",
                "verwijzingGeslaagd", List.of(), "relatieBeeindigd", "JA", "recidiveBekend", "NEE", "gescheidenWonen", "JA",
                "zonderVerwijzing", zonderVerwijzing)).statusCode(200);
    }

    @Test
    void the_coordinator_extends_monitoring_with_a_coded_reason_and_the_case_stays_in_monitoring_past_its_planned_end() {
        inMonitoring();
        LocalDate tot = eindeThv().plusMonths(9);
        Api.as("zorgcoordinator").post(BASE + id + "/monitoring/verlenging", verlenging(tot)).statusCode(200)
                .header("ETag", not(nullValue())).body("status", equalTo("MONITORING"))
                .body("monitoring.verlenging.reden", equalTo("VERSLAVING"))
                .body("monitoring.verlenging.toelichting", equalTo("Traject Jellinek loopt pas net"))
                .body("monitoringEinde", equalTo(tot.plusDays(1).atStartOfDay(Huisverbod.TIJDZONE).toInstant().toString()));
        clock.advance(Duration.ofDays(120));
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("status", equalTo("MONITORING"));
        Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("soort", hasItem("MONITORING_VERLENGD"));
    }

    @Test
    void an_extension_beyond_twelve_months_after_the_thv_or_not_after_the_current_end_is_400_naming_tot() {
        inMonitoring();
        ZonedDateTime uiterlijk = ZonedDateTime.ofInstant(
                java.time.Instant.parse(Api.as("zorgcoordinator").get(BASE + id).extract().path("eindmoment")),
                Huisverbod.TIJDZONE).plusMonths(12);
        Api.as("zorgcoordinator").post(BASE + id + "/monitoring/verlenging", verlenging(uiterlijk.toLocalDate().plusDays(1)))
                .statusCode(400).contentType("application/problem+json").body("invalidParams[0].name", equalTo("tot"))
                .body("invalidParams[0].reason", containsString("12 maanden"));
        Api.as("zorgcoordinator").post(BASE + id + "/monitoring/verlenging", verlenging(vandaag()))
                .statusCode(400).body("invalidParams[0].name", equalTo("tot"));
        Api.as("zorgcoordinator").post(BASE + id + "/monitoring/verlenging",
                Map.of("tot", uiterlijk.toLocalDate().toString(), "toelichting", "x")).statusCode(400)
                .body("invalidParams.name", hasItem("reden"));
        Api.as("zorgcoordinator").post(BASE + id + "/monitoring/verlenging", verlenging(uiterlijk.toLocalDate()))
                .statusCode(200).body("monitoringEinde", equalTo(uiterlijk.toInstant().toString()));
    }

    @Test
    void monitoring_is_extended_only_while_it_runs_only_by_the_coordinator_of_the_case_and_never_without_a_token() {
        String lopend = Cases.imposedWithCoordinator(clock.instant().minusSeconds(600));
        Api.as("zorgcoordinator").post(BASE + lopend + "/monitoring/verlenging", verlenging(vandaag().plusMonths(6)))
                .statusCode(409).body("huidigeStatus", equalTo("OPGELEGD"));
        inMonitoring();
        Api.as("veilig-thuis").post(BASE + id + "/monitoring/verlenging", verlenging(vandaag().plusMonths(6)))
                .statusCode(403);
        RestAssured.given().contentType("application/json").body(verlenging(vandaag().plusMonths(6)))
                .post(BASE + id + "/monitoring/verlenging").then().statusCode(401);
    }

    @Test
    void graphql_extends_monitoring_as_rest_does() {
        inMonitoring();
        Api.as("zorgcoordinator").graphql("mutation($id: ID!, $o: MonitoringVerlengingInput!) { monitoringVerlengen(id: $id,"
                + " opdracht: $o) { status monitoring { verlenging { reden } } } }",
                Map.of("id", id, "o", Map.of("tot", eindeThv().plusMonths(6).toString(), "reden", "SCHULDEN", "toelichting",
                        "Schuldhulp start over een maand")))
                .statusCode(200).body("errors", nullValue())
                .body("data.monitoringVerlengen.monitoring.verlenging.reden", equalTo("SCHULDEN"));
    }

    @Test
    void ending_monitoring_early_needs_its_coded_ground() {
        inMonitoring();
        Api.as("zorgcoordinator").post(BASE + id + "/beeindiging", Map.of("reden", "Hulp loopt")).statusCode(400)
                .body("invalidParams.name", hasItem("grond"));
        Api.as("zorgcoordinator").post(BASE + id + "/beeindiging", Map.of("reden", "Hulp loopt", "grond", "DOEL_BEREIKT"))
                .statusCode(200).body("status", equalTo("BEEINDIGD"))
                .body("monitoring.beeindiging.grond", equalTo("DOEL_BEREIKT"));
    }

    @Test
    void closing_before_the_planned_end_of_monitoring_without_a_coded_ground_is_400_and_changes_nothing() {
        inMonitoring();
        rapport(List.of(Map.of("betrokkeneId", uhg, "reden", "WEIGERT"), Map.of("betrokkeneId", ab, "reden", "NIET_NODIG")));
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting(null)).statusCode(400)
                .body("invalidParams[0].name", equalTo("beeindigingGrond"));
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("status", equalTo("MONITORING"));
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting("ZORG_ELDERS_GEBORGD")).statusCode(200)
                .body("status", equalTo("AFGESLOTEN"))
                .body("monitoring.beeindiging.grond", equalTo("ZORG_ELDERS_GEBORGD"));
    }

    @Test
    void closing_after_monitoring_ended_needs_no_ground_and_refuses_one() {
        inMonitoring();
        Api.as("zorgcoordinator").post(BASE + id + "/beeindiging", Map.of("reden", "Hulp loopt", "grond", "DOEL_BEREIKT"))
                .statusCode(200);
        rapport(List.of(Map.of("betrokkeneId", uhg, "reden", "WEIGERT"), Map.of("betrokkeneId", ab, "reden", "NIET_NODIG")));
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting("DOEL_BEREIKT")).statusCode(400)
                .body("invalidParams[0].name", equalTo("beeindigingGrond"));
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting(null)).statusCode(200)
                .body("status", equalTo("AFGESLOTEN"));
    }

    @Test
    void closing_is_409_naming_each_adult_without_a_started_referral_or_a_reason_why_none() {
        inMonitoring();
        rapport(List.of(Map.of("betrokkeneId", uhg, "reden", "WEIGERT")));
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting("DOEL_BEREIKT")).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString(ab))
                .body("detail", not(containsString(uhg))).body("huidigeStatus", equalTo("MONITORING"));

        String vid = Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", ab, "naar",
                "Blijf Groep ambulant", "code", "BLIJF_GROEP", "aangemeldOp", vandaag().minusDays(3).toString()))
                .statusCode(201)
                .extract().path("id");
        Api.as("zorgcoordinator").request().header("If-Match", "\"1\"")
                .body(Map.of("status", "GESTART", "datum", vandaag().toString()))
                .post(BASE + id + "/verwijzingen/" + vid + "/status").then().statusCode(200);
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting("DOEL_BEREIKT")).statusCode(200)
                .body("status", equalTo("AFGESLOTEN"));
    }

    @Test
    void the_reasons_why_persons_were_not_referred_and_living_apart_are_read_back_from_the_report() {
        inMonitoring();
        rapport(List.of(Map.of("betrokkeneId", uhg, "reden", "WEIGERT")));
        Api.as("zorgcoordinator").get(BASE + id + "/monitoring/eindrapport").statusCode(200)
                .body("gescheidenWonen", equalTo("JA")).body("zonderVerwijzing[0].betrokkeneId", equalTo(uhg))
                .body("zonderVerwijzing[0].reden", equalTo("WEIGERT"));
        Api.as("zorgcoordinator").put(BASE + id + "/monitoring/eindrapport", Map.of("dreigingAfgenomen", "JA",
                "verwijzingGeslaagd", List.of(), "relatieBeeindigd", "JA", "recidiveBekend", "NEE", "zonderVerwijzing",
                List.of(Map.of("betrokkeneId", uhg, "reden", "WEIGERT"), Map.of("betrokkeneId", uhg, "reden", "NIET_NODIG"))))
                .statusCode(400).body("invalidParams[0].name", equalTo("zonderVerwijzing"));
    }
}
