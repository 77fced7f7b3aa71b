package nl.thvhub.huisverbod;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;

/**
 * The work queue through the real API with real tokens (issue 31): each desk sees its own tasks across cases with due
 * dates, most urgent first, only about what it may see, audited; filters, paging, CSV and bad input.
 */
@QuarkusTest
class WerkvoorraadTest {

    private static final String TAKEN = "/api/v1/taken";

    private static List<Map<String, Object>> taken(String user, String query) {
        return Api.as(user).get(TAKEN + query).statusCode(200).extract().path("items");
    }

    private static List<String> soorten(List<Map<String, Object>> taken) {
        return taken.stream().map(t -> (String) t.get("soort")).toList();
    }

    @Test
    void veilig_thuis_sees_the_assignment_of_a_coordinator_due_the_day_of_imposition_until_it_is_done() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        List<Map<String, Object>> open = taken("veilig-thuis", "?huisverbodId=" + id);
        assertThat(soorten(open)).containsExactly("ZORGCOORDINATOR_TOEWIJZEN");
        Map<String, Object> taak = open.get(0);
        assertThat(taak.get("verlopen")).isEqualTo(false);
        assertThat(Instant.parse((String) taak.get("vervaltOp"))).isAfter(Instant.now())
                .isBeforeOrEqualTo(Instant.now().plus(Duration.ofDays(1)));
        assertThat(taak.get("registratienummer")).asString().startsWith("THV-");
        Api.as("veilig-thuis").post("/api/v1/huisverboden/" + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator")).statusCode(200);
        assertThat(taken("veilig-thuis", "?huisverbodId=" + id)).isEmpty();
    }

