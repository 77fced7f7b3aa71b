package nl.thvhub.statistiek;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.Tokens;

/**
 * The statistics on a known data set (imported THVs in 2010–2012, years no other test uses): counts per year and
 * gemeente with ROLLUP subtotals, regio, exact for the gemeente and suppressed for beleid — including the cell that the
 * total would otherwise give back — CSV, GraphQL, and nobody else.
 */
@QuarkusTest
class StatistiekTest {

    private static final String PAD = "/api/v1/statistieken/huisverboden";

    private static boolean geladen;

    @BeforeEach
    synchronized void gegevens() {
        if (geladen) {
            return;
        }
        geladen = true;
        List<String> regels = new ArrayList<>();
        // 2010: Amsterdam 12 (5 extended), Diemen 3, Aalsmeer 7; 2011: Amsterdam 20, Uithoorn 2; 2012: Amstelveen 9
        voeg(regels, 2010, "AMSTERDAM", 12, 5);
        voeg(regels, 2010, "DIEMEN", 3, 0);
        voeg(regels, 2010, "AALSMEER", 7, 7);
        voeg(regels, 2011, "AMSTERDAM", 20, 1);
        voeg(regels, 2011, "UITHOORN", 2, 0);
        voeg(regels, 2012, "AMSTELVEEN", 9, 0);
        ImportTest.importeer(ImportTest.ImportResource_NDJSON, String.join("\n", regels) + "\n");
    }

    private static void voeg(List<String> regels, int jaar, String gemeente, int aantal, int verlengd) {
        for (int i = 0; i < aantal; i++) {
            regels.add("{\"externId\":\"STAT-" + UUID.randomUUID() + "\",\"opgelegdOp\":\"" + jaar + "-0" + (1 + i % 9)
                    + "-11\",\"gemeente\":\"" + gemeente + "\",\"verlengd\":" + (i < verlengd) + ",\"minderjarigen\":"
                    + (i == 0)
                    + "}");
        }
    }

    private static JsonPath lees(String user, String query) {
        return Api.as(user).get(PAD + query).statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> rij(JsonPath s, Integer jaar, String gemeente) {
        return s.<Map<String, Object>>getList("items").stream()
                .filter(r -> java.util.Objects.equals(r.get("jaar"), jaar)
                        && java.util.Objects.equals(r.get("gemeente"), gemeente))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + jaar + "/" + gemeente));
    }

    @Test
    void the_gemeente_reads_exact_counts_per_year_and_gemeente_with_subtotals_and_the_grand_total_last() {
        JsonPath s = lees("gemeente", "?van=2010&tot=2012&groepering=jaar,gemeente");
        assertThat(rij(s, 2010, "AMSTERDAM")).containsEntry("aantal", 12).containsEntry("verlengd", 5)
                .containsEntry("metMinderjarigen", 1);
        assertThat(rij(s, 2010, "DIEMEN")).containsEntry("aantal", 3);
        assertThat(rij(s, 2010, null)).containsEntry("aantal", 22).containsEntry("verlengd", 12);
        assertThat(rij(s, 2011, null)).containsEntry("aantal", 22);
        assertThat(rij(s, 2012, "AMSTELVEEN")).containsEntry("aantal", 9);
        List<Map<String, Object>> items = s.getList("items");
        assertThat(items.get(items.size() - 1)).containsEntry("jaar", null).containsEntry("gemeente", null)
                .containsEntry("aantal", 53);
        assertThat(s.getBoolean("kleineAantallenOnderdrukt")).isFalse();
        assertThat(s.<String>getList("items.onderdrukt.flatten()")).isEmpty();
    }

    @Test
    void the_region_groups_diemen_uithoorn_and_ouder_amstel_as_duo_and_amstelveen_and_aalsmeer_as_aa() {
        JsonPath s = lees("gemeente", "?van=2010&tot=2012&groepering=regio");
        Map<String, Integer> perRegio = new java.util.HashMap<>();
        s.<Map<String, Object>>getList("items")
                .forEach(r -> perRegio.put(String.valueOf(r.get("regio")), (Integer) r.get("aantal")));
        assertThat(perRegio).containsEntry("AMSTERDAM", 32).containsEntry("DUO", 5).containsEntry("AA", 16)
                .containsEntry("null", 53);
    }

    @Test
    void beleid_reads_small_counts_suppressed_and_cannot_recompute_them_from_the_subtotal() {
        JsonPath s = lees("beleid", "?van=2010&tot=2012&groepering=jaar,gemeente");
        assertThat(s.getBoolean("kleineAantallenOnderdrukt")).isTrue();
        Map<String, Object> diemen = rij(s, 2010, "DIEMEN");
        assertThat(diemen.get("aantal")).isNull();
        assertThat(String.valueOf(diemen.get("onderdrukt"))).contains("aantal");
        // 22 - 12 would give Diemen's 3 back if Aalsmeer's 7 were shown: it is suppressed as well
        Map<String, Object> aalsmeer = rij(s, 2010, "AALSMEER");
        assertThat(aalsmeer.get("aantal")).isNull();
        assertThat(rij(s, 2010, null)).containsEntry("aantal", 22);
        assertThat(rij(s, 2010, "AMSTERDAM")).containsEntry("aantal", 12);
        // 2011: Uithoorn 2 is alone with Amsterdam; Amsterdam is then hidden too, the subtotal shown
        assertThat(rij(s, 2011, "UITHOORN").get("aantal")).isNull();
        assertThat(rij(s, 2011, "AMSTERDAM").get("aantal")).isNull();
    }

    @Test
    void the_table_comes_as_csv_when_asked() {
        String csv = given().auth().oauth2(Tokens.of("gemeente")).accept("text/csv")
                .get(PAD + "?van=2010&tot=2010&groepering=gemeente").then().statusCode(200).extract().asString();
        assertThat(csv).startsWith("jaar,kwartaal,gemeente,regio,aantal,").contains(",,DIEMEN,,3,0,")
                .contains(",,,,22,");
    }

    @Test
    void graphql_serves_the_same_statistics() {
        Api.as("gemeente")
                .graphql("{ statistieken(van: 2010, tot: 2010, groepering: [GEMEENTE]) { items { gemeente aantal } } }",
                        Map.of())
                .statusCode(200).body("data.statistieken.items.find { it.gemeente == 'AMSTERDAM' }.aantal", equalTo(12));
    }

    @Test
    void every_statistics_read_is_one_audit_line_without_subjects() {
        long voor = Db.count("audit_regel where actie = 'STATISTIEK_LEZEN'");
        lees("gemeente", "?van=2011&tot=2011");
        assertThat(Db.count("audit_regel where actie = 'STATISTIEK_LEZEN'")).isEqualTo(voor + 1);
        assertThat(Db.count("audit_regel where actie = 'STATISTIEK_LEZEN' and betrokkene_id is not null")).isZero();
    }

    @Test
    void other_roles_are_refused_and_an_anonymous_caller_is_not_let_in() {
        for (String user : List.of("politie-thv", "om-zsm", "zorgcoordinator", "veilig-thuis", "fg")) {
            Api.as(user).get(PAD).statusCode(403);
        }
        given().get(PAD).then().statusCode(401);
    }

    @Test
    void a_bad_grouping_or_year_range_is_a_400_naming_the_parameter() {
        Api.as("gemeente").get(PAD + "?groepering=kleur").statusCode(400).body("invalidParams[0].name", equalTo("groepering"));
        Api.as("gemeente").get(PAD + "?van=2015&tot=2012").statusCode(400).body("invalidParams[0].name", equalTo("tot"));
    }
}
