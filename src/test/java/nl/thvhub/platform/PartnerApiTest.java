package nl.thvhub.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;
import nl.thvhub.testing.Tokens;

/** What partners rely on: the published contract, API-Version, idempotent writes and per-partner quotas. */
@QuarkusTest
class PartnerApiTest {

    private static final String AANVRAGEN = "/api/v1/thv-aanvragen";

    @Inject
    TestClock clock;

    private static RequestSpecification partner(String client) {
        return given().auth().oauth2(Tokens.partner(client)).contentType(ContentType.JSON);
    }

    private static Map<String, Object> aanvraag(String merk) {
        return Map.of("gemeente", "DIEMEN", "adres", Map.of("postcode", "1111AA", "huisnummer", "3"), "onderbouwing", merk);
    }

    private static long stored(String merk) {
        return Db.count("thv_aanvraag where onderbouwing = '" + merk + "'");
    }

    @Test
    void the_openapi_document_is_published_without_a_token_at_the_standard_location() {
        given().get("/api/v1/openapi.json").then().statusCode(200).contentType(ContentType.JSON)
                .body("openapi", notNullValue()).body("info.contact.email", notNullValue());
    }

    @Test
    void every_response_carries_the_full_api_version_on_success_and_error() {
        Api.as("politie-thv").get("/api/v1/ik").statusCode(200).header("API-Version",
                org.hamcrest.Matchers.matchesPattern("\\d+\\.\\d+\\.\\d+.*"));
        Api.as("politie-thv").get("/api/v1/huisverboden/" + UUID.randomUUID()).statusCode(404).header("API-Version",
                notNullValue());
        given().get("/api/v1/ik").then().statusCode(401).header("API-Version", notNullValue());
    }

