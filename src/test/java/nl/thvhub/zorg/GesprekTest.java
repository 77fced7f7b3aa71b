package nl.thvhub.zorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;

/**
 * Issue 35.5, conversation records through the real API: the coordinator and the gezinsmanager write and read each
 * other's; a record is about every person who took part, so a reader sees it only with each one's help data (OM with
 * consent of one person sees the record about that person only); the police, the gemeente and strangers see none.
 */
@QuarkusTest
class GesprekTest {

    private static final String BASE = "/api/v1/huisverboden/";

    private String id;
    private String uhg;
    private String ab;
    private String kind;

    private void gezin() {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600), "AMSTERDAM", "centrum");
        Cases.persons(body).add(Cases.person("KIND", "Kind", "2018-05-05"));
        id = Cases.imposed(body);
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator")).statusCode(200);
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen",
                Map.of("rol", "GEZINSMANAGER", "gebruikersnaam", "gezinsmanager", "organisatie", "JBRA")).statusCode(200);
        uhg = persoon("UITHUISGEPLAATSTE");
        ab = persoon("ACHTERBLIJVER");
        kind = persoon("KIND");
    }

    private String persoon(String rol) {
        return Api.as("zorgcoordinator").get(BASE + id).extract().path("betrokkenen.find { it.rol == '" + rol + "' }.id");
    }

    private static String vandaag() {
        return LocalDate.now(Huisverbod.TIJDZONE).toString();
    }

    private static Map<String, Object> gesprek(String soort, List<String> personen, List<String> organisaties) {
        return Map.of("soort", soort, "datum", vandaag(), "deelnemers",
                Map.of("betrokkenen", personen, "organisaties", organisaties), "verslag", "Afspraken over contact en school");
    }

    @Test
    void the_coordinator_and_the_gezinsmanager_write_and_read_each_others_records() {
        gezin();
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken",
                gesprek("SYSTEEMGESPREK", List.of(ab, kind), List.of("BLIJF_GROEP", "JBRA"))).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith(BASE + id + "/gesprekken"))
                .body("deelnemers.organisaties", equalTo(List.of("BLIJF_GROEP",
                        "JBRA")));
        Api.as("gezinsmanager").post(BASE + id + "/gesprekken", gesprek("INTAKE", List.of(kind), List.of("JBRA")))
                .statusCode(201);
        Api.as("gezinsmanager").get(BASE + id + "/gesprekken").statusCode(200).body("", hasSize(2))
                .body("soort", hasItem("SYSTEEMGESPREK"));
        Api.as("zorgcoordinator").get(BASE + id + "/gesprekken").statusCode(200).body("", hasSize(2))
                .body("vastgelegdDoor", hasItem("gezinsmanager"));
        Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200).body("soort", hasItem("GESPREK_VASTGELEGD"));
    }

    @Test
    void a_reader_sees_a_record_only_with_the_help_data_of_every_person_who_took_part() {
        gezin();
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken", gesprek("MDO", List.of(uhg, ab), List.of("BLIJF_GROEP")))
                .statusCode(201);
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken", gesprek("EVALUATIE", List.of(ab), List.of("BLIJF_GROEP")))
                .statusCode(201);
        Api.as("om-zsm").get(BASE + id + "/gesprekken").statusCode(403).contentType("application/problem+json");
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", Map.of("betrokkeneId", ab, "categorie", "HULPVERLENING",
                "ontvanger", "OM", "doel", "zsm-beoordeling", "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-3505",
                "geldigTot", Instant.now().plus(Duration.ofDays(1)).toString())).statusCode(201);
        List<String> soorten = Api.as("om-zsm").get(BASE + id + "/gesprekken").statusCode(200).extract().path("soort");
        assertThat(soorten).containsExactly("EVALUATIE");
        Api.as("veilig-thuis").get(BASE + id + "/gesprekken").statusCode(200).body("", hasSize(2));
    }

    @Test
    void the_police_and_the_gemeente_read_no_record_and_a_stranger_does_not_learn_the_case_exists() {
        gezin();
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken", gesprek("INTAKE", List.of(ab), List.of("BLIJF_GROEP")))
                .statusCode(201);
        Api.as("politie-thv").get(BASE + id + "/gesprekken").statusCode(403);
        Api.as("gemeente").get(BASE + id + "/gesprekken").statusCode(403);
        Api.as("zorgcoordinator-2").get(BASE + id + "/gesprekken").statusCode(404);
        List<String> politie = Api.as("politie-thv").get(BASE + id + "/geschiedenis").statusCode(200).extract().path("soort");
        assertThat(politie).doesNotContain("GESPREK_VASTGELEGD");
        RestAssured.given().get(BASE + id + "/gesprekken").then().statusCode(401);
    }

    @Test
    void only_the_coordinator_and_the_gezinsmanager_write_and_bad_input_names_the_field() {
        gezin();
        Api.as("veilig-thuis").post(BASE + id + "/gesprekken", gesprek("INTAKE", List.of(ab), List.of())).statusCode(403);
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken", gesprek("INTAKE", List.of(), List.of())).statusCode(400)
                .body("invalidParams[0].name", equalTo("deelnemers"));
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken",
                gesprek("INTAKE", List.of(java.util.UUID.randomUUID().toString()), List.of())).statusCode(400)
                .body("invalidParams[0].name", equalTo("deelnemers.betrokkenen[0]"));
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken", Map.of("soort", "INTAKE", "datum",
                LocalDate.now(Huisverbod.TIJDZONE).plusDays(1).toString(), "deelnemers", Map.of("betrokkenen", List.of(ab)),
                "verslag", "x")).statusCode(400).body("invalidParams[0].name", equalTo("datum"));
        Api.as("zorgcoordinator").post(BASE + id + "/gesprekken", Map.of("soort", "KOFFIE", "datum", vandaag(),
                "deelnemers", Map.of("betrokkenen", List.of(ab)), "verslag", "x")).statusCode(400)
                .contentType("application/problem+json");
        RestAssured.given().contentType("application/json").body(gesprek("INTAKE", List.of(ab), List.of()))
                .post(BASE + id + "/gesprekken").then().statusCode(401);
    }

    @Test
    void graphql_records_and_reads_conversations_as_rest_does() {
        gezin();
        Api.as("gezinsmanager").graphql("mutation($id: ID!, $g: GesprekInput!) { gesprekVastleggen(huisverbodId: $id,"
                + " gesprek: $g) { soort deelnemers { betrokkenen } } }",
                Map.of("id", id, "g",
                        gesprek("SYSTEEMGESPREK", List.of(kind), List.of("JBRA"))))
                .statusCode(200).body("errors", nullValue())
                .body("data.gesprekVastleggen.soort", equalTo("SYSTEEMGESPREK"));
        Api.as("zorgcoordinator").graphql("query($id: ID!) { gesprekken(huisverbodId: $id) { soort vastgelegdDoor } }",
                Map.of("id", id)).statusCode(200).body("data.gesprekken[0].vastgelegdDoor", equalTo("gezinsmanager"));
    }
}
