package nl.thvhub.zorg;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;

/**
 * The care record's measures in the statistics: UHGs reached, referrals started per person type and the median waiting
 * time; exact for the gemeente, and for beleid no shown count from 1 to 4 and no median on five or fewer starts.
 */
@QuarkusTest
class ZorgstatistiekTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final List<String> MATEN = List.of("uhg", "uhgBereikt", "verwijzingenAchterblijver",
            "gestartAchterblijver", "verwijzingenUhg", "gestartUhg", "verwijzingenKind", "gestartKind");

    private static Map<String, Object> totaal(String user) {
        JsonPath s = Api.as(user)
                .get("/api/v1/statistieken/huisverboden?van=" + VANDAAG.getYear() + "&tot=" + VANDAAG.getYear())
                .statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = s.getList("items");
        return items.get(items.size() - 1);
    }

    private static long n(Map<String, Object> rij, String maat) {
        return ((Number) rij.get(maat)).longValue();
    }

    @Test
    void a_reached_uhg_and_a_started_referral_count_for_the_gemeente() {
        Map<String, Object> voor = totaal("gemeente");
        String id = Cases.imposedWithCoordinator(Instant.now().minus(Duration.ofDays(3)));
        String uhg = Api.as("politie-thv").get(BASE + id).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        String ab = Api.as("politie-thv").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'ACHTERBLIJVER' }.id");
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", uhg, "datum",
                VANDAAG.toString(), "vorm", "HUISBEZOEK", "bereikt", true, "medewerking", "JA")).statusCode(201);
        String vid = Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", uhg, "naar",
                "Schuldhulp", "code", "SCHULDHULP", "aangemeldOp", VANDAAG.minusDays(2).toString())).statusCode(201)
                .extract().path("id");
        Api.as("zorgcoordinator").request().header("If-Match", "\"1\"").body(Map.of("status", "GESTART", "datum",
                VANDAAG.toString())).post(BASE + id + "/verwijzingen/" + vid + "/status").then().statusCode(200);
        Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", ab, "naar", "Buurtteam",
                "code", "BUURTTEAM", "leefgebied", "DAGBESTEDING", "aangemeldOp", VANDAAG.toString())).statusCode(201);
        Map<String, Object> na = totaal("gemeente");
        assertThat(n(na, "aantal") - n(voor, "aantal")).isEqualTo(1);
        assertThat(n(na, "uhg") - n(voor, "uhg")).isEqualTo(1);
        assertThat(n(na, "uhgBereikt") - n(voor, "uhgBereikt")).isEqualTo(1);
        assertThat(n(na, "verwijzingenUhg") - n(voor, "verwijzingenUhg")).isEqualTo(1);
        assertThat(n(na, "gestartUhg") - n(voor, "gestartUhg")).isEqualTo(1);
        assertThat(n(na, "verwijzingenAchterblijver") - n(voor, "verwijzingenAchterblijver")).isEqualTo(1);
        assertThat(n(na, "gestartAchterblijver") - n(voor, "gestartAchterblijver")).isZero();
        assertThat(na.get("wachttijdMediaanDagen")).isNotNull();
    }

    @Test
    void beleid_never_sees_a_care_count_from_one_to_four_nor_a_median_on_few_starts() {
        JsonPath s = Api.as("beleid").get("/api/v1/statistieken/huisverboden?van=" + VANDAAG.getYear() + "&tot="
                + VANDAAG.getYear() + "&groepering=gemeente").statusCode(200).extract().jsonPath();
        for (Map<String, Object> rij : s.<Map<String, Object>>getList("items")) {
            for (String maat : MATEN) {
                Object v = rij.get(maat);
                if (v != null) {
                    assertThat(((Number) v).longValue()).as(maat + " in " + rij).matches(x -> x == 0 || x > 4);
                }
            }
            long gestart = MATEN.stream().filter(m -> m.startsWith("gestart")).mapToLong(
                    m -> rij.get(m) == null ? 0 : ((Number) rij.get(m)).longValue()).sum();
            if (gestart <= 4) {
                assertThat(rij.get("wachttijdMediaanDagen")).as("median in " + rij).isNull();
            }
        }
    }
}
