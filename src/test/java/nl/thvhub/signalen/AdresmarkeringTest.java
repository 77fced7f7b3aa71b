package nl.thvhub.signalen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;

/** Address markers: placed by politie-thv with the OM's agreement, looked up by police roles, audited, expiring. */
@QuarkusTest
class AdresmarkeringTest {

    private static final String BASE = "/api/v1/adresmarkeringen";
    private static final AtomicInteger HUISNUMMER = new AtomicInteger(200);

    @Inject
    TestClock clock;

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    private Map<String, Object> marker(String huisnummer, LocalDate geldigTot) {
        Map<String, Object> body = new HashMap<>();
        body.put("postcode", "1102 AB");
        body.put("huisnummer", huisnummer);
        body.put("reden", "Drie meldingen huiselijk geweld in een jaar; voldoet aan de criteria");
        body.put("geldigTot", geldigTot.toString());
        body.put("beoordeeldDoor", "teamchef Zuidoost");
        body.put("omInstemming", Map.of("kenmerk", "OM-ZSM-2026-118", "datum", today().toString()));
        return body;
    }

    private String lookup(String user, String huisnummer) {
        return BASE + "?postcode=1102AB&huisnummer=" + huisnummer;
    }

    @Test
    void a_marked_address_answers_only_whether_and_since_when() {
        String nr = String.valueOf(HUISNUMMER.incrementAndGet());
        Api.as("politie-thv").get(lookup("politie-thv", nr)).statusCode(200).body("gemarkeerd", equalTo(false))
                .body("sinds", nullValue());
        Api.as("politie-thv").post(BASE, marker(nr, today().plusMonths(6))).statusCode(201).body("postcode",
                equalTo("1102AB"));
        Map<String, Object> answer = Api.as("wijkagent-zuidoost").get(lookup("wijkagent-zuidoost", nr)).statusCode(200)
                .body("gemarkeerd", equalTo(true)).body("sinds", equalTo(today().toString())).extract().as(Map.class);
        assertThat(answer).containsOnlyKeys("gemarkeerd", "sinds");
    }

    @Test
    void a_lookup_with_the_address_in_the_body_keeps_it_out_of_the_url() {
        String nr = String.valueOf(HUISNUMMER.incrementAndGet());
        Api.as("politie-thv").post(BASE + "/zoeken", Map.of("postcode", "1102AB", "huisnummer", nr)).statusCode(200)
                .body("gemarkeerd", equalTo(false));
        Api.as("politie-thv").post(BASE, marker(nr, today().plusMonths(6))).statusCode(201);
        Api.as("wijkagent-zuidoost").post(BASE + "/zoeken", Map.of("postcode", "1102AB", "huisnummer", nr)).statusCode(200)
                .body("gemarkeerd", equalTo(true)).body("sinds", equalTo(today().toString()));
        Api.as("wijkagent-zuidoost").post(BASE + "/zoeken", Map.of("postcode", "1102AB")).statusCode(400)
                .body("invalidParams.name", hasItem("huisnummer"));
        Api.as("zorgcoordinator").post(BASE + "/zoeken", Map.of("postcode", "1102AB", "huisnummer", nr)).statusCode(403);
    }

    @Test
    void an_expired_marker_is_not_shown() {
        String nr = String.valueOf(HUISNUMMER.incrementAndGet());
        Api.as("politie-thv").post(BASE, marker(nr, today().plusDays(10))).statusCode(201);
        Api.as("politie-thv").get(lookup("politie-thv", nr)).body("gemarkeerd", equalTo(true));
        clock.advance(Duration.ofDays(11));
        Api.as("politie-thv").get(lookup("politie-thv", nr)).statusCode(200).body("gemarkeerd", equalTo(false))
                .body("sinds", nullValue());
    }

    @Test
    void every_lookup_is_audited_without_the_address_in_the_log() {
        String nr = String.valueOf(HUISNUMMER.incrementAndGet());
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("wijkagent-centrum").request().header("traceparent", trail.traceparent()).get(lookup("wijkagent-centrum", nr))
                .then().statusCode(200);
        assertThat(trail.lines()).singleElement().satisfies(l -> assertThat(l.actie()).isEqualTo("ADRESMARKERING_OPVRAGEN"));
        assertThat(Db.count("audit_regel where reden like '%1102AB%'")).isZero();
    }

    @Test
    void a_marker_needs_the_om_agreement_and_at_most_a_year_of_validity() {
        String nr = String.valueOf(HUISNUMMER.incrementAndGet());
        Map<String, Object> body = marker(nr, today().plusMonths(13));
        Api.as("politie-thv").post(BASE, body).statusCode(400).body("invalidParams.name", hasItem("geldigTot"));
        body = marker(nr, today().plusMonths(3));
        body.remove("omInstemming");
        Api.as("politie-thv").post(BASE, body).statusCode(400).body("invalidParams.name", hasItem("omInstemming"));
        body = marker(nr, today().plusMonths(3));
        body.put("postcode", "ABCD");
        Api.as("politie-thv").post(BASE, body).statusCode(400).body("invalidParams.name", hasItem("postcode"));
        Api.as("politie-thv").get(BASE + "?postcode=1102AB").statusCode(400).body("invalidParams.name", hasItem("huisnummer"));
        assertThat(Db.count("adresmarkering where huisnummer = '" + nr + "'")).isZero();
    }

    @ParameterizedTest(name = "{0} may not place a marker")
    @ValueSource(strings = {"wijkagent-centrum", "om-zsm", "veilig-thuis", "gemeente"})
    void only_politie_thv_places_markers(String user) {
        Api.as(user).post(BASE, marker("1", today().plusMonths(1))).statusCode(403);
    }

    @ParameterizedTest(name = "{0} may not look up")
    @ValueSource(strings = {"om-zsm", "veilig-thuis", "zorgcoordinator", "gemeente", "fg"})
    void only_police_roles_look_up(String user) {
        Api.as(user).get(lookup(user, "1")).statusCode(403);
    }

    @Test
    void without_a_token_401() {
        RestAssured.given().get(BASE + "?postcode=1102AB&huisnummer=1").then().statusCode(401);
        RestAssured.given().contentType("application/json").body(marker("1", today().plusMonths(1))).post(BASE).then()
                .statusCode(401);
    }
}
