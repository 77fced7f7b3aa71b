package nl.thvhub.notificaties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;

import nl.thvhub.notificaties.service.Bezorger;
import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Await;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;
import nl.thvhub.testing.Tokens;
import nl.thvhub.testing.WebhookReceiver;

/** Partner webhooks: signed deliveries, retries, dead letters and replay, and exactly-once across concurrent workers. */
@QuarkusTest
class WebhookTest {

    @Inject
    Dispatcher dispatcher;

    @Inject
    Bezorger bezorger;

    @Inject
    TestClock clock;

    /** The secret the hub made for the last subscription of a test: shown once, in the answer to creating it. */
    private static String geheim;

    private static String subscribe(WebhookReceiver receiver, String... events) {
        io.restassured.path.json.JsonPath a = given().auth().oauth2(Tokens.partner("partner-blijfgroep"))
                .contentType(ContentType.JSON).header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("callbackUrl", receiver.url(), "events", List.of(events))).post("/api/v1/abonnementen").then()
                .statusCode(201).extract().jsonPath();
        geheim = a.getString("geheim");
        assertThat(geheim).startsWith("whsec_");
        return a.getString("id");
    }

    private static void cancel(String subscription) {
        given().auth().oauth2(Tokens.partner("partner-blijfgroep")).delete("/api/v1/abonnementen/" + subscription).then()
                .statusCode(204);
    }

    private String impose(String gemeente) {
        return Cases.imposed(Cases.valid(clock.instant().minusSeconds(600), gemeente, "centrum"));
    }

    private static List<WebhookReceiver.Delivery> about(WebhookReceiver r, String id) {
        return r.deliveries().stream().filter(d -> d.body().contains(id)).toList();
    }

    @Test
    void a_subscription_receives_signed_thin_events_of_the_cases_its_organisation_coordinates_only() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String sub = subscribe(receiver, "huisverbod.opgelegd");
            try {
                String ours = impose("AMSTERDAM");
                String notOurs = impose("AALSMEER");
                Await.until("delivery", Duration.ofSeconds(20), () -> !about(receiver, ours).isEmpty());
                WebhookReceiver.Delivery d = about(receiver, ours).get(0);
                String expected = nl.thvhub.notificaties.service.Handtekening.header(List.of(geheim),
                        d.headers().get("webhook-id"), Long.parseLong(d.headers().get("webhook-timestamp")), d.body());
                assertThat(d.headers().get("webhook-signature")).isEqualTo(expected);
                assertThat(d.headers().get("webhook-id")).isNotBlank();
                assertThat(d.headers().get("content-type")).isEqualTo("application/cloudevents+json");
                assertThat(d.body()).contains("\"type\":\"nl.thvhub.huisverbod.opgelegd\"")
                        .contains("\"link\":\"/api/v1/huisverboden/" + ours + "\"")
                        .doesNotContain("Pleger");
                assertThat(about(receiver, notOurs)).isEmpty();
            } finally {
                cancel(sub);
            }
        }
    }

    @Test
    void a_receiver_that_is_down_gets_the_event_once_it_is_up_again() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(503);
            String sub = subscribe(receiver, "huisverbod.opgelegd");
            try {
                String id = impose("AMSTERDAM");
                Await.until("a failed attempt", Duration.ofSeconds(20), () -> {
                    List<Map<String, Object>> a = given().auth().oauth2(Tokens.partner("partner-blijfgroep"))
                            .get("/api/v1/abonnementen/" + sub + "/afleveringen")
                            .then().extract().path("findAll { it.huisverbodId == '" + id + "' }");
                    return !a.isEmpty() && ((Integer) a.get(0).get("pogingen")) >= 2;
                });
                receiver.answer(200);
                Await.until("delivery after recovery", Duration.ofSeconds(20), () -> about(receiver, id).size() == 1);
            } finally {
                cancel(sub);
            }
        }
    }

    @Test
    void after_the_retry_window_a_delivery_is_dead_lettered_and_can_be_replayed() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.answer(500);
            String sub = subscribe(receiver, "huisverbod.opgelegd");
            try {
                String id = impose("AMSTERDAM");
                nl.thvhub.testing.Verzonden.alles(dispatcher);
                bezorger.bezorg().await().atMost(Duration.ofSeconds(30));
                clock.advance(Duration.ofHours(26));
                Await.until("dead letter", Duration.ofSeconds(20), () -> {
                    bezorger.bezorg().await().atMost(Duration.ofSeconds(30));
                    List<String> dead = given().auth().oauth2(Tokens.partner("partner-blijfgroep"))
                            .get("/api/v1/abonnementen/" + sub + "/afleveringen?status=DOOD").then().extract()
                            .path("huisverbodId");
                    return dead.contains(id);
                });
                long gelezen = nl.thvhub.testing.Db.count("audit_regel where actie = 'AFLEVERINGEN_LEZEN' and huisverbod_id = '"
                        + id + "'");
                String delivery = given().auth().oauth2(Tokens.partner("partner-blijfgroep"))
                        .get("/api/v1/abonnementen/" + sub + "/afleveringen?status=DOOD")
                        .then().extract().path("find { it.huisverbodId == '" + id + "' }.id");
                // the delivery list names the case: audited, one line per case listed (issue 29, item 19)
                org.assertj.core.api.Assertions.assertThat(nl.thvhub.testing.Db.count("audit_regel where actie = "
                        + "'AFLEVERINGEN_LEZEN' and huisverbod_id = '" + id + "'")).isEqualTo(gelezen + 1);
                receiver.answer(200);
                given().auth().oauth2(Tokens.partner("partner-blijfgroep"))
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .post("/api/v1/abonnementen/" + sub + "/afleveringen/" + delivery + "/herlevering")
                        .then().statusCode(200);
                Await.until("replayed delivery", Duration.ofSeconds(20), () -> about(receiver, id).size() == 1);
                // once delivered it is no longer dead: offering it again says why (issue 38), not a bare 404
                Await.until("delivered", Duration.ofSeconds(20), () -> {
                    bezorger.bezorg().await().atMost(Duration.ofSeconds(30));
                    return "AFGELEVERD".equals(given().auth().oauth2(Tokens.partner("partner-blijfgroep"))
                            .get("/api/v1/abonnementen/" + sub + "/afleveringen").then().extract()
                            .path("find { it.id == '" + delivery + "' }.status"));
                });
                given().auth().oauth2(Tokens.partner("partner-blijfgroep"))
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .post("/api/v1/abonnementen/" + sub + "/afleveringen/" + delivery + "/herlevering")
                        .then().statusCode(409).contentType("application/problem+json")
                        .body("detail", org.hamcrest.Matchers.containsString("AFGELEVERD"));
            } finally {
                cancel(sub);
            }
        }
    }

    @Test
    void concurrent_workers_deliver_each_event_exactly_once() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String sub = subscribe(receiver, "huisverbod.opgelegd");
            try {
                List<String> ids = new java.util.ArrayList<>();
                for (int i = 0; i < 10; i++) {
                    ids.add(impose("AMSTERDAM"));
                }
                // two "instances" racing on the same database, beside the scheduled workers
                Uni.combine().all().unis(dispatcher.verwerk(), dispatcher.verwerk()).asTuple().await()
                        .atMost(Duration.ofSeconds(30));
                Uni.combine().all().unis(bezorger.bezorg(), bezorger.bezorg()).asTuple().await().atMost(Duration.ofSeconds(30));
                Await.until("all delivered", Duration.ofSeconds(20),
                        () -> ids.stream().allMatch(id -> !about(receiver, id).isEmpty()));
                Thread.sleep(1500);
                for (String id : ids) {
                    assertThat(about(receiver, id)).as("deliveries of " + id).hasSize(1);
                }
                assertThat(receiver.deliveries().stream().map(d -> d.headers().get("webhook-id")).distinct().count())
                        .isEqualTo(receiver.deliveries().size());
            } finally {
                cancel(sub);
            }
        }
    }

    @Test
    void only_partner_systems_subscribe_and_only_to_https_or_loopback() {
        Api.as("zorgcoordinator")
                .post("/api/v1/abonnementen",
                        Map.of("callbackUrl", "https://x.example/hook", "events", List.of("huisverbod.opgelegd")))
                .statusCode(403);
        given().auth().oauth2(Tokens.partner("partner-blijfgroep")).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("callbackUrl", "http://partner.example/hook", "events", List.of("huisverbod.gedanst"), "secret",
                        "kort"))
                .post("/api/v1/abonnementen")
                .then().statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItems("callbackUrl", "events", "secret"));
        assertThat(Instant.now()).isNotNull();
    }

    @Test
    void the_signing_secret_is_encrypted_at_rest() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String sub = subscribe(receiver, "huisverbod.opgelegd");
            try {
                assertThat(nl.thvhub.testing.Db.count("abonnement where id = '" + sub + "' and secret like 'v1:%'"))
                        .isEqualTo(1);
                assertThat(nl.thvhub.testing.Db.count("abonnement where id = '" + sub + "' and secret like '%"
                        + geheim.substring("whsec_".length()) + "%'"))
                        .isZero();
            } finally {
                cancel(sub);
            }
        }
    }

    @Test
    void a_webhook_cannot_target_the_hubs_own_network() {
        for (String url : List.of("https://10.0.0.5/hook", "https://169.254.169.254/latest/meta-data", "https://192.168.1.1/",
                "https://[fd00::1]/hook", "https://100.64.0.1/", "https://0.0.0.0/", "http://10.0.0.5/hook",
                "https://[::ffff:10.0.0.5]/hook", "https://gebruiker@93.184.215.14/hook")) {
            given().auth().oauth2(Tokens.partner("partner-blijfgroep")).contentType(ContentType.JSON)
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .body(Map.of("callbackUrl", url, "events", List.of("huisverbod.opgelegd")))
                    .post("/api/v1/abonnementen").then().statusCode(400).contentType("application/problem+json")
                    .body("invalidParams.name", org.hamcrest.Matchers.hasItem("callbackUrl"));
        }
    }

    @Test
    void a_failed_delivery_stores_a_generic_error_not_the_exception_text() throws Exception {
        String sub;
        String url;
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            url = receiver.url();
        }
        // the receiver is gone: the port refuses connections
        sub = given().auth().oauth2(Tokens.partner("partner-blijfgroep")).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("callbackUrl", url, "events", List.of("huisverbod.opgelegd")))
                .post("/api/v1/abonnementen").then().statusCode(201).extract().path("id");
        try {
            String id = impose("AMSTERDAM");
            nl.thvhub.testing.Verzonden.alles(dispatcher);
            bezorger.bezorg().await().atMost(Duration.ofSeconds(30));
            List<String> fouten = given().auth().oauth2(Tokens.partner("partner-blijfgroep"))
                    .get("/api/v1/abonnementen/" + sub + "/afleveringen").then().statusCode(200).extract()
                    .path("findAll { it.huisverbodId == '" + id + "' }.laatsteFout");
            assertThat(fouten).isNotEmpty().allSatisfy(f -> assertThat(f).isIn("verbinding mislukt", "time-out"));
        } finally {
            cancel(sub);
        }
    }
}
