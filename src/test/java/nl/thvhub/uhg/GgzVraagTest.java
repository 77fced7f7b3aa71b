package nl.thvhub.uhg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;

/**
 * Issue 33.6, through the real API with real tokens: the UHG's coordinator asks GGZ whether it knows him; without his
 * consent the question is refused and stores nothing; with it, GGZ's queue has the question, GGZ sees that one person
 * (not the victim) and answers with his GGZ flag, which closes the question.
 */
@QuarkusTest
class GgzVraagTest {

    private static final String BASE = "/api/v1/huisverboden/";

    private static void toestemming(String persoon, String categorie, String ontvanger, String doel) {
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", Map.of("betrokkeneId", persoon, "categorie", categorie,
                "ontvanger", ontvanger, "doel", doel, "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0133",
                "geldigTot", Instant.now().plus(Duration.ofDays(30)).toString())).statusCode(201);
    }

    private static List<String> ggzTaken(String zaak) {
        List<Map<String, Object>> items = Api.as("ggz").get("/api/v1/taken?huisverbodId=" + zaak).statusCode(200).extract()
                .path("items");
        return items.stream().map(t -> (String) t.get("soort")).toList();
    }

    @Test
    void without_the_persons_consent_the_question_is_refused_and_ggz_sees_nothing() {
        String[] z = Cases.metTweeCoordinatoren();
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/ggz-vragen", Map.of("betrokkeneId", z[1])).statusCode(409)
                .contentType("application/problem+json");
        assertThat(ggzTaken(z[0])).isEmpty();
        Api.as("ggz").get(BASE + z[0]).statusCode(404);
    }

    @Test
    void with_consent_ggz_sees_that_one_person_and_answers_with_the_flag_which_closes_the_question() {
        String[] z = Cases.metTweeCoordinatoren();
        toestemming(z[1], "IDENTITEIT", "GGZ", "ggz-behandeling");
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/ggz-vragen", Map.of("betrokkeneId", z[1], "vraag",
                "Is hij bij jullie in behandeling geweest?")).statusCode(201).body("betrokkeneId", equalTo(z[1]));
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/ggz-vragen", Map.of("betrokkeneId", z[1])).statusCode(409);
        assertThat(ggzTaken(z[0])).containsExactly("GGZ_BEKEND_BEANTWOORDEN");
        Api.as("ggz").get(BASE + z[0]).statusCode(200).body("betrokkenen.id", contains(z[1]))
                .body("adres", org.hamcrest.Matchers.nullValue());
        Api.as("ggz").put(BASE + z[0] + "/ggz-signaal", Map.of("betrokkeneId", z[2], "betrokkenheid", "NEE"))
                .statusCode(403);
        Api.as("ggz").put(BASE + z[0] + "/ggz-signaal", Map.of("betrokkeneId", z[1], "betrokkenheid", "JA",
                "instelling", "GGZ Amsterdam Noord", "contactpersoon", Map.of("rol", "Behandelaar", "telefoon",
                        "0201234567")))
                .statusCode(200);
        assertThat(ggzTaken(z[0])).isEmpty();
        Api.as("ggz").get(BASE + z[0]).statusCode(404);
    }

    @Test
    void only_the_coordinator_of_that_person_asks_and_a_person_outside_the_case_is_400() {
        String[] z = Cases.metTweeCoordinatoren();
        toestemming(z[1], "IDENTITEIT", "GGZ", "ggz-behandeling");
        Api.as("zorgcoordinator").post(BASE + z[0] + "/ggz-vragen", Map.of("betrokkeneId", z[1])).statusCode(403);
        Api.as("politie-thv").post(BASE + z[0] + "/ggz-vragen", Map.of("betrokkeneId", z[1])).statusCode(403);
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/ggz-vragen", Map.of("betrokkeneId",
                java.util.UUID.randomUUID().toString())).statusCode(400).body("invalidParams[0].name", equalTo("betrokkeneId"));
        assertThat(ggzTaken(z[0])).isEmpty();
    }
}
