package nl.thvhub.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.Tokens;

/**
 * A partner system does its organisation's work for a named employee (issue 38): with {@code Namens} it writes as that
 * employee — the employee's scope and rights — and the audit line names both the system and the employee; a name not on
 * the organisation's roster is 403, and without the header a partner system still cannot write.
 */
@QuarkusTest
class PartnerNamensTest {

    private static final String BASE = "/api/v1/huisverboden/";

    private static RequestSpecification blijfGroep(String namens, AuditTrailAssertions trail) {
        RequestSpecification r = given().auth().oauth2(Tokens.partner("partner-blijfgroep")).contentType(ContentType.JSON)
                .header("traceparent", trail.traceparent())
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString());
        return namens == null ? r : r.header("Namens", namens);
    }

    private static Map<String, Object> contact(String id) {
        String persoon = Api.as("zorgcoordinator").get(BASE + id).statusCode(200).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        return Map.of("betrokkeneId", persoon, "datum", LocalDate.now(Huisverbod.TIJDZONE).toString(), "vorm", "TELEFOON",
                "bereikt", false);
    }

    /** client_id and actor_gebruiker of the trace's lines of one action. */
    private static String[] wie(AuditTrailAssertions trail, String actie) throws SQLException {
        try (Connection c = Db.connect();
                PreparedStatement ps = c.prepareStatement(
                        "select client_id, actor_gebruiker from audit_regel where trace_id = ? and actie = ? limit 1")) {
            ps.setString(1, trail.traceId());
            ps.setString(2, actie);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).as("an audit line " + actie).isTrue();
                return new String[]{rs.getString(1), rs.getString(2)};
            }
        }
    }

    @Test
    void a_partner_system_records_a_contact_attempt_for_the_assigned_coordinator_audited_with_both_identities()
            throws SQLException {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        blijfGroep("zorgcoordinator", trail).body(contact(id)).post(BASE + id + "/contactmomenten").then().statusCode(201)
                .body("vastgelegdDoor", equalTo("zorgcoordinator"));
        assertThat(wie(trail, "CONTACTMOMENT_VASTGELEGD")).containsExactly("partner-blijfgroep", "zorgcoordinator");
    }

    @Test
    void a_partner_system_signs_up_a_referral_for_the_assigned_coordinator() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        String uhg = (String) contact(id).get("betrokkeneId");
        blijfGroep("zorgcoordinator", AuditTrailAssertions.newTrace())
                .body(Map.of("betrokkeneId", uhg, "naar", "Schuldhulp Amsterdam", "code", "SCHULDHULP", "aangemeldOp",
                        LocalDate.now(Huisverbod.TIJDZONE).toString()))
                .post(BASE + id + "/verwijzingen").then().statusCode(201);
        Api.as("zorgcoordinator").get(BASE + id + "/verwijzingen").statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void over_graphql_the_same_header_lets_the_system_record_for_the_employee() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Map<String, Object> c = contact(id);
        blijfGroep("zorgcoordinator", AuditTrailAssertions.newTrace()).body(Map.of("query",
                "mutation($id: ID!, $p: ID!, $d: Date!) { contactmomentVastleggen(huisverbodId: $id, contactmoment: "
                        + "{betrokkeneId: $p, datum: $d, vorm: TELEFOON, bereikt: false}) { vastgelegdDoor } }",
                "variables", Map.of("id", id, "p", c.get("betrokkeneId"), "d", c.get("datum"))))
                .post("/graphql").then().statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.contactmomentVastleggen.vastgelegdDoor", equalTo("zorgcoordinator"));
    }

    @Test
    void a_partner_system_gives_the_extension_advice_as_the_assigned_coordinator() throws SQLException {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        blijfGroep("zorgcoordinator", trail).body(Map.of("advies", "VERLENGEN", "motivering", "Dreiging houdt aan", "gronden",
                java.util.List.of("DREIGING_HOUDT_AAN")))
                .post(BASE + id + "/verlengingsadvies").then().statusCode(200)
                .body("verlengingsadvies.advies", equalTo("VERLENGEN"));
        assertThat(wie(trail, "VERLENGINGSADVIES")).containsExactly("partner-blijfgroep", "zorgcoordinator");
    }

    @Test
    void the_oms_system_requests_a_reclassering_advice_for_its_zsm_officer() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        given().auth().oauth2(Tokens.partner("partner-om")).contentType(ContentType.JSON).header("Namens", "om-zsm")
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("termijn", LocalDate.now(Huisverbod.TIJDZONE).plusDays(5).toString()))
                .post(BASE + id + "/reclasseringsadvies/aanvraag").then().statusCode(201)
                .body("status", equalTo("GEVRAAGD")).body("aangevraagdDoor", equalTo("om-zsm"));
    }

    @Test
    void acting_for_a_colleague_who_is_not_assigned_is_the_same_404_as_for_that_colleague() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        blijfGroep("zorgcoordinator-2", AuditTrailAssertions.newTrace()).body(contact(id))
                .post(BASE + id + "/contactmomenten").then().statusCode(404);
    }

    @Test
    void a_system_acting_for_an_employee_still_sends_an_idempotency_key_with_every_write() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        given().auth().oauth2(Tokens.partner("partner-blijfgroep")).contentType(ContentType.JSON)
                .header("Namens", "zorgcoordinator").body(contact(id)).post(BASE + id + "/contactmomenten").then()
                .statusCode(400).body("invalidParams[0].name", equalTo("Idempotency-Key"));
    }

    @Test
    void a_name_not_on_the_organisations_roster_is_403() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        blijfGroep("iemand-anders", AuditTrailAssertions.newTrace()).body(contact(id)).post(BASE + id + "/contactmomenten")
                .then().statusCode(403).contentType("application/problem+json");
        blijfGroep("om-zsm", AuditTrailAssertions.newTrace()).get(BASE + id).then().statusCode(403)
                .body("detail", containsString("om-zsm"));
    }

    @Test
    void without_namens_a_partner_system_still_reads_for_its_organisation_and_cannot_write() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        blijfGroep(null, AuditTrailAssertions.newTrace()).get(BASE + id).then().statusCode(200);
        blijfGroep(null, AuditTrailAssertions.newTrace()).body(contact(id)).post(BASE + id + "/contactmomenten").then()
                .statusCode(403);
    }
}
