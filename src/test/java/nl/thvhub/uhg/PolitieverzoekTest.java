package nl.thvhub.uhg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;

/**
 * Issue 33.5, through the real API with real tokens: the UHG's coordinator asks the police for help; the request shows
 * in the queue of the wijkagent of the case's wijk (not another wijk's) and the requester's, the police answer it and it
 * leaves both; only the UHG's coordinator asks; bad input named and nothing stored; reads audited per subject.
 */
@QuarkusTest
class PolitieverzoekTest {

    @jakarta.inject.Inject
    nl.thvhub.notificaties.service.Dispatcher dispatcher;

    private static final String BASE = "/api/v1/huisverboden/";

    private static String morgen() {
        return LocalDate.now(Huisverbod.TIJDZONE).plusDays(1).toString();
    }

    private static Map<String, Object> verzoek() {
        return Map.of("soort", "VERBLIJF_ACHTERHALEN", "toelichting", "Niet bereikbaar; slaapt mogelijk in zijn auto",
                "termijn", morgen());
    }

    private static List<String> soorten(String user, String zaak) {
        List<Map<String, Object>> items = Api.as(user).get("/api/v1/taken?huisverbodId=" + zaak).statusCode(200).extract()
                .path("items");
        return items.stream().map(t -> (String) t.get("soort")).toList();
    }

    @Test
    void a_request_reaches_the_wijkagent_of_the_wijk_and_the_requester_until_the_police_answer_it() {
        String[] z = Cases.metTweeCoordinatoren();
        String vid = Api.as("zorgcoordinator-2").post(BASE + z[0] + "/politieverzoeken", verzoek()).statusCode(201)
                .body("betrokkeneId", equalTo(z[1])).extract().path("id");
        assertThat(soorten("wijkagent-centrum", z[0])).contains("POLITIEVERZOEK_UITVOEREN");
        assertThat(soorten("politie-thv", z[0])).contains("POLITIEVERZOEK_UITVOEREN");
        assertThat(soorten("zorgcoordinator-2", z[0])).contains("POLITIEVERZOEK_AFWACHTEN");
        assertThat(soorten("zorgcoordinator", z[0])).doesNotContain("POLITIEVERZOEK_AFWACHTEN", "POLITIEVERZOEK_UITVOEREN");
        Api.as("wijkagent-zuidoost").get(BASE + z[0] + "/politieverzoeken").statusCode(404);
        Api.as("wijkagent-centrum").get(BASE + z[0] + "/politieverzoeken").statusCode(200).body("", hasSize(1))
                .body("[0].toelichting", equalTo("Niet bereikbaar; slaapt mogelijk in zijn auto"));

        Api.as("wijkagent-centrum").post(BASE + z[0] + "/politieverzoeken/" + vid + "/antwoord",
                Map.of("uitkomst", "UITGEVOERD", "toelichting", "Aangetroffen bij zijn broer; gemotiveerd om te bellen"))
                .statusCode(200).body("uitkomst", equalTo("UITGEVOERD")).body("beantwoordDoor", equalTo("wijkagent-centrum"));
        assertThat(soorten("wijkagent-centrum", z[0])).doesNotContain("POLITIEVERZOEK_UITVOEREN");
        assertThat(soorten("zorgcoordinator-2", z[0])).doesNotContain("POLITIEVERZOEK_AFWACHTEN");
        Api.as("zorgcoordinator-2").get(BASE + z[0] + "/politieverzoeken").statusCode(200)
                .body("[0].antwoord", equalTo("Aangetroffen bij zijn broer; gemotiveerd om te bellen"));
        Api.as("wijkagent-centrum").post(BASE + z[0] + "/politieverzoeken/" + vid + "/antwoord",
                Map.of("uitkomst", "NIET_MOGELIJK", "toelichting", "nogmaals")).statusCode(409);
        Api.as("zorgcoordinator-2").get(BASE + z[0] + "/geschiedenis").statusCode(200)
                .body("soort", hasItem("POLITIEVERZOEK_BEANTWOORD"));
        // the request is between the UHG's coordinator and the police: Veilig Thuis' history does not show it
        Api.as("veilig-thuis").get(BASE + z[0] + "/geschiedenis").statusCode(200)
                .body("soort", not(hasItem("POLITIEVERZOEK_BEANTWOORD")));
    }

