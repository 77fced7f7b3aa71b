package nl.thvhub.zorg;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
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
 * Issues 35.2 and 35.3 through the real API: closing with the gezinsmanager as receiver keeps the record writable for
 * the gezinsmanager until they end their track; an ICM track on a closed case keeps its owner writing, puts its review
 * date in the owner's work queue and ends with an outcome.
 */
@QuarkusTest
class NazorgTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    TestClock clock;

    private String id;
    private String ab;
    private String kind;

    private String vandaag() {
        return LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).toString();
    }

    /** A family with a child, coordinator and gezinsmanager assigned, closed with the given receiver. */
    private void gesloten(String ontvanger) {
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600), "AMSTERDAM", "centrum");
        Cases.persons(body).add(Cases.person("KIND", "Kind", "2018-05-05"));
        id = Cases.imposed(body);
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator")).statusCode(200);
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen",
                Map.of("rol", "GEZINSMANAGER", "gebruikersnaam", "gezinsmanager", "organisatie", "JBRA")).statusCode(200);
        ab = Api.as("zorgcoordinator").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'ACHTERBLIJVER' }.id");
        kind = Api.as("zorgcoordinator").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'KIND' }.id");
        clock.advance(Duration.ofDays(20));
        Cases.eindrapportAfgezien(id);
        Map<String, Object> afsluiting = new HashMap<>(Map.of("overdrachtAan", "Jeugdbescherming", "overdrachtDatum",
                vandaag(), "gezamenlijkGesprek", true, "beeindigingGrond", "ZORG_ELDERS_GEBORGD"));
        if (ontvanger != null) {
            afsluiting.put("overdrachtOrganisatie", ontvanger);
        }
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting).statusCode(200)
                .body("status", equalTo("AFGESLOTEN"));
    }

    private Map<String, Object> contact(String persoon) {
        return Map.of("betrokkeneId", persoon, "datum", vandaag(), "vorm", "HUISBEZOEK", "bereikt", true, "medewerking", "JA");
    }

    private Map<String, Object> gesprek(String persoon) {
        return Map.of("soort", "EVALUATIE", "datum", vandaag(), "deelnemers", Map.of("betrokkenen", List.of(persoon)),
                "verslag", "Gaat goed");
    }

    @Test
    void closing_with_the_gezinsmanager_as_receiver_keeps_the_record_writable_for_them_until_they_end_it() {
        gesloten("JBRA");
        String nazorgId = Api.as("gezinsmanager").get(BASE + id + "/nazorg").statusCode(200)
                .body("[0].soort", equalTo("GEZINSMANAGER")).body("[0].eigenaar", equalTo("gezinsmanager"))
                .body("[0].einde", nullValue()).extract().path("[0].id");
        Api.as("gezinsmanager").post(BASE + id + "/contactmomenten", contact(kind)).statusCode(201);
        Api.as("gezinsmanager").post(BASE + id + "/gesprekken", gesprek(kind)).statusCode(201);
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", contact(ab)).statusCode(409);
        Api.as("zorgcoordinator").post(BASE + id + "/nazorg/" + nazorgId + "/einde",
                Map.of("einde", vandaag(), "uitkomst", "DOEL_BEREIKT")).statusCode(403);
        Api.as("gezinsmanager").post(BASE + id + "/nazorg/" + nazorgId + "/einde",
                Map.of("einde", vandaag(), "uitkomst", "DOEL_BEREIKT", "toelichting", "Gezin stabiel")).statusCode(200)
                .body("uitkomst", equalTo("DOEL_BEREIKT"));
        Api.as("gezinsmanager").post(BASE + id + "/contactmomenten", contact(kind)).statusCode(409);
        Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200).body("soort", hasItem("NAZORG_BEEINDIGD"));
    }

    @Test
    void closing_with_another_receiver_starts_no_track_and_the_record_stays_closed() {
        gesloten(null);
        Api.as("gezinsmanager").get(BASE + id + "/nazorg").statusCode(200).body("", org.hamcrest.Matchers.hasSize(0));
        Api.as("gezinsmanager").post(BASE + id + "/contactmomenten", contact(kind)).statusCode(409);
    }

    @Test
    void icm_on_a_closed_case_keeps_its_owner_writing_puts_its_review_in_the_work_queue_and_ends_with_an_outcome() {
        gesloten(null);
        LocalDate dag = LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE);
        String nazorgId = Api.as("zorgcoordinator").post(BASE + id + "/nazorg/icm", Map.of("start", dag.toString(),
                "evaluatieOp", dag.plusDays(30).toString())).statusCode(201).body("soort", equalTo("ICM"))
                .body("eigenaar", equalTo("zorgcoordinator")).extract().path("id");
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken", gesprek(ab)).statusCode(201);
        Api.as("zorgcoordinator").post(BASE + id + "/nazorg/icm", Map.of("start", dag.toString(), "evaluatieOp",
                dag.plusDays(30).toString())).statusCode(409);

        List<String> nu = Api.as("zorgcoordinator").get("/api/v1/taken?huisverbodId=" + id).statusCode(200).extract()
                .path("items.soort");
        org.assertj.core.api.Assertions.assertThat(nu).doesNotContain("ICM_EVALUEREN");
        clock.advance(Duration.ofDays(20));
        Api.as("zorgcoordinator").get("/api/v1/taken?huisverbodId=" + id).statusCode(200)
                .body("items.soort", hasItem("ICM_EVALUEREN"));

        Api.as("gezinsmanager").post(BASE + id + "/nazorg/" + nazorgId + "/evaluatie",
                Map.of("volgendeEvaluatieOp", dag.plusDays(120).toString(), "toelichting", "x")).statusCode(403);
        Api.as("zorgcoordinator").post(BASE + id + "/nazorg/" + nazorgId + "/evaluatie",
                Map.of("volgendeEvaluatieOp", dag.plusDays(120).toString(), "toelichting", "Schuldhulp loopt"))
                .statusCode(200).body("evaluatieOp", equalTo(dag.plusDays(120).toString()))
                // what the review found is kept, beside the date it set
                .body("evaluaties[0].toelichting", equalTo("Schuldhulp loopt"))
                .body("evaluaties[0].volgendeEvaluatieOp", equalTo(dag.plusDays(120).toString()));
        Api.as("zorgcoordinator").get("/api/v1/taken?huisverbodId=" + id).statusCode(200)
                .body("items.soort", not(hasItem("ICM_EVALUEREN")));
        Api.as("zorgcoordinator").post(BASE + id + "/nazorg/" + nazorgId + "/einde",
                Map.of("einde", vandaag(), "uitkomst", "OVERGEDRAGEN", "toelichting", "Naar het wijkteam")).statusCode(200);
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken", gesprek(ab)).statusCode(409);
    }

    @Test
    void icm_starts_only_on_a_closed_case_by_its_coordinator_or_gezinsmanager_and_bad_dates_are_400() {
        String open = Cases.imposedWithCoordinator(clock.instant().minusSeconds(600));
        LocalDate dag = LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE);
        Api.as("zorgcoordinator").post(BASE + open + "/nazorg/icm", Map.of("start", dag.toString(), "evaluatieOp",
                dag.plusDays(30).toString())).statusCode(409);
        gesloten(null);
        Api.as("zorgcoordinator").post(BASE + id + "/nazorg/icm", Map.of("start", dag.toString(), "evaluatieOp",
                dag.toString())).statusCode(400).body("invalidParams[0].name", equalTo("evaluatieOp"));
        Api.as("veilig-thuis").post(BASE + id + "/nazorg/icm", Map.of("start", vandaag(), "evaluatieOp",
                LocalDate.parse(vandaag()).plusDays(30).toString())).statusCode(403);
        Api.as("politie-thv").get(BASE + id + "/nazorg").statusCode(403);
        RestAssured.given().get(BASE + id + "/nazorg").then().statusCode(401);
    }
}
