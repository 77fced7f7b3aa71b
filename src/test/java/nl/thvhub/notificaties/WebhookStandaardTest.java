package nl.thvhub.notificaties;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import nl.thvhub.notificaties.service.Bezorger;
import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Await;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Tokens;

/**
 * Deliveries checked by a receiver written with the official {@code standardwebhooks} and {@code cloudevents} npm
 * packages (installed from the npm registry into target/, run with node), not by our own code: a valid signature, a
 * tampered body and an old timestamp rejected, rotation with two secrets, the same ids on a retry, the NL GOV profile's
 * attributes, and no personal data in the payload.
 */
@QuarkusTest
class WebhookStandaardTest {

    private static final Path MAP = Path.of("target", "webhook-ontvanger");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Process node;
    private static int poort;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Bezorger bezorger;

    @BeforeAll
    static void start() throws Exception {
        Files.createDirectories(MAP);
        for (String f : List.of("package.json", "ontvanger.mjs")) {
            Files.copy(Path.of("src", "test", "node", f), MAP.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(MAP.resolve("node_modules").resolve("standardwebhooks"))) {
            // never inheritIO: the test JVM's stdout is surefire's channel, and npm's output would corrupt it
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(MAP.toFile()).redirectErrorStream(true).redirectOutput(MAP.resolve("npm.log").toFile())
                    .start();
            assertThat(npm.waitFor(180, TimeUnit.SECONDS) && npm.exitValue() == 0)
                    .as("npm install of standardwebhooks and cloudevents (needs node, npm and the npm registry)").isTrue();
        }
        try (ServerSocket s = new ServerSocket(0)) {
            poort = s.getLocalPort();
        }
        node = new ProcessBuilder("node", "ontvanger.mjs", Integer.toString(poort)).directory(MAP.toFile())
                .redirectErrorStream(true).redirectOutput(MAP.resolve("ontvanger.log").toFile()).start();
        Await.until("node receiver", Duration.ofSeconds(20), () -> {
            try {
                return get("/ontvangen") != null;
            } catch (IOException e) {
                return false;
            }
        });
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.destroy();
        }
    }

    private static String get(String pad) throws IOException {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String post(String pad, JsonObject body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + poort + pad))
                .POST(HttpRequest.BodyPublishers.ofString(body.encode())).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static void config(List<String> geheimen, int storingen) throws Exception {
        post("/config", new JsonObject().put("geheimen", new JsonArray(geheimen)).put("storingen", storingen));
    }

    /** The recorded deliveries about one case, oldest first. */
    private static List<JsonObject> over(String zaak) throws IOException {
        JsonArray alle = new JsonArray(get("/ontvangen"));
        return alle.stream().map(o -> (JsonObject) o).filter(o -> o.getString("body").contains(zaak)).toList();
    }

