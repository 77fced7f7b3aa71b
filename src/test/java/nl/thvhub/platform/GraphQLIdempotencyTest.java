package nl.thvhub.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import nl.thvhub.platform.idempotentie.IdempotencyFilter;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;
import nl.thvhub.testing.Tokens;

/** {@code Idempotency-Key} on GraphQL mutations: the REST outcomes, per root field of the operation. */
@QuarkusTest
class GraphQLIdempotencyTest {

    private static final String OPLEGGEN = "mutation($o: OpleggenInput!) { huisverbodOpleggen(opdracht: $o) { id status } }";

    @Inject
    TestClock clock;

    private Map<String, Object> opdracht() {
        return new LinkedHashMap<>(Cases.valid(clock.instant().minusSeconds(600)));
    }

    private static Response graphql(String token, String key, String query, Map<String, Object> variables) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (key != null) {
            request.header(IdempotencyFilter.HEADER, key);
        }
        return request.body(Map.of("query", query, "variables", variables)).post("/graphql");
    }

    @Test
    void the_same_key_and_arguments_replay_the_first_result_without_a_second_write() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> o = opdracht();
        long before = Db.count("huisverbod");
        Response first = graphql(Tokens.of("politie-thv"), key, OPLEGGEN, Map.of("o", o));
        first.then().statusCode(200).body("errors", nullValue()).header(IdempotencyFilter.REPLAYED, nullValue());
        Response again = graphql(Tokens.of("politie-thv"), key, OPLEGGEN, Map.of("o", o));
        again.then().statusCode(200).body("errors", nullValue()).header(IdempotencyFilter.REPLAYED, "true")
                .body("data.huisverbodOpleggen.id", equalTo(first.path("data.huisverbodOpleggen.id")))
                .body("data.huisverbodOpleggen.status", equalTo("OPGELEGD"));
        assertThat(Db.count("huisverbod")).isEqualTo(before + 1);
    }

    @Test
    void a_replayed_mutation_is_audited_as_a_disclosure_of_its_case() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> o = opdracht();
        String id = graphql(Tokens.of("politie-thv"), key, OPLEGGEN, Map.of("o", o)).path("data.huisverbodOpleggen.id");
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        given().auth().oauth2(Tokens.of("politie-thv")).contentType(ContentType.JSON).header(IdempotencyFilter.HEADER, key)
                .header("traceparent", trail.traceparent()).body(Map.of("query", OPLEGGEN, "variables", Map.of("o", o)))
                .post("/graphql").then().statusCode(200).header(IdempotencyFilter.REPLAYED, "true");
        trail.assertReplayed(id);
    }

    @Test
    void the_same_key_with_other_arguments_is_422_and_writes_nothing() {
        String key = UUID.randomUUID().toString();
        graphql(Tokens.of("politie-thv"), key, OPLEGGEN, Map.of("o", opdracht())).then().body("errors", nullValue());
        long before = Db.count("huisverbod");
        graphql(Tokens.of("politie-thv"), key, OPLEGGEN, Map.of("o", opdracht())).then().statusCode(200)
                .body("data.huisverbodOpleggen", nullValue()).body("errors[0].extensions.problem.status", equalTo(422));
        assertThat(Db.count("huisverbod")).isEqualTo(before);
    }

    @Test
    void aliased_mutations_under_one_key_are_each_written_once_and_replayed_on_retry() {
        String key = UUID.randomUUID().toString();
        String twee = "mutation($a: OpleggenInput!, $b: OpleggenInput!) { a: huisverbodOpleggen(opdracht: $a) { id }"
                + " b: huisverbodOpleggen(opdracht: $b) { id } }";
        Map<String, Object> variables = Map.of("a", opdracht(), "b", opdracht());
        long before = Db.count("huisverbod");
        Response first = graphql(Tokens.of("politie-thv"), key, twee, variables);
        first.then().statusCode(200).body("errors", nullValue());
        assertThat((String) first.path("data.a.id")).isNotEqualTo(first.path("data.b.id"));
        graphql(Tokens.of("politie-thv"), key, twee, variables).then().statusCode(200).body("errors", nullValue())
                .header(IdempotencyFilter.REPLAYED, "true").body("data.a.id", equalTo(first.path("data.a.id")))
                .body("data.b.id", equalTo(first.path("data.b.id")));
        assertThat(Db.count("huisverbod")).isEqualTo(before + 2);
    }

    @Test
    void a_failed_mutation_frees_its_key_so_a_corrected_retry_runs() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> o = opdracht();
        o.put("betrokkenen", List.of(Cases.person("UITHUISGEPLAATSTE", "Alleen", "1980-01-01")));
        graphql(Tokens.of("politie-thv"), key, OPLEGGEN, Map.of("o", o)).then().statusCode(200)
                .body("data.huisverbodOpleggen", nullValue()).body("errors", org.hamcrest.Matchers.notNullValue());
        assertThat(Db.count("idempotentie where sleutel like '" + key + "%'")).isZero();
    }

    @Test
    void a_partner_system_must_send_a_key_with_every_mutation() {
        String melding = "mutation($id: ID!, $m: MeldingInput!) { overtredingRegistreren(huisverbodId: $id, melding: $m) { id } }";
        Map<String, Object> m = Map.of("melder", "HULPVERLENING", "moment", "2026-11-28T09:00:00Z", "omschrijving", "gezien",
                "soort",
                "AANWEZIG_BIJ_WONING");
        graphql(Tokens.partner("partner-blijfgroep"), null, melding, Map.of("id", UUID.randomUUID().toString(), "m", m)).then()
                .statusCode(200).body("errors[0].extensions.problem.status", equalTo(400))
                .body("errors[0].extensions.problem.invalidParams.name", hasItem(IdempotencyFilter.HEADER));
    }

    @Test
    void queries_need_no_key_even_for_a_partner_system() {
        graphql(Tokens.partner("partner-blijfgroep"), null, "{ huisverboden(limiet: 1) { volgende } }", Map.of()).then()
                .statusCode(200)
                .body("errors", nullValue());
    }
}
