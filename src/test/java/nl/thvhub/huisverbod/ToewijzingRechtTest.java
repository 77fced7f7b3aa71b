package nl.thvhub.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;

/**
 * Who may assign whom (issue 15.1): Veilig Thuis hands over, only the current holder of a role hands it to a colleague,
 * the case's coordinator invites GGZ and Reclassering, nobody assigns themselves, and an outsider learns nothing, not even
 * the version or status of the case.
 */
@QuarkusTest
class ToewijzingRechtTest {

    private static final String BASE = "/api/v1/huisverboden/";

    private static String caseOf(String coordinator) {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(3600));
        body.put("verblijfAchterblijvers", "Opvanglocatie (geheim)");
        String id = Cases.imposed(body);
        Api.as("veilig-thuis")
                .post(BASE + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", coordinator))
                .statusCode(200);
        return id;
    }

    private static Map<String, Object> coordinator(String user) {
        return Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", user);
    }

    @Test
    void a_coordinator_cannot_assign_herself_into_a_colleagues_case() {
        String id = caseOf("zorgcoordinator");
        Api.as("zorgcoordinator-2").post(BASE + id + "/toewijzingen", coordinator("zorgcoordinator-2")).statusCode(404)
                .contentType("application/problem+json").body("title", equalTo("Niet gevonden"));
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("toewijzingen.gebruikersnaam",
                hasItem("zorgcoordinator"));
        Api.as("zorgcoordinator-2").get(BASE + id).statusCode(404);
    }

    @Test
    void an_outsider_gets_404_before_any_version_check() {
        String id = caseOf("zorgcoordinator");
        Api.as("zorgcoordinator-2").request().header("If-Match", "\"99\"").body(coordinator("zorgcoordinator-2"))
                .post(BASE + id + "/toewijzingen").then().statusCode(404);
    }

    @Test
    void an_outsider_gets_404_before_any_status_check() {
        String id = caseOf("zorgcoordinator");
        Api.as("gemeente").post(BASE + id + "/intrekking", Map.of("reden", "Risico geweken volgens weegteam")).statusCode(200);
        Api.as("zorgcoordinator-2").post(BASE + id + "/toewijzingen", coordinator("zorgcoordinator-2")).statusCode(404);
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen", coordinator("zorgcoordinator-2")).statusCode(409);
    }

    @Test
    void an_outsiders_assignment_is_refused_after_its_denial_line() {
        String id = caseOf("zorgcoordinator");
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("zorgcoordinator-2").request().header("traceparent", trail.traceparent())
                .body(coordinator("zorgcoordinator-2")).post(BASE + id + "/toewijzingen").then().statusCode(404);
        assertThat(trail.assertDenied("TOEWIJZEN").reden()).isEqualTo("BUITEN_SCOPE");
    }

    /** Issue 30: a change decides first, so a role the policy keeps out gets 404 with its line, never a change. */
    @Test
    void a_transition_by_a_coordinator_outside_the_case_is_refused_after_its_denial_line_and_changes_nothing() {
        String id = caseOf("zorgcoordinator");
        int versie = Api.as("zorgcoordinator").get(BASE + id).statusCode(200).extract().path("versie");
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("zorgcoordinator-2").request().header("traceparent", trail.traceparent())
                .body(Map.of("advies", "VERLENGEN", "motivering", "nodig", "gronden",
                        java.util.List.of("DREIGING_HOUDT_AAN")))
                .post(BASE + id + "/verlengingsadvies").then()
                .statusCode(404).contentType("application/problem+json");
        assertThat(trail.assertDenied("VERLENGINGSADVIES").reden()).isEqualTo("BUITEN_SCOPE");
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("versie", equalTo(versie))
                .body("verlengingsadvies", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void the_assigned_coordinator_cannot_assign_herself_again() {
        String id = caseOf("zorgcoordinator");
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", coordinator("zorgcoordinator")).statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void veilig_thuis_cannot_assign_itself_as_coordinator() {
        String id = caseOf("zorgcoordinator");
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen", coordinator("veilig-thuis")).statusCode(403);
    }

    @Test
    void the_assigned_coordinator_hands_over_to_a_colleague_and_then_no_longer_sees_the_case() {
        String id = caseOf("zorgcoordinator");
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", coordinator("zorgcoordinator-2")).statusCode(204)
                .header("ETag", org.hamcrest.Matchers.notNullValue());
        Api.as("zorgcoordinator").get(BASE + id).statusCode(404);
        List<String> assigned = Api.as("zorgcoordinator-2").get(BASE + id).statusCode(200).extract()
                .path("toewijzingen.gebruikersnaam");
        assertThat(assigned).contains("zorgcoordinator-2").doesNotContain("zorgcoordinator");
    }

    @Test
    void a_gezinsmanager_who_is_not_assigned_cannot_take_the_role() {
        String id = caseOf("zorgcoordinator");
        Api.as("veilig-thuis")
                .post(BASE + id + "/toewijzingen",
                        Map.of("rol", "GEZINSMANAGER", "gebruikersnaam", "gm-collega", "organisatie", "JBRA"))
                .statusCode(200);
        Api.as("gezinsmanager")
                .post(BASE + id + "/toewijzingen", Map.of("rol", "GEZINSMANAGER", "gebruikersnaam", "gezinsmanager"))
                .statusCode(404);
    }

    @Test
    void only_the_cases_coordinator_invites_ggz() {
        String id = caseOf("zorgcoordinator");
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen", Map.of("rol", "GGZ", "gebruikersnaam", "ggz")).statusCode(403);
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "GGZ", "gebruikersnaam", "ggz"))
                .statusCode(200).body("toewijzingen.rol", not(hasItem("RECLASSERING")));
    }
}