    @Test
    void only_the_uhgs_coordinator_asks_and_only_the_police_answer() {
        String[] z = Cases.metTweeCoordinatoren();
        Api.as("zorgcoordinator").post(BASE + z[0] + "/politieverzoeken", verzoek()).statusCode(403);
        Api.as("veilig-thuis").post(BASE + z[0] + "/politieverzoeken", verzoek()).statusCode(403);
        RestAssured.given().contentType("application/json").body(verzoek()).post(BASE + z[0] + "/politieverzoeken").then()
                .statusCode(401);
        String vid = Api.as("zorgcoordinator-2").post(BASE + z[0] + "/politieverzoeken", verzoek()).statusCode(201)
                .extract().path("id");
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/politieverzoeken", verzoek()).statusCode(409);
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/politieverzoeken/" + vid + "/antwoord",
                Map.of("uitkomst", "UITGEVOERD", "toelichting", "x")).statusCode(403);
        Api.as("zorgcoordinator").get(BASE + z[0] + "/politieverzoeken").statusCode(403);
        Api.as("om-zsm").get(BASE + z[0] + "/politieverzoeken").statusCode(403);
    }

    @Test
    void bad_input_is_400_naming_the_field_and_stores_nothing() {
        String[] z = Cases.metTweeCoordinatoren();
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/politieverzoeken", Map.of("soort", "ARRESTEREN",
                "toelichting", "x", "termijn", morgen())).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("soort"));
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/politieverzoeken", Map.of("soort", "BEGELEIDING",
                "toelichting", "x", "termijn", LocalDate.now(Huisverbod.TIJDZONE).minusDays(2).toString())).statusCode(400)
                .body("invalidParams[0].name", equalTo("termijn"));
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/politieverzoeken", Map.of("soort", "BEGELEIDING",
                "termijn", morgen())).statusCode(400).body("invalidParams[0].name", equalTo("toelichting"));
        Api.as("zorgcoordinator-2").get(BASE + z[0] + "/politieverzoeken").statusCode(200).body("", hasSize(0));
    }

    @Test
    void reading_the_requests_is_audited_for_the_uhg() {
        String[] z = Cases.metTweeCoordinatoren();
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/politieverzoeken", verzoek()).statusCode(201);
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("politie-thv").request().header("traceparent", trail.traceparent()).get(BASE + z[0] + "/politieverzoeken")
                .then().statusCode(200);
        assertThat(trail.linesOf("POLITIEVERZOEKEN_LEZEN")).singleElement().satisfies(l -> {
            assertThat(l.betrokkeneId()).isEqualTo(z[1]);
            assertThat(l.verstrekt()).contains("POLITIEVERZOEK");
        });
    }

    @Test
    void graphql_asks_and_answers_the_same_way_and_the_police_and_the_requester_are_told() {
        String[] z = Cases.metTweeCoordinatoren();
        String vid = Api.as("zorgcoordinator-2").graphql("mutation($id: ID!) { politieverzoekDoen(huisverbodId: $id, "
                + "verzoek: {soort: MOTIVERINGSGESPREK, toelichting: \"Weigert contact\", termijn: \"" + morgen()
                + "\"}) { id soort } }", Map.of("id", z[0])).statusCode(200).body("errors", org.hamcrest.Matchers.nullValue())
                .body("data.politieverzoekDoen.soort", equalTo("MOTIVERINGSGESPREK")).extract()
                .path("data.politieverzoekDoen.id");
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        assertThat(nl.thvhub.testing.Db.count("notificatie where huisverbod_id = '" + z[0]
                + "' and type = 'politieverzoek.gedaan' and ontvanger_rol = 'wijkagent' and ontvanger_wijk = 'centrum'"))
                .isEqualTo(1);
        Api.as("politie-thv").graphql("mutation($id: ID!, $v: ID!) { politieverzoekBeantwoorden(huisverbodId: $id, "
                + "verzoekId: $v, antwoord: {uitkomst: NIET_MOGELIJK, toelichting: \"Niet aangetroffen\"}) { uitkomst } }",
                Map.of("id", z[0], "v", vid)).statusCode(200)
                .body("data.politieverzoekBeantwoorden.uitkomst", equalTo("NIET_MOGELIJK"));
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        assertThat(nl.thvhub.testing.Db.count("notificatie where huisverbod_id = '" + z[0]
                + "' and type = 'politieverzoek.beantwoord' and ontvanger_gebruiker = 'zorgcoordinator-2'")).isEqualTo(1);
    }
}