    @Test
    void the_coordinator_sees_first_contact_per_adult_and_the_extension_advice_most_urgent_first() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        List<Map<String, Object>> open = taken("zorgcoordinator", "?huisverbodId=" + id);
        assertThat(soorten(open)).containsExactly("EERSTE_CONTACT", "EERSTE_CONTACT", "VERLENGINGSADVIES_GEVEN");
        assertThat(open).extracting(t -> t.get("betrokkeneRol")).containsExactlyInAnyOrder("UITHUISGEPLAATSTE",
                "ACHTERBLIJVER", null);
        assertThat(open).extracting(t -> t.get("toegewezenAan")).containsOnly("zorgcoordinator");
        List<Instant> due = open.stream().map(t -> Instant.parse((String) t.get("vervaltOp"))).toList();
        assertThat(due).isSorted();
        // personally assigned: the same with mijn=true; a colleague of the same organisation sees none of this case
        assertThat(taken("zorgcoordinator", "?mijn=true&huisverbodId=" + id)).hasSize(3);
        assertThat(taken("zorgcoordinator-2", "?huisverbodId=" + id)).isEmpty();
    }

    @Test
    void a_task_is_done_when_its_rule_is_met_and_overdue_ones_are_filtered() {
        String id = Cases.imposedWithCoordinator(Instant.now().minus(Duration.ofDays(2)));
        String ab = Api.as("zorgcoordinator").get("/api/v1/huisverboden/" + id).statusCode(200).extract()
                .path("betrokkenen.find { it.rol == 'ACHTERBLIJVER' }.id");
        List<Map<String, Object>> verlopen = taken("zorgcoordinator", "?verlopen=true&huisverbodId=" + id);
        assertThat(soorten(verlopen)).containsExactly("EERSTE_CONTACT", "EERSTE_CONTACT");
        Api.as("zorgcoordinator").post("/api/v1/huisverboden/" + id + "/contactmomenten", Map.of("betrokkeneId", ab,
                "datum", java.time.LocalDate.now(Huisverbod.TIJDZONE).toString(), "vorm", "TELEFOON", "bereikt", true,
                "medewerking", "JA")).statusCode(201);
        List<Map<String, Object>> daarna = taken("zorgcoordinator", "?verlopen=true&huisverbodId=" + id);
        assertThat(daarna).extracting(t -> t.get("betrokkeneRol")).containsExactly("UITHUISGEPLAATSTE");
        assertThat(soorten(taken("zorgcoordinator", "?verlopen=false&huisverbodId=" + id)))
                .containsExactly("VERLENGINGSADVIES_GEVEN");
        assertThat(soorten(taken("zorgcoordinator", "?soort=VERLENGINGSADVIES_GEVEN&huisverbodId=" + id)))
                .containsExactly("VERLENGINGSADVIES_GEVEN");
    }

    @Test
    void pages_follow_the_cursor_without_repeating_or_skipping_a_task() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        List<Map<String, Object>> alles = new ArrayList<>();
        String volgende = null;
        do {
            var page = Api.as("zorgcoordinator")
                    .get(TAKEN + "?limiet=1&huisverbodId=" + id + (volgende == null ? "" : "&volgende=" + volgende))
                    .statusCode(200).extract().jsonPath();
            alles.addAll(page.getList("items"));
            volgende = page.getString("volgende");
        } while (volgende != null);
        assertThat(alles).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void the_police_see_no_care_tasks_and_the_om_sees_the_zsm_assessment() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        assertThat(taken("politie-thv", "?huisverbodId=" + id)).isEmpty();
        assertThat(soorten(taken("om-zsm", "?huisverbodId=" + id))).containsExactly("ZSM_BEOORDELEN");
        // the case view lists the tasks the reader may see, whoever holds them: never the care tasks for the police
        Api.as("politie-thv").get("/api/v1/huisverboden/" + id).statusCode(200)
                .body("taken.soort", not(hasItem("EERSTE_CONTACT"))).body("taken.soort", hasItem("ZSM_BEOORDELEN"));
        Api.as("zorgcoordinator").get("/api/v1/huisverboden/" + id).statusCode(200)
                .body("taken.soort", hasItem("EERSTE_CONTACT"));
    }

    @Test
    void a_request_for_an_advice_is_work_for_the_reclassering_until_delivered() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        assertThat(taken("reclassering", "?huisverbodId=" + id)).isEmpty();
        String termijn = java.time.LocalDate.now(Huisverbod.TIJDZONE).plusDays(4).toString();
        Api.as("om-zsm").post("/api/v1/huisverboden/" + id + "/reclasseringsadvies/aanvraag", Map.of("termijn", termijn))
                .statusCode(201);
        List<Map<String, Object>> open = taken("reclassering", "?huisverbodId=" + id);
        assertThat(soorten(open)).containsExactly("RECLASSERINGSADVIES_LEVEREN");
        assertThat(Instant.parse((String) open.get(0).get("vervaltOp")))
                .isEqualTo(java.time.LocalDate.parse(termijn).plusDays(1).atStartOfDay(Huisverbod.TIJDZONE).toInstant());
        Api.as("reclassering").put("/api/v1/huisverboden/" + id + "/reclasseringsadvies", Map.of("advies", "Advies",
                "datum", java.time.LocalDate.now(Huisverbod.TIJDZONE).toString())).statusCode(200);
        assertThat(taken("reclassering", "?huisverbodId=" + id)).isEmpty();
    }

    @Test
    void the_queue_is_audited_one_line_per_case_listed() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("zorgcoordinator").request().header("traceparent", trail.traceparent()).get(TAKEN + "?huisverbodId=" + id)
                .then().statusCode(200);
        List<AuditTrailAssertions.Line> lines = trail.linesOf("TAKEN");
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0).huisverbodId()).isEqualTo(id);
        assertThat(lines.get(0).verstrekt()).contains("HULPVERLENING", "KERN");
        assertThat(lines.get(0).uitkomst()).isEqualTo("TOEGESTAAN");
    }

    @Test
    void the_overview_counts_every_kind_open_and_overdue() {
        Cases.imposedWithCoordinator(Instant.now().minus(Duration.ofDays(2)));
        List<Map<String, Object>> overzicht = Api.as("zorgcoordinator").get(TAKEN + "/overzicht").statusCode(200)
                .extract().path("$");
        assertThat(overzicht).hasSize(Taaksoort.values().length);
        Map<String, Object> contact = overzicht.stream().filter(t -> t.get("soort").equals("EERSTE_CONTACT")).findFirst()
                .orElseThrow();
        assertThat((Integer) contact.get("open")).isGreaterThanOrEqualTo(2);
        assertThat((Integer) contact.get("verlopen")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void csv_on_accept_text_csv() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Api.as("zorgcoordinator").request().accept("text/csv").get(TAKEN + "?huisverbodId=" + id).then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("soort,huisverbodId,registratienummer,betrokkeneId,betrokkeneRol,sinds,vervaltOp"))
                .body(containsString("VERLENGINGSADVIES_GEVEN," + id));
    }

    @Test
    void graphql_gives_the_same_queue() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Api.as("zorgcoordinator").graphql("query($id: ID) { taken(huisverbodId: $id) { items { soort vervaltOp verlopen } "
                + "volgende } }", Map.of("id", id)).statusCode(200).body("errors", nullValue())
                .body("data.taken.items.soort",
                        equalTo(List.of("EERSTE_CONTACT", "EERSTE_CONTACT", "VERLENGINGSADVIES_GEVEN")));
    }

    @Test
    void bad_input_is_a_400_naming_the_parameter() {
        Api.as("zorgcoordinator").get(TAKEN + "?soort=ONBEKEND").statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("soort"));
        Api.as("zorgcoordinator").get(TAKEN + "?vervaltVoor=morgen").statusCode(400)
                .body("invalidParams[0].name", equalTo("vervaltVoor"));
        Api.as("zorgcoordinator").get(TAKEN + "?volgende=bm9uc2Vuc2U").statusCode(400)
                .body("invalidParams[0].name", equalTo("volgende"));
        Api.as("zorgcoordinator").get(TAKEN + "?huisverbodId=12").statusCode(400)
                .body("invalidParams[0].name", equalTo("huisverbodId"));
    }

    @jakarta.inject.Inject
    nl.thvhub.huisverbod.service.TaakMelder melder;

    @jakarta.inject.Inject
    nl.thvhub.notificaties.service.Dispatcher dispatcher;

    private static List<String> inbox(String user, String id) {
        List<Map<String, Object>> items = Api.as(user).get("/api/v1/notificaties?limiet=100&type=taak.verlopen")
                .statusCode(200).extract().path("items");
        return items.stream().filter(n -> id.equals(n.get("huisverbodId"))).map(n -> (String) n.get("type")).toList();
    }

    private void meldAlles() {
        while (melder.meld().await().atMost(Duration.ofSeconds(30)) > 0) {
            // every overdue task of every test's case, in batches
        }
        nl.thvhub.testing.Verzonden.alles(dispatcher);
    }

    @Test
    void an_overdue_task_is_told_to_its_holder_exactly_once() {
        String id = Cases.imposedWithCoordinator(Instant.now().minus(Duration.ofDays(2)));
        meldAlles();
        // the two first contacts are overdue: each told once, to the assigned coordinator only
        assertThat(inbox("zorgcoordinator", id)).containsExactly("taak.verlopen", "taak.verlopen");
        assertThat(inbox("zorgcoordinator-2", id)).isEmpty();
        assertThat(inbox("veilig-thuis", id)).isEmpty();
        meldAlles();
        assertThat(inbox("zorgcoordinator", id)).hasSize(2);
    }

    @Test
    void without_a_token_401_and_for_a_role_without_tasks_403() {
        given().get(TAKEN).then().statusCode(401);
        Api.as("beleid").get(TAKEN).statusCode(403);
        Api.as("fg").get(TAKEN + "/overzicht").statusCode(403);
    }
}
