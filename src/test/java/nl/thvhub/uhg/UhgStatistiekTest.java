package nl.thvhub.uhg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;

/**
 * Issue 33.7: the UHG's measures in the statistics — a known place to stay, shelter granted, requests to the police
 * made and answered, cooperation at the last contact that reached him — exact for the gemeente, and for beleid never a
 * count from one to four (the same suppression as every measure).
 */
@QuarkusTest
class UhgStatistiekTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final LocalDate VANDAAG = LocalDate.now(Huisverbod.TIJDZONE);
    private static final List<String> MATEN = List.of("uhgMetVerblijf", "opvangToegekend", "politieverzoeken",
            "politieverzoekenBeantwoord", "uhgMedewerkingJa", "uhgMedewerkingDeels", "uhgMedewerkingNee");

    private static Map<String, Object> totaal(String user) {
        List<Map<String, Object>> items = Api.as(user).get("/api/v1/statistieken/huisverboden?van=" + VANDAAG.getYear()
                + "&tot=" + VANDAAG.getYear()).statusCode(200).extract().jsonPath().getList("items");
        return items.get(items.size() - 1);
    }

    private static long n(Map<String, Object> rij, String maat) {
        return ((Number) rij.get(maat)).longValue();
    }

    @Test
    void a_uhg_with_a_place_shelter_a_request_and_cooperation_counts_for_the_gemeente() {
        Map<String, Object> voor = totaal("gemeente");
        String[] z = Cases.metTweeCoordinatoren();
        String dag = VANDAAG.toString();
        Api.as("politie-thv").put(BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf", Map.of("soort", "KLINIEK", "sinds",
                dag, "bron", "de kliniek")).statusCode(200);
        Api.as("veilig-thuis").put(BASE + z[0] + "/betrokkenen/" + z[1] + "/opvang", Map.of("inAanmerking", true, "reden",
                "Na ontslag uit de kliniek", "nachten", 5, "besluitOp", dag)).statusCode(200);
        String vid = Api.as("zorgcoordinator-2").post(BASE + z[0] + "/politieverzoeken", Map.of("soort", "BEGELEIDING",
                "toelichting", "Begeleiding bij het ophalen van spullen", "termijn", VANDAAG.plusDays(2).toString()))
                .statusCode(201).extract().path("id");
        Api.as("politie-thv").post(BASE + z[0] + "/politieverzoeken/" + vid + "/antwoord", Map.of("uitkomst", "UITGEVOERD",
                "toelichting", "Begeleid")).statusCode(200);
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/contactmomenten", Map.of("betrokkeneId", z[1], "datum", dag,
                "vorm", "BEZOEK_INSTELLING", "bereikt", true, "medewerking", "DEELS")).statusCode(201);
        Map<String, Object> na = totaal("gemeente");
        assertThat(n(na, "uhgMetVerblijf") - n(voor, "uhgMetVerblijf")).isEqualTo(1);
        assertThat(n(na, "opvangToegekend") - n(voor, "opvangToegekend")).isEqualTo(1);
        assertThat(n(na, "politieverzoeken") - n(voor, "politieverzoeken")).isEqualTo(1);
        assertThat(n(na, "politieverzoekenBeantwoord") - n(voor, "politieverzoekenBeantwoord")).isEqualTo(1);
        assertThat(n(na, "uhgMedewerkingDeels") - n(voor, "uhgMedewerkingDeels")).isEqualTo(1);
        assertThat(n(na, "uhgMedewerkingJa") - n(voor, "uhgMedewerkingJa")).isZero();
    }

    @Test
    void beleid_never_sees_a_uhg_count_from_one_to_four() {
        JsonPath s = Api.as("beleid").get("/api/v1/statistieken/huisverboden?van=" + VANDAAG.getYear() + "&tot="
                + VANDAAG.getYear() + "&groepering=gemeente").statusCode(200).extract().jsonPath();
        for (Map<String, Object> rij : s.<Map<String, Object>>getList("items")) {
            for (String maat : MATEN) {
                Object v = rij.get(maat);
                if (v != null) {
                    assertThat(((Number) v).longValue()).as(maat + " in " + rij).matches(x -> x == 0 || x > 4);
                }
            }
        }
    }
}