    @Test
    void a_partner_system_must_send_an_idempotency_key() {
        String merk = "zonder sleutel " + UUID.randomUUID();
        partner("partner-blijfgroep").body(aanvraag(merk)).post(AANVRAGEN).then().statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("Idempotency-Key"));
        assertThat(stored(merk)).isZero();
    }

    @Test
    void the_same_key_and_payload_replays_the_first_response_without_a_second_write() {
        String merk = "herhaald " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        Response first = partner("partner-blijfgroep").header("Idempotency-Key", key).body(aanvraag(merk)).post(AANVRAGEN);
        first.then().statusCode(201);
        Response again = partner("partner-blijfgroep").header("Idempotency-Key", key).body(aanvraag(merk)).post(AANVRAGEN);
        again.then().statusCode(201).header("Location", first.header("Location")).header("Idempotent-Replayed", "true")
                .body("id", equalTo(first.path("id")));
        assertThat(stored(merk)).isEqualTo(1);
    }

    @Test
    void a_replay_is_audited_as_a_disclosure_of_its_case() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600));
        String id = Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden")
                .then().statusCode(201).extract().path("id");
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("politie-thv").request().header("Idempotency-Key", key).header("traceparent", trail.traceparent()).body(body)
                .post("/api/v1/huisverboden").then().statusCode(201).header("Idempotent-Replayed", "true");
        trail.assertReplayed(id);
    }

    @Test
    void a_replayed_case_view_is_read_again_and_audited_per_subject() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600));
        String id = Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden")
                .then().statusCode(201).extract().path("id");
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("politie-thv").request().header("Idempotency-Key", key).header("traceparent", trail.traceparent()).body(body)
                .post("/api/v1/huisverboden").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(id)).body("betrokkenen.size()", org.hamcrest.Matchers.equalTo(2));
        assertThat(trail.linesOf("LEZEN")).hasSize(2).extracting(AuditTrailAssertions.Line::betrokkeneId).doesNotContainNull()
                .doesNotHaveDuplicates();
    }

    @Test
    void a_stored_response_holds_no_personal_data() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600));
        String naam = (String) Cases.persons(body).get(0).get("naam");
        Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden").then()
                .statusCode(201);
        assertThat(Db.count("idempotentie where sleutel = '" + key + "' and antwoord_body like '{\"herlezing\"%'"))
                .isEqualTo(1);
        assertThat(Db.count("idempotentie where sleutel = '" + key + "' and antwoord_body like '%" + naam + "%'")).isZero();
    }

    @Test
    void a_replay_after_consent_was_withdrawn_does_not_disclose_again() {
        String id = Cases.imposedWithCoordinator(clock.instant().minus(Duration.ofHours(2)));
        Api.as("zorgcoordinator")
                .post("/api/v1/huisverboden/" + id + "/toewijzingen", Map.of("rol", "GGZ", "gebruikersnaam", "ggz"))
                .statusCode(200);
        String uhg = Api.as("politie-thv").get("/api/v1/huisverboden/" + id).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        Api.as("ggz").put("/api/v1/huisverboden/" + id + "/ggz-signaal",
                Map.of("betrokkeneId", uhg, "betrokkenheid", "JA", "instelling", "GGZ inGeest")).statusCode(200);
        String consent = Api.as("zorgcoordinator")
                .post("/api/v1/toestemmingen", Map.of("betrokkeneId", uhg, "categorie", "GGZ", "ontvanger", "BLIJF_GROEP",
                        "doel", "zorgcoordinatie", "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0001", "geldigTot",
                        java.time.Instant.now().plus(Duration.ofDays(30)).toString()))
                .statusCode(201).extract().path("id");
        String key = UUID.randomUUID().toString();
        Map<String, Object> advies = Map.of("advies", "VERLENGEN", "motivering", "Dreiging houdt aan", "gronden",
                java.util.List.of("DREIGING_HOUDT_AAN"));
        Api.as("zorgcoordinator").request().header("Idempotency-Key", key).body(advies)
                .post("/api/v1/huisverboden/" + id + "/verlengingsadvies").then().statusCode(200)
                .body("ggzSignalen.size()", org.hamcrest.Matchers.equalTo(1));
        Api.as("zorgcoordinator").post("/api/v1/toestemmingen/" + consent + "/intrekking", Map.of("reden", "ingetrokken"))
                .statusCode(200);
        Api.as("zorgcoordinator").request().header("Idempotency-Key", key).body(advies)
                .post("/api/v1/huisverboden/" + id + "/verlengingsadvies").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("ggzSignalen", org.hamcrest.Matchers.nullValue())
                .body("onthouden", hasItem("GGZ"));
    }

    /** Makes a stored key look like one whose request died holding it: BEZIG, no answer, lease run out. */
    private static void dieWithClaim(String key, String traceId) {
        Db.execute("update idempotentie set status = 'BEZIG', antwoord_status = null, antwoord_headers = null,"
                + " antwoord_body = null, claim_tot = now() - interval '1 minute', trace_id = '" + traceId + "'"
                + " where sleutel = '" + key + "'");
    }

    @Test
    void a_retry_after_a_crash_that_lost_the_answer_learns_the_case_that_was_written() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600));
        AuditTrailAssertions first = AuditTrailAssertions.newTrace();
        String id = Api.as("politie-thv").request().header("Idempotency-Key", key).header("traceparent", first.traceparent())
                .body(body).post("/api/v1/huisverboden").then().statusCode(201).extract().path("id");
        dieWithClaim(key, first.traceId());
        Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden").then()
                .statusCode(201).header("Idempotent-Replayed", "true").header("Location", org.hamcrest.Matchers.endsWith(id))
                .body("id", equalTo(id));
        assertThat(Db.count("betrokkene where naam = '" + Cases.persons(body).get(0).get("naam") + "'")).isEqualTo(1);
    }

    @Test
    void a_retry_after_a_crash_before_the_write_committed_runs_anew() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600));
        Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden").then()
                .statusCode(201);
        // a trace without any audit line: as if the first request died before its transaction committed
        dieWithClaim(key, AuditTrailAssertions.newTrace().traceId());
        Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden").then()
                .statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_claim_whose_lease_still_holds_is_409() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600));
        Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden").then()
                .statusCode(201);
        Db.execute("update idempotentie set status = 'BEZIG', claim_tot = now() + interval '1 minute' where sleutel = '"
                + key + "'");
        Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden").then()
                .statusCode(409);
    }

    @Test
    void a_stored_error_is_replayed_as_it_was_without_an_audit_line() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> zonderGemeente = Map.of("adres", Map.of("postcode", "1111AA", "huisnummer", "3"), "onderbouwing",
                "fout " + UUID.randomUUID());
        partner("partner-blijfgroep").header("Idempotency-Key", key).body(zonderGemeente).post(AANVRAGEN).then()
                .statusCode(400);
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        partner("partner-blijfgroep").header("Idempotency-Key", key).header("traceparent", trail.traceparent())
                .body(zonderGemeente).post(AANVRAGEN).then().statusCode(400).header("Idempotent-Replayed", "true")
                .body("invalidParams.name", hasItem("gemeente"));
        assertThat(trail.lines()).isEmpty();
    }

    @Test
    void a_replay_whose_audit_line_cannot_be_written_is_503_without_the_stored_response() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600));
        Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden").then()
                .statusCode(201);
        Db.execute("alter table audit_regel add constraint test_audit_kapot check (actie <> 'IDEMPOTENT_HERHAALD') not valid");
        try {
            Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden").then()
                    .statusCode(503).contentType("application/problem+json")
                    .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("betrokkenen")));
        } finally {
            Db.execute("alter table audit_regel drop constraint test_audit_kapot");
        }
    }

    @Test
    void the_same_key_with_another_payload_is_422() {
        String key = UUID.randomUUID().toString();
        String merk = "eerste " + UUID.randomUUID();
        partner("partner-blijfgroep").header("Idempotency-Key", key).body(aanvraag(merk)).post(AANVRAGEN).then()
                .statusCode(201);
        String ander = "ander " + UUID.randomUUID();
        partner("partner-blijfgroep").header("Idempotency-Key", key).body(aanvraag(ander)).post(AANVRAGEN).then()
                .statusCode(422).contentType("application/problem+json");
        assertThat(stored(ander)).isZero();
    }

    @Test
    void concurrent_retries_with_one_key_write_once_and_the_others_get_409_or_the_replay() throws Exception {
        String key = UUID.randomUUID().toString();
        String merk = "gelijktijdig " + UUID.randomUUID();
        String token = Tokens.partner("partner-blijfgroep");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                        .body(aanvraag(merk)).post(AANVRAGEN).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertThat(statuses).isSubsetOf(201, 409).contains(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(stored(merk)).isEqualTo(1);
    }

    @Test
    void a_retry_while_the_first_request_is_still_running_gets_409_and_writes_nothing() throws Exception {
        String merk = "in behandeling " + UUID.randomUUID();
        String body = "{\"gemeente\":\"DIEMEN\",\"adres\":{\"postcode\":\"1111AA\",\"huisnummer\":\"3\"},\"onderbouwing\":\""
                + merk + "\"}";
        String eerste = UUID.randomUUID().toString();
        partner("partner-blijfgroep").header("Idempotency-Key", eerste).body(aanvraag("voorloper " + merk)).post(AANVRAGEN)
                .then().statusCode(201);
        String key = UUID.randomUUID().toString();
        // the first request with this key is "in flight": its claim is committed, its response not yet stored
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(("POST " + AANVRAGEN + "\n" + body).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Db.execute("insert into idempotentie (scope, sleutel, verzoek_hash, status, aangemaakt_op, verloopt_op)"
                + " select scope, '" + key + "', '" + hash + "', 'BEZIG', now(), now() + interval '1 hour'"
                + " from idempotentie where sleutel = '" + eerste + "'");
        partner("partner-blijfgroep").header("Idempotency-Key", key).body(body).post(AANVRAGEN).then().statusCode(409)
                .contentType("application/problem+json");
        assertThat(stored(merk)).isZero();
    }

    @Test
    void a_user_may_send_a_key_too_and_imposes_once() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600));
        String first = Api.as("politie-thv").request().header("Idempotency-Key", key).body(body).post("/api/v1/huisverboden")
                .then().statusCode(201).extract().path("id");
        String second = Api.as("politie-thv").request().header("Idempotency-Key", key).body(body)
                .post("/api/v1/huisverboden").then().statusCode(201).extract().path("id");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void over_quota_is_429_with_retry_after_other_partners_go_on_and_the_next_window_recovers() {
        clock.advance(Duration.ofMinutes(5));
        for (int i = 0; i < 5; i++) {
            partner("partner-om").get("/api/v1/ik").then().statusCode(200);
        }
        partner("partner-om").get("/api/v1/ik").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        partner("partner-blijfgroep").get("/api/v1/ik").then().statusCode(200);
        clock.advance(Duration.ofSeconds(11));
        partner("partner-om").get("/api/v1/ik").then().statusCode(200);
    }

    @Test
    void graphql_counts_every_aliased_root_field() {
        clock.advance(Duration.ofMinutes(10));
        String aliases = "{ a: prioriteitenlijst { volledig } b: prioriteitenlijst { volledig } c: prioriteitenlijst { volledig }"
                + " d: prioriteitenlijst { volledig } e: prioriteitenlijst { volledig } f: prioriteitenlijst { volledig } }";
        List<Integer> statuses = partner("partner-om").body(Map.of("query", aliases)).post("/graphql").then().statusCode(200)
                .extract().path("errors.extensions.problem.status");
        assertThat(statuses).contains(429);
    }
}
