package nl.thvhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/** Every disclosure leaves one audit line per data subject before the data leaves; if it cannot, no data leaves (503). */
@QuarkusTest
class AuditTrailTest {

    private static final String BASE = "/api/v1/huisverboden/";

    private String caseWithChild() {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600));
        Cases.persons(body).add(Cases.person("KIND", "Kind Audit", "2019-09-09"));
        return Cases.imposed(body);
    }

    @Test
    void a_rest_read_writes_one_line_per_subject_with_purpose_policy_version_and_categories() {
        String id = caseWithChild();
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("om-zsm").request().header("traceparent", trail.traceparent()).get(BASE + id).then().statusCode(200);
        List<AuditTrailAssertions.Line> lines = trail.assertOneLinePerSubject("LEZEN", 3);
        assertThat(lines).allSatisfy(l -> {
            assertThat(l.doel()).isEqualTo("zsm-beoordeling");
            assertThat(l.actorRol()).isEqualTo("om-zsm");
            assertThat(l.onthouden()).contains("VERBLIJF_AB").contains("HULPVERLENING");
            assertThat(l.verstrekt()).contains("KERN").doesNotContain("VERBLIJF_AB");
        });
    }

    @Test
    void a_graphql_read_writes_the_same_lines() {
        String id = caseWithChild();
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("om-zsm").request().header("traceparent", trail.traceparent())
                .body(Map.of("query", "query($id: ID!) { huisverbod(id: $id) { id onthouden } }", "variables",
                        Map.of("id", id)))
                .post("/graphql")
                .then().statusCode(200).body("errors", nullValue());
        trail.assertOneLinePerSubject("LEZEN", 3);
    }

    @Test
    void a_list_writes_one_line_per_subject_of_every_listed_case() {
        caseWithChild();
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        List<List<Object>> persons = Api.as("politie-thv").request().header("traceparent", trail.traceparent())
                .get("/api/v1/huisverboden?limiet=5")
                .then().statusCode(200).extract().path("items.betrokkenen");
        int subjects = persons.stream().mapToInt(List::size).sum();
        trail.assertOneLinePerSubject("LIJST", subjects);
    }

    @Test
    void a_refused_read_is_logged_as_a_denial() {
        String id = caseWithChild();
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("zorgcoordinator-2").request().header("traceparent", trail.traceparent()).get(BASE + id).then().statusCode(404);
        assertThat(trail.assertDenied("LEZEN").doel()).isEqualTo("zorgcoordinatie");
    }

    @Test
    void a_write_is_logged_for_every_subject_it_touches() {
        String id = caseWithChild();
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("gemeente").request().header("traceparent", trail.traceparent()).body(Map.of("reden", "Onterecht opgelegd"))
                .post(BASE + id + "/intrekking").then().statusCode(200);
        trail.assertOneLinePerSubject("INGETROKKEN", 3);
    }

    @Test
    void when_the_audit_line_cannot_be_written_the_reader_gets_503_and_no_data() {
        String id = caseWithChild();
        Db.execute("alter table audit_regel add constraint test_audit_kapot check (actie <> 'LEZEN') not valid");
        try {
            Api.as("politie-thv").get(BASE + id).statusCode(503).contentType("application/problem+json")
                    .body("$", not(hasKey("betrokkenen")))
                    .body("status", equalTo(503));
        } finally {
            Db.execute("alter table audit_regel drop constraint test_audit_kapot");
        }
        Api.as("politie-thv").get(BASE + id).statusCode(200);
    }
}
