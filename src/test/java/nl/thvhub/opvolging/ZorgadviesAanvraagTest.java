package nl.thvhub.opvolging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.Verzonden;

/**
 * ZSM asks care for input (issue 34.2, recommendation 3b): the request reaches the case's coordinator as a task due
 * at the end of its day and as an event; the care advice answers it, which clears the task and tells ZSM, also for a
 * case without a criminal track; a case without a coordinator routes it to the coordinating organisation's queue.
 */
@QuarkusTest
class ZorgadviesAanvraagTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final LocalDate VANDAAG = LocalDate.now(Huisverbod.TIJDZONE);

    @Inject
    Dispatcher dispatcher;

    private static String zonderTraject() {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(3600));
        body.put("strafrechtelijkTraject", false);
        return Cases.imposed(body);
    }

    private static List<Map<String, Object>> taken(String user, String id) {
        return Api.as(user).get("/api/v1/taken?huisverbodId=" + id).statusCode(200).extract().path("items");
    }

    private static List<String> inbox(String user, String id, String type) {
        List<Map<String, Object>> items = Api.as(user).get("/api/v1/notificaties?limiet=100&type=" + type).statusCode(200)
                .extract().path("items");
        return items.stream().filter(n -> id.equals(n.get("huisverbodId"))).map(n -> (String) n.get("type")).toList();
    }

    @Test
    void a_zsm_request_reaches_the_coordinator_and_the_advice_answers_it() {
        String id = zonderTraject();
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator")).statusCode(200);
        Api.as("om-zsm").post(BASE + id + "/zorginbreng/aanvraag", Map.of("termijn", VANDAAG.plusDays(1).toString(),
                "vraag", "Herhaald huisverbod zonder aangifte: ziet u risico?")).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/zorginbreng"))
                .body("termijn", equalTo(VANDAAG.plusDays(1).toString())).body("gevraagdDoor", equalTo("om-zsm"))
                .body("beantwoordOp", nullValue());
        Verzonden.alles(dispatcher);
        assertThat(inbox("zorgcoordinator", id, "zorginbreng.gevraagd")).containsExactly("zorginbreng.gevraagd");
        Map<String, Object> taak = taken("zorgcoordinator", id).stream()
                .filter(t -> "ZORGINBRENG_GEVEN".equals(t.get("soort"))).findFirst().orElseThrow();
        assertThat(Instant.parse((String) taak.get("vervaltOp")))
                .isEqualTo(VANDAAG.plusDays(2).atStartOfDay(Huisverbod.TIJDZONE).toInstant());
        Api.as("zorgcoordinator").get(BASE + id + "/zorginbreng").statusCode(200)
                .body("openAanvraag.vraag", equalTo("Herhaald huisverbod zonder aangifte: ziet u risico?"));
        Api.as("zorgcoordinator").put(BASE + id + "/zorginbreng", Map.of("risico", "HOOG", "hulpverleningLoopt", false,
                "adviesVoorwaarden", List.of("CONTACTVERBOD"))).statusCode(200).body("openAanvraag", nullValue());
        assertThat(taken("zorgcoordinator", id)).extracting(t -> t.get("soort")).doesNotContain("ZORGINBRENG_GEVEN");
        assertThat(Db.count("zorgadviesaanvraag where huisverbod_id = '" + id + "' and beantwoord_door = 'zorgcoordinator'"))
                .isEqualTo(1);
        Verzonden.alles(dispatcher);
        // answered: ZSM hears of the advice although the case has no criminal track
        assertThat(inbox("om-zsm", id, "zorgadvies.ontvangen")).containsExactly("zorgadvies.ontvangen");
        Api.as("om-zsm").get(BASE + id + "/geschiedenis").statusCode(200).body("soort", hasItem("ZORGINBRENG_GEVRAAGD"));
        // a new request may follow
        Api.as("om-zsm").post(BASE + id + "/zorginbreng/aanvraag", Map.of("termijn", VANDAAG.toString())).statusCode(201);
    }

    @Test
    void without_a_coordinator_the_request_goes_to_the_coordinating_organisations_queue() {
        String id = zonderTraject();
        Api.as("om-zsm").graphql("mutation($id: ID!) { zorginbrengAanvragen(huisverbodId: $id, aanvraag: {termijn: \""
                + VANDAAG.plusDays(2) + "\"}) { termijn gevraagdDoor } }", Map.of("id", id)).statusCode(200)
                .body("errors", nullValue()).body("data.zorginbrengAanvragen.gevraagdDoor", equalTo("om-zsm"));
        Verzonden.alles(dispatcher);
        assertThat(Db.count("notificatie where huisverbod_id = '" + id + "' and type = 'zorginbreng.gevraagd'"
                + " and ontvanger_organisatie = 'BLIJF_GROEP' and ontvanger_gebruiker is null")).isEqualTo(1);
        // the task is the coordinating organisation's, held by nobody in particular until a coordinator is assigned
        List<Map<String, Object>> taken = Api.as("veilig-thuis").get(BASE + id).statusCode(200).extract().path("taken");
        assertThat(taken).filteredOn(t -> "ZORGINBRENG_GEVEN".equals(t.get("soort")))
                .extracting(t -> t.get("toegewezenAan")).containsExactly((Object) null);
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator")).statusCode(200);
        assertThat(taken("zorgcoordinator", id)).extracting(t -> t.get("soort")).contains("ZORGINBRENG_GEVEN");
        Api.as("om-zsm").get(BASE + id + "/zorginbreng").statusCode(200).body("openAanvraag", notNullValue());
    }

    @Test
    void only_zsm_asks_one_at_a_time_on_a_running_case_and_bad_input_names_the_field() {
        String id = zonderTraject();
        String pad = BASE + id + "/zorginbreng/aanvraag";
        RestAssured.given().contentType("application/json").body(Map.of("termijn", VANDAAG.toString())).post(pad).then()
                .statusCode(401);
        Api.as("zorgcoordinator").post(pad, Map.of("termijn", VANDAAG.toString())).statusCode(403);
        Api.as("politie-thv").post(pad, Map.of("termijn", VANDAAG.toString())).statusCode(403)
                .contentType("application/problem+json");
        Api.as("om-zsm").post(pad, Map.of()).statusCode(400).body("invalidParams[0].name", equalTo("termijn"));
        Api.as("om-zsm").post(pad, Map.of("termijn", VANDAAG.minusDays(1).toString())).statusCode(400)
                .body("invalidParams[0].name", equalTo("termijn"));
        Api.as("om-zsm").post(pad, Map.of("termijn", VANDAAG.toString(), "vraag", "x".repeat(1001))).statusCode(400)
                .body("invalidParams[0].name", equalTo("vraag"));
        assertThat(Db.count("zorgadviesaanvraag where huisverbod_id = '" + id + "'")).isZero();
        Api.as("om-zsm").post(pad, Map.of("termijn", VANDAAG.toString())).statusCode(201);
        Api.as("om-zsm").post(pad, Map.of("termijn", VANDAAG.toString())).statusCode(409)
                .contentType("application/problem+json");
        Api.as("om-zsm").post(BASE + java.util.UUID.randomUUID() + "/zorginbreng/aanvraag",
                Map.of("termijn", VANDAAG.toString())).statusCode(404);
        Db.execute("update huisverbod set ingetrokken_op = now() where id = '" + id + "'");
        String ander = zonderTraject();
        Db.execute("update huisverbod set ingetrokken_op = now() where id = '" + ander + "'");
        Api.as("om-zsm").post(BASE + ander + "/zorginbreng/aanvraag", Map.of("termijn", VANDAAG.toString()))
                .statusCode(409);
    }

    @Test
    void the_old_name_answers_as_the_new_one_for_one_release_and_is_marked_deprecated() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("zorgcoordinator").put(BASE + id + "/zorgadvies", Map.of("risico", "LAAG", "hulpverleningLoopt", true,
                "adviesVoorwaarden", List.of())).statusCode(200).header("ETag", "\"1\"");
        Api.as("om-zsm").get(BASE + id + "/zorginbreng").statusCode(200).body("risico", equalTo("LAAG"));
        Api.as("om-zsm").graphql("query($id: ID!) { a: zorginbreng(huisverbodId: $id) { risico }"
                + " b: zorgadvies(huisverbodId: $id) { risico } }", Map.of("id", id)).statusCode(200)
                .body("data.a.risico", equalTo("LAAG")).body("data.b.risico", equalTo("LAAG"));
        io.restassured.path.json.JsonPath doc = RestAssured.given().get("/api/v1/openapi.json").then().statusCode(200)
                .extract().jsonPath();
        assertThat(doc.getBoolean("paths.'/huisverboden/{id}/zorgadvies'.get.deprecated")).isTrue();
        assertThat(doc.getBoolean("paths.'/huisverboden/{id}/zorgadvies'.put.deprecated")).isTrue();
        assertThat(doc.getString("paths.'/huisverboden/{id}/zorginbreng'.get.operationId")).isEqualTo("zorginbreng");
        List<String> verouderd = Api.as("om-zsm").graphql("{ __type(name: \"Query\") { fields(includeDeprecated: true)"
                + " { name isDeprecated } } }", Map.of()).statusCode(200).extract()
                .path("data.__type.fields.findAll { it.isDeprecated }.name");
        assertThat(verouderd).contains("zorgadvies").doesNotContain("zorginbreng");
    }
}