    private static JsonPath abonneer() {
        return given().auth().oauth2(Tokens.partner("partner-blijfgroep")).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("callbackUrl", "http://127.0.0.1:" + poort + "/hook", "events", List.of("huisverbod.opgelegd")))
                .post("/api/v1/abonnementen").then().statusCode(201).extract().jsonPath();
    }

    private static void opzeggen(String id) {
        given().auth().oauth2(Tokens.partner("partner-blijfgroep")).delete("/api/v1/abonnementen/" + id).then()
                .statusCode(204);
    }

    private String opleggen() {
        return Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
    }

    private List<JsonObject> wachtOp(String zaak, int aantal) throws Exception {
        Await.until("deliveries", Duration.ofSeconds(30), () -> {
            nl.thvhub.testing.Verzonden.alles(dispatcher);
            bezorger.bezorg().await().atMost(Duration.ofSeconds(30));
            try {
                return over(zaak).size() >= aantal;
            } catch (IOException e) {
                return false;
            }
        });
        return over(zaak);
    }

    @Test
    void the_official_libraries_verify_and_parse_a_delivery_and_the_retry_keeps_its_ids() throws Exception {
        JsonPath ab = abonneer();
        String geheim = ab.getString("geheim");
        assertThat(geheim).startsWith("whsec_");
        config(List.of(geheim), 1);
        try {
            String zaak = opleggen();
            List<JsonObject> ontvangen = wachtOp(zaak, 2);
            JsonObject eerste = ontvangen.get(0);
            JsonObject tweede = ontvangen.get(1);
            assertThat(eerste.getBoolean("storing")).isTrue();
            assertThat(tweede.getJsonObject("geldig").getBoolean(geheim)).as(tweede.encode()).isTrue();
            assertThat(tweede.getString("cloudeventFout")).as("cloudevents validate()").isNull();
            assertThat(tweede.getString("webhookId")).isEqualTo(eerste.getString("webhookId"));
            JsonObject event = tweede.getJsonObject("event");
            assertThat(event.getString("id")).isEqualTo(eerste.getJsonObject("event").getString("id"));
            // the NL GOV profile's attributes
            assertThat(event.getString("specversion")).isEqualTo("1.0");
            assertThat(event.getString("source")).matches("urn:nld:oin:[0-9]{20}:systeem:[a-z0-9-]+");
            assertThat(event.getString("type")).isEqualTo("nl.thvhub.huisverbod.opgelegd");
            assertThat(event.getString("subject")).isEqualTo(zaak);
            assertThat(event.getString("time")).isNotBlank();
            assertThat(event.getString("dataref")).isEqualTo("/api/v1/huisverboden/" + zaak);
            assertThat(tweede.getJsonObject("headers").getString("content-type")).isEqualTo("application/cloudevents+json");
            // thin data: ids, the event's code and a link, nothing about persons
            JsonObject data = event.getJsonObject("data");
            assertThat(data.fieldNames()).containsExactlyInAnyOrder("huisverbodId", "gebeurtenis", "link");
            assertThat(tweede.getString("body")).doesNotContain("Pleger", "Slachtoffer", "straat", "geboortedatum");
        } finally {
            opzeggen(ab.getString("id"));
        }
    }

    @Test
    void a_tampered_body_and_an_old_timestamp_are_rejected_by_the_library() throws Exception {
        JsonPath ab = abonneer();
        String geheim = ab.getString("geheim");
        config(List.of(geheim), 0);
        try {
            String zaak = opleggen();
            JsonObject echt = wachtOp(zaak, 1).get(0);
            JsonObject headers = echt.getJsonObject("headers");
            String body = echt.getString("body");
            JsonObject gewijzigd = new JsonObject(post("/controleer", new JsonObject().put("headers", headers)
                    .put("body", body.replace("huisverbod.opgelegd", "huisverbod.ingetrokken"))));
            assertThat(gewijzigd.getJsonObject("geldig").getBoolean(geheim)).isFalse();
            JsonObject oud = headers.copy().put("webhook-timestamp",
                    Long.toString(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond()));
            JsonObject verlopen = new JsonObject(post("/controleer", new JsonObject().put("headers", oud).put("body", body)));
            assertThat(verlopen.getJsonObject("geldig").getBoolean(geheim)).isFalse();
            assertThat(verlopen.getJsonObject("fouten").getString(geheim)).containsIgnoringCase("timestamp");
        } finally {
            opzeggen(ab.getString("id"));
        }
    }

    @Test
    void during_rotation_a_delivery_verifies_with_the_old_and_with_the_new_secret() throws Exception {
        JsonPath ab = abonneer();
        String oud = ab.getString("geheim");
        String sleutel = java.util.UUID.randomUUID().toString();
        JsonPath nieuw = given().auth().oauth2(Tokens.partner("partner-blijfgroep")).header("Idempotency-Key", sleutel)
                .post("/api/v1/abonnementen/" + ab.getString("id") + "/geheim").then().statusCode(200).extract().jsonPath();
        String nieuwGeheim = nieuw.getString("geheim");
        assertThat(nieuwGeheim).startsWith("whsec_").isNotEqualTo(oud);
        assertThat(nieuw.getString("vorigGeheimGeldigTot")).isNotNull();
        // a retried rotation does not rotate again, and the idempotency store never held the secret
        assertThat(given().auth().oauth2(Tokens.partner("partner-blijfgroep")).header("Idempotency-Key", sleutel)
                .post("/api/v1/abonnementen/" + ab.getString("id") + "/geheim").then().statusCode(200).extract()
                .<String>path("geheim")).isNull();
        try (java.sql.Connection c = nl.thvhub.testing.Db.connect();
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery(
                        "select string_agg(antwoord_body, ' | ') from idempotentie where antwoord_body like '%\"geheim\":\"whsec_%'")) {
            rs.next();
            assertThat(rs.getString(1)).as("the idempotency store never holds a secret").isNull();
        }
        assertThat(given().auth().oauth2(Tokens.partner("partner-blijfgroep")).get("/api/v1/abonnementen").then()
                .statusCode(200).extract().<String>path("find { it.id == '" + ab.getString("id") + "' }.geheim"))
                .as("the secret is never shown again").isNull();
        config(List.of(oud, nieuwGeheim), 0);
        try {
            String zaak = opleggen();
            JsonObject d = wachtOp(zaak, 1).get(0);
            assertThat(d.getJsonObject("headers").getString("webhook-signature").split(" ")).hasSize(2);
            Map<String, Object> geldig = new HashMap<>(d.getJsonObject("geldig").getMap());
            assertThat(geldig).containsEntry(oud, true).containsEntry(nieuwGeheim, true);
        } finally {
            opzeggen(ab.getString("id"));
        }
    }

    @Test
    void the_previous_secret_is_erased_once_its_overlap_has_ended() {
        JsonPath ab = abonneer();
        try {
            given().auth().oauth2(Tokens.partner("partner-blijfgroep"))
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .post("/api/v1/abonnementen/" + ab.getString("id") + "/geheim").then().statusCode(200);
            String waar = "abonnement where id = '" + ab.getString("id") + "' and vorig_secret is not null";
            abonnementen.wisVorigeGeheimen().await().atMost(Duration.ofSeconds(30));
            assertThat(nl.thvhub.testing.Db.count(waar)).as("kept during the overlap").isEqualTo(1);
            nl.thvhub.testing.Db.execute("update abonnement set vorig_geldig_tot = now() - interval '1 second' where id = '"
                    + ab.getString("id") + "'");
            abonnementen.wisVorigeGeheimen().await().atMost(Duration.ofSeconds(30));
            assertThat(nl.thvhub.testing.Db.count(waar)).as("erased after it").isZero();
        } finally {
            opzeggen(ab.getString("id"));
        }
    }

    @jakarta.inject.Inject
    nl.thvhub.notificaties.service.AbonnementService abonnementen;

    @Test
    void a_partner_chosen_secret_is_refused_and_another_clients_subscription_is_not_found() {
        given().auth().oauth2(Tokens.partner("partner-blijfgroep")).contentType(ContentType.JSON)
                .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                .body(Map.of("callbackUrl", "http://127.0.0.1:" + poort + "/hook", "events", List.of("huisverbod.opgelegd"),
                        "secret", "zelfgekozen-geheim-123"))
                .post("/api/v1/abonnementen").then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", org.hamcrest.Matchers.hasItem("secret"));
        JsonPath ab = abonneer();
        try {
            given().auth().oauth2(Tokens.partner("partner-om"))
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .post("/api/v1/abonnementen/" + ab.getString("id") + "/geheim").then().statusCode(404);
            given().post("/api/v1/abonnementen/" + ab.getString("id") + "/geheim").then().statusCode(401);
            Api.as("zorgcoordinator").post("/api/v1/abonnementen/" + ab.getString("id") + "/geheim").statusCode(403);
        } finally {
            opzeggen(ab.getString("id"));
        }
    }
}
