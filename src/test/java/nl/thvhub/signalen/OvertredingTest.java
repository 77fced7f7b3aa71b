package nl.thvhub.signalen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/** Violations: registered by the police, suspected by the coordinator and confirmed or dismissed, followed up, listed. */
@QuarkusTest
class OvertredingTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    private String caseWithCoordinator() {
        return Cases.imposedWithCoordinator(clock.instant().minus(Duration.ofDays(2)));
    }

    private Map<String, Object> melding(Instant moment) {
        return Map.of("moment", moment.toString(), "soort", "CONTACT_TELEFOON_APP", "melder", "ACHTERBLIJVER", "omschrijving",
                "Belde twaalf keer op één avond");
    }

    private List<String> types(String user, String id) {
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        // asked per type: the cases other tests make fill a busy inbox with more recent notifications than one page holds
        List<String> types = new java.util.ArrayList<>();
        for (String type : List.of("overtreding.geregistreerd", "overtreding.vermoed")) {
            List<Map<String, Object>> items = Api.as(user).get("/api/v1/notificaties?limiet=100&type=" + type)
                    .statusCode(200).extract().path("items");
            items.stream().filter(n -> id.equals(n.get("huisverbodId"))).forEach(n -> types.add((String) n.get("type")));
        }
        return types;
    }

    @Test
    void the_police_register_a_violation_with_follow_up_and_the_case_shows_count_and_follow_ups() {
        String id = caseWithCoordinator();
        Map<String, Object> body = new java.util.HashMap<>(melding(clock.instant().minus(Duration.ofHours(3))));
        body.put("vervolgactie", "AANHOUDING");
        Api.as("politie-thv").post(BASE + id + "/overtredingen", body).statusCode(201).body("status", equalTo("BEVESTIGD"))
                .body("vervolgactie", equalTo("AANHOUDING")).body("gemeldNaAfloop", equalTo(false))
                .body("geregistreerdDoor.organisatie", equalTo("POLITIE"));
        Api.as("wijkagent-centrum").post(BASE + id + "/overtredingen", melding(clock.instant().minus(Duration.ofHours(1))))
                .statusCode(201);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("overtredingen.aantal", equalTo(2))
                .body("overtredingen.zonderVervolg", equalTo(1))
                .body("overtredingen.vervolgacties", equalTo(List.of("AANHOUDING")));
        Api.as("om-zsm").get(BASE + id + "/overtredingen").statusCode(200).body("size()", equalTo(2));
    }

    @Test
    void a_registration_tells_wijkagent_coordinator_and_zsm() {
        String id = caseWithCoordinator();
        Api.as("politie-thv").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(60))).statusCode(201);
        assertThat(types("wijkagent-centrum", id)).contains("overtreding.geregistreerd");
        assertThat(types("zorgcoordinator", id)).contains("overtreding.geregistreerd");
        assertThat(types("om-zsm", id)).contains("overtreding.geregistreerd");
    }

    @Test
    void a_suspected_violation_waits_for_the_police_who_confirm_it() {
        String id = caseWithCoordinator();
        String oid = Api.as("zorgcoordinator").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(600)))
                .statusCode(201).body("status", equalTo("VERMOED")).extract().path("id");
        assertThat(types("politie-thv", id)).contains("overtreding.vermoed");
        assertThat(types("om-zsm", id)).doesNotContain("overtreding.geregistreerd");
        Api.as("politie-thv").get(BASE + id).body("overtredingen.aantal", equalTo(0)).body("overtredingen.vermoed",
                equalTo(1));
        Api.as("zorgcoordinator").post(BASE + id + "/overtredingen/" + oid + "/beoordeling", Map.of("besluit", "BEVESTIGD"))
                .statusCode(403);
        Api.as("politie-thv")
                .post(BASE + id + "/overtredingen/" + oid + "/beoordeling",
                        Map.of("besluit", "BEVESTIGD", "vervolgactie", "GESPREK_REPRIMANDE"))
                .statusCode(200).body("status", equalTo("BEVESTIGD")).body("beoordeling.rol", equalTo("politie-thv"))
                .body("vervolgactie", equalTo("GESPREK_REPRIMANDE"));
        assertThat(types("om-zsm", id)).contains("overtreding.geregistreerd");
        Api.as("politie-thv").post(BASE + id + "/overtredingen/" + oid + "/beoordeling", Map.of("besluit", "AFGEWEZEN",
                "reden", "x")).statusCode(409).body("huidigeStatus", equalTo("BEVESTIGD"));
        Api.as("politie-thv").get(BASE + id).body("overtredingen.aantal", equalTo(1)).body("overtredingen.vermoed",
                equalTo(0));
    }

    @Test
    void a_dismissed_suspicion_needs_a_reason_and_does_not_count() {
        String id = caseWithCoordinator();
        String oid = Api.as("zorgcoordinator").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(600)))
                .statusCode(201).extract().path("id");
        Api.as("politie-thv").post(BASE + id + "/overtredingen/" + oid + "/beoordeling", Map.of("besluit", "AFGEWEZEN"))
                .statusCode(400).body("invalidParams.name", hasItem("reden"));
        Api.as("wijkagent-centrum")
                .post(BASE + id + "/overtredingen/" + oid + "/beoordeling",
                        Map.of("besluit", "AFGEWEZEN", "reden", "Contact was via de advocaat, toegestaan"))
                .statusCode(200).body("status", equalTo("AFGEWEZEN"));
        Api.as("politie-thv").get(BASE + id).body("overtredingen.aantal", equalTo(0)).body("overtredingen.vermoed",
                equalTo(0));
    }

    @Test
    void the_coordinator_may_not_register_a_follow_up() {
        String id = caseWithCoordinator();
        Map<String, Object> body = new java.util.HashMap<>(melding(clock.instant().minusSeconds(60)));
        body.put("vervolgactie", "AANHOUDING");
        Api.as("zorgcoordinator").post(BASE + id + "/overtredingen", body).statusCode(403);
    }

    @Test
    void no_follow_up_needs_a_reason_and_a_follow_up_is_recorded_once() {
        String id = caseWithCoordinator();
        String oid = Api.as("politie-thv").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(60)))
                .statusCode(201).body("vervolgactie", nullValue()).extract().path("id");
        Api.as("politie-thv").put(BASE + id + "/overtredingen/" + oid + "/vervolg", Map.of("vervolgactie", "GEEN"))
                .statusCode(400).body("invalidParams.name", hasItem("vervolgReden"));
        Api.as("politie-thv")
                .put(BASE + id + "/overtredingen/" + oid + "/vervolg",
                        Map.of("vervolgactie", "GEEN", "vervolgReden", "Achterblijver nam zelf contact op"))
                .statusCode(200).body("vervolgactie", equalTo("GEEN"));
        Api.as("politie-thv").put(BASE + id + "/overtredingen/" + oid + "/vervolg", Map.of("vervolgactie", "PROCES_VERBAAL"))
                .statusCode(409);
    }

    @Test
    void a_moment_outside_the_thv_is_refused_and_a_late_report_is_marked() {
        String id = caseWithCoordinator();
        Api.as("politie-thv").post(BASE + id + "/overtredingen", melding(clock.instant().minus(Duration.ofDays(3))))
                .statusCode(400).body("invalidParams.name", hasItem("moment"));
        Api.as("politie-thv").post(BASE + id + "/overtredingen", melding(clock.instant().plusSeconds(3600)))
                .statusCode(400).body("invalidParams.name", hasItem("moment"));
        Instant during = clock.instant().minusSeconds(60);
        clock.advance(Duration.ofDays(9));
        Api.as("politie-thv").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(60))).statusCode(400)
                .body("invalidParams.name", hasItem("moment"));
        Api.as("politie-thv").post(BASE + id + "/overtredingen", melding(during)).statusCode(201)
                .body("gemeldNaAfloop", equalTo(true));
    }

    @Test
    void unknown_fields_and_bad_kinds_are_rejected_and_nothing_is_stored() {
        String id = caseWithCoordinator();
        Map<String, Object> body = new java.util.HashMap<>(melding(clock.instant().minusSeconds(60)));
        body.put("soort", "SCHREEUWEN");
        Api.as("politie-thv").post(BASE + id + "/overtredingen", body).statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("soort"));
        body.put("soort", "ANDERS");
        body.put("diagnose", "x");
        Api.as("politie-thv").post(BASE + id + "/overtredingen", body).statusCode(400).body("invalidParams.name",
                hasItem("diagnose"));
        Api.as("politie-thv").get(BASE + id + "/overtredingen").statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void roles_without_the_category_get_403_and_a_foreign_case_404() {
        String id = caseWithCoordinator();
        Api.as("politie-thv").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(60))).statusCode(201);
        Api.as("veilig-thuis").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(60))).statusCode(403);
        Api.as("wijkagent-zuidoost").get(BASE + id + "/overtredingen").statusCode(404);
        Api.as("zorgcoordinator-2").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(60)))
                .statusCode(404);
        Api.as("gemeente").get(BASE + id + "/overtredingen").statusCode(200);
        io.restassured.RestAssured.given().get(BASE + id + "/overtredingen").then().statusCode(401);
    }

    @Test
    void a_read_of_violations_is_audited_per_subject() {
        String id = caseWithCoordinator();
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("om-zsm").request().header("traceparent", trail.traceparent()).get(BASE + id + "/overtredingen").then()
                .statusCode(200);
        trail.assertOneLinePerSubject("OVERTREDINGEN_LEZEN", 2);
    }

    @Test
    void police_and_gemeente_see_violations_without_follow_up_in_their_scope() {
        String id = caseWithCoordinator();
        String oid = Api.as("politie-thv").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(60)))
                .statusCode(201).extract().path("id");
        String zonder = "/api/v1/overtredingen/zonder-vervolg?limiet=100";
        for (String user : List.of("politie-thv", "gemeente", "wijkagent-centrum")) {
            List<String> ids = Api.as(user).get(zonder).statusCode(200).extract().path("items.id");
            assertThat(ids).as(user).contains(oid);
        }
        List<String> elders = Api.as("wijkagent-zuidoost").get(zonder).statusCode(200).extract().path("items.id");
        assertThat(elders).doesNotContain(oid);
        Api.as("om-zsm").get(zonder).statusCode(403);
        Api.as("politie-thv").put(BASE + id + "/overtredingen/" + oid + "/vervolg", Map.of("vervolgactie", "PROCES_VERBAAL"))
                .statusCode(200);
        List<String> na = Api.as("politie-thv").get(zonder).statusCode(200).extract().path("items.id");
        assertThat(na).doesNotContain(oid);
    }

    @Test
    void a_violation_moves_a_case_up_the_zsm_priority_list() {
        String id = caseWithCoordinator();
        Api.as("politie-thv").post(BASE + id + "/overtredingen", melding(clock.instant().minusSeconds(60))).statusCode(201);
        List<String> redenen = Api.as("om-zsm").get("/api/v1/zsm/prioriteitenlijst").statusCode(200).extract()
                .path("items.find { it.huisverbodId == '" + id + "' }.redenen");
        assertThat(redenen).contains("OVERTREDING");
    }

    @Test
    void graphql_registers_and_reads_the_same_violations_as_rest() {
        String id = caseWithCoordinator();
        String oid = Api.as("zorgcoordinator").graphql(
                "mutation($id: ID!, $m: MeldingInput!) { overtredingRegistreren(huisverbodId: $id, melding: $m) { id status } }",
                Map.of("id", id, "m", melding(clock.instant().minusSeconds(60)))).statusCode(200)
                .body("data.overtredingRegistreren.status", equalTo("VERMOED")).extract()
                .path("data.overtredingRegistreren.id");
        Api.as("politie-thv").graphql(
                "mutation($id: ID!, $o: ID!) { overtredingBeoordelen(huisverbodId: $id, overtredingId: $o, beoordeling: {besluit: AFGEWEZEN}) { status } }",
                Map.of("id", id, "o", oid)).statusCode(200).body("errors[0].extensions.problem.invalidParams[0].name",
                        equalTo("reden"));
        List<String> gql = Api.as("om-zsm")
                .graphql("query($id: ID!) { overtredingen(huisverbodId: $id) { id status } }", Map.of("id", id))
                .statusCode(200).extract().path("data.overtredingen.id");
        List<String> rest = Api.as("om-zsm").get(BASE + id + "/overtredingen").extract().path("id");
        assertThat(gql).isEqualTo(rest).containsExactly(oid);
        Api.as("om-zsm").graphql("query($id: ID!) { huisverbod(id: $id) { overtredingen { vermoed } } }", Map.of("id", id))
                .statusCode(200).body("data.huisverbod.overtredingen.vermoed", equalTo(1));
    }
}
