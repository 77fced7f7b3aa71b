package nl.thvhub.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.thvhub.notificaties.service.Bezorger;
import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.Tokens;
import nl.thvhub.testing.WebhookReceiver;

/**
 * GGZ involvement never reaches the police or the OM without consent (issue 15.3 and 15.4): not as a {@code rol: GGZ}
 * assignment in the case view, not in the history, not as a webhook event. Assignments and history entries are shown
 * under the category of what they reveal, decided by the same {@code Disclosure} as the view.
 */
@QuarkusTest
class GgzNaarPolitieTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    Dispatcher dispatcher;

    @Inject
    Bezorger bezorger;

    private static String caseWithGgzAssigned() {
        String id = Cases.imposedWithCoordinator(Instant.now().minus(Duration.ofHours(2)));
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "GGZ", "gebruikersnaam", "ggz"))
                .statusCode(200);
        return id;
    }

    @Test
    void the_police_do_not_see_a_ggz_assignment_in_the_case_view() {
        String id = caseWithGgzAssigned();
        Api.as("politie-thv").get(BASE + id).statusCode(200).body("toewijzingen.rol", not(hasItem("GGZ")))
                .body("toewijzingen.rol", hasItem("ZORGCOORDINATOR")).body("onthouden", hasItem("GGZ"));
        Api.as("om-zsm").get(BASE + id).statusCode(200).body("toewijzingen.rol", not(hasItem("GGZ")));
        Api.as("ggz").get(BASE + id).statusCode(200).body("toewijzingen.rol", hasItem("GGZ"));
    }

    @Test
    void the_police_do_not_see_a_ggz_assignment_in_the_history() {
        String id = caseWithGgzAssigned();
        List<Map<String, Object>> history = Api.as("politie-thv").get(BASE + id + "/geschiedenis").statusCode(200).extract()
                .path("$");
        assertThat(history).isNotEmpty().noneMatch(e -> e.toString().contains("GGZ"));
        List<Map<String, Object>> ggz = Api.as("ggz").get(BASE + id + "/geschiedenis").statusCode(200).extract().path("$");
        assertThat(ggz).anyMatch(e -> e.toString().contains("GGZ"));
    }

    @Test
    void the_police_do_not_see_the_hand_over_target_in_the_history() {
        String id = Cases.imposedWithCoordinator(Instant.now().minus(Duration.ofDays(20)));
        String dag = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString();
        Cases.eindrapportAfgezien(id);
        Api.as("zorgcoordinator")
                .post(BASE + id + "/afsluiting", Map.of("overdrachtAan", "Wijkteam Noord", "overdrachtDatum", dag,
                        "gezamenlijkGesprek", true, "beeindigingGrond", "DOEL_BEREIKT"))
                .statusCode(200);
        List<String> police = Api.as("politie-thv").get(BASE + id + "/geschiedenis").statusCode(200).extract().path("soort");
        assertThat(police).contains("OPGELEGD").doesNotContain("AFGESLOTEN");
        List<String> coordinator = Api.as("veilig-thuis").get(BASE + id + "/geschiedenis").statusCode(200).extract()
                .path("soort");
        assertThat(coordinator).contains("OPGELEGD", "AFGESLOTEN");
    }

    @Test
    void a_partner_without_consent_receives_no_ggz_event_by_webhook() throws Exception {
        String id = caseWithGgzAssigned();
        String uhg = Api.as("politie-thv").get(BASE + id).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            String sub = given().auth().oauth2(Tokens.partner("partner-om")).contentType(ContentType.JSON)
                    .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                    .body(Map.of("callbackUrl", receiver.url(), "events", List.of("ggz-signaal.gewijzigd")))
                    .post("/api/v1/abonnementen").then().statusCode(201).extract().path("id");
            try {
                Map<String, Object> signaal = new HashMap<>();
                signaal.put("betrokkeneId", uhg);
                signaal.put("betrokkenheid", "JA");
                signaal.put("instelling", "GGZ inGeest");
                Api.as("ggz").put(BASE + id + "/ggz-signaal", signaal).statusCode(200);
                nl.thvhub.testing.Verzonden.alles(dispatcher);
                bezorger.bezorg().await().atMost(Duration.ofSeconds(30));
                assertThat(Db.count("aflevering where abonnement_id = '" + sub + "'")).isZero();
                assertThat(receiver.deliveries()).noneMatch(d -> d.body().contains(id));
                assertThat(Db.count("notificatie where huisverbod_id = '" + id + "' and type = 'ggz-signaal.gewijzigd'"
                        + " and ontvanger_rol in ('politie-thv', 'wijkagent', 'om-zsm')")).isZero();
            } finally {
                given().auth().oauth2(Tokens.partner("partner-om")).delete("/api/v1/abonnementen/" + sub).then()
                        .statusCode(204);
            }
        }
    }
}
