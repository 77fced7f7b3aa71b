package nl.thvhub.statistiek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/**
 * Issue 35.6 to 35.8 through the real API: outcome figures read back exactly from a known data set shaped like the
 * evaluation's tables 6 and 7 (40 monitoring reports: threat reduced 28 yes, 3 no, 9 unclear; living apart 15; referral
 * succeeded per person, persons never referred counted as such), RiHGs with and without a THV, and a 16-year-old victim
 * counted as a minor. The statistics are shared by every test, so each figure is read as the change this test made.
 */
@QuarkusTest
class UitkomstStatistiekTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    TestClock clock;

    private LocalDate vandaag() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam"));
    }

    private Map<String, Object> totaal(String user, String groepering) {
        JsonPath s = Api.as(user).get("/api/v1/statistieken/huisverboden?van=" + vandaag().getYear() + "&tot="
                + vandaag().getYear() + (groepering == null ? "" : "&groepering=" + groepering)).statusCode(200).extract()
                .jsonPath();
        List<Map<String, Object>> items = s.getList("items");
        return items.get(items.size() - 1);
    }

    private static long n(Map<String, Object> rij, String maat) {
        return ((Number) rij.get(maat)).longValue();
    }

    private static Map<String, Long> verschil(Map<String, Object> voor, Map<String, Object> na, List<String> maten) {
        Map<String, Long> d = new HashMap<>();
        maten.forEach(m -> d.put(m, n(na, m) - n(voor, m)));
        return d;
    }

    /** Cycles through the values, each as often as its count says, so 40 reports follow the tables exactly. */
    private static List<String> reeks(Object... paren) {
        List<String> uit = new ArrayList<>();
        for (int i = 0; i < paren.length; i += 2) {
            for (int k = 0; k < (Integer) paren[i + 1]; k++) {
                uit.add((String) paren[i]);
            }
        }
        return uit;
    }

    private static final List<String> UITKOMSTMATEN = List.of("eindrapporten", "dreigingAfgenomenJa", "dreigingAfgenomenNee",
            "dreigingAfgenomenOnduidelijk", "gescheidenWonen", "relatieBeeindigd", "recidiveBekend",
            "verwijzingGeslaagdAchterblijverJa", "verwijzingGeslaagdAchterblijverDeels", "verwijzingGeslaagdAchterblijverNee",
            "verwijzingGeslaagdAchterblijverOnduidelijk", "verwijzingGeslaagdAchterblijverNietVerwezen",
            "verwijzingGeslaagdUhgJa", "verwijzingGeslaagdUhgDeels", "verwijzingGeslaagdUhgNee",
            "verwijzingGeslaagdUhgOnduidelijk", "verwijzingGeslaagdUhgNietVerwezen", "eindrapportenAfgezien");

    @Test
    void forty_reports_shaped_like_tables_6_and_7_are_counted_exactly_for_the_gemeente() {
        Map<String, Object> voor = totaal("gemeente", null);
        List<String> dreiging = reeks("JA", 28, "NEE", 3, "ONDUIDELIJK", 9);
        List<String> apart = reeks("JA", 15, "NEE", 20, "ONDUIDELIJK", 5);
        List<String> relatie = reeks("JA", 12, "NEE", 28);
        List<String> slachtoffer = reeks("JA", 20, "DEELS", 8, "NEE", 6, "ONDUIDELIJK", 2, "-", 4);
        List<String> pleger = reeks("JA", 10, "DEELS", 6, "NEE", 12, "ONDUIDELIJK", 4, "-", 8);
        for (int i = 0; i < 40; i++) {
            String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
            Map<String, String> personen = new HashMap<>();
            List<Map<String, Object>> betrokkenen = Api.as("zorgcoordinator").get(BASE + id).extract().path("betrokkenen");
            betrokkenen.forEach(p -> personen.put((String) p.get("rol"), (String) p.get("id")));
            List<Map<String, Object>> geslaagd = new ArrayList<>();
            if (!slachtoffer.get(i).equals("-")) {
                geslaagd.add(Map.of("betrokkeneId", personen.get("ACHTERBLIJVER"), "uitkomst", slachtoffer.get(i)));
            }
            if (!pleger.get(i).equals("-")) {
                geslaagd.add(Map.of("betrokkeneId", personen.get("UITHUISGEPLAATSTE"), "uitkomst", pleger.get(i)));
            }
            Api.as("zorgcoordinator").put(BASE + id + "/monitoring/eindrapport", Map.of("dreigingAfgenomen", dreiging.get(i),
                    "verwijzingGeslaagd", geslaagd, "relatieBeeindigd", relatie.get(i), "recidiveBekend",
                    i < 7 ? "JA" : "NEE", "gescheidenWonen", apart.get(i))).statusCode(200);
        }
        String afgezien = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Cases.eindrapportAfgezien(afgezien);

        Map<String, Long> d = verschil(voor, totaal("gemeente", null), UITKOMSTMATEN);
        assertThat(d).containsEntry("eindrapporten", 40L).containsEntry("eindrapportenAfgezien", 1L)
                .containsEntry("dreigingAfgenomenJa", 28L).containsEntry("dreigingAfgenomenNee", 3L)
                .containsEntry("dreigingAfgenomenOnduidelijk", 9L).containsEntry("gescheidenWonen", 15L)
                .containsEntry("relatieBeeindigd", 12L).containsEntry("recidiveBekend", 7L)
                .containsEntry("verwijzingGeslaagdAchterblijverJa", 20L)
                .containsEntry("verwijzingGeslaagdAchterblijverDeels", 8L)
                .containsEntry("verwijzingGeslaagdAchterblijverNee", 6L)
                .containsEntry("verwijzingGeslaagdAchterblijverOnduidelijk", 2L)
                .containsEntry("verwijzingGeslaagdAchterblijverNietVerwezen", 4L)
                .containsEntry("verwijzingGeslaagdUhgJa", 10L).containsEntry("verwijzingGeslaagdUhgDeels", 6L)
                .containsEntry("verwijzingGeslaagdUhgNee", 12L).containsEntry("verwijzingGeslaagdUhgOnduidelijk", 4L)
                .containsEntry("verwijzingGeslaagdUhgNietVerwezen", 8L);
    }

    @Test
    void beleid_reads_the_outcomes_with_no_count_from_one_to_four_and_not_per_case_feature() {
        JsonPath s = Api.as("beleid").get("/api/v1/statistieken/huisverboden?van=" + vandaag().getYear() + "&tot="
                + vandaag().getYear() + "&groepering=gemeente").statusCode(200).extract().jsonPath();
        for (Map<String, Object> rij : s.<Map<String, Object>>getList("items")) {
            for (String maat : UITKOMSTMATEN) {
                Object v = rij.get(maat);
                if (v == null) {
                    assertThat(String.valueOf(rij.get("onderdrukt"))).as(maat + " in " + rij).contains(maat);
                } else {
                    assertThat(((Number) v).longValue()).as(maat + " in " + rij).matches(x -> x == 0 || x > 4);
                }
            }
        }
        Api.as("beleid").get("/api/v1/statistieken/huisverboden?groepering=jaar,geweldtype").statusCode(400)
                .body("invalidParams[0].name", equalTo("groepering"));
    }

    @Test
    void the_gemeente_groups_by_violence_type_severity_intimate_terror_repeat_and_criminal_track() {
        Map<String, Object> voor = totaal("gemeente", "strafrecht");
        Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Map<String, Object> na = totaal("gemeente", "strafrecht");
        assertThat(n(na, "aantal") - n(voor, "aantal")).isEqualTo(1);
        for (String g : List.of("geweldtype", "ernst", "intiemeterreur", "herhaling", "strafrecht")) {
            JsonPath s = Api.as("gemeente").get("/api/v1/statistieken/huisverboden?van=" + vandaag().getYear()
                    + "&groepering=" + g).statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = s.getList("items");
            long som = items.subList(0, items.size() - 1).stream().mapToLong(r -> n(r, "aantal")).sum();
            assertThat(som).as("the groups of " + g + " add up to the total")
                    .isEqualTo(n(items.get(items.size() - 1), "aantal"));
        }
        Api.as("gemeente").get("/api/v1/statistieken/huisverboden?groepering=partnergeweld").statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("groepering"));
    }

    @Test
    void a_rihg_without_a_thv_and_one_with_its_thv_are_counted_and_read_back_by_the_registrant() {
        Map<String, Object> voor = totaal("gemeente", null);
        Map<String, Object> zonder = Map.of("datum", vandaag().toString(), "gemeente", "AMSTERDAM", "wijk", "centrum", "door",
                "POLITIE", "uitkomst", "GEEN_THV");
        String pad = Api.as("politie-thv").post("/api/v1/rihg", zonder).statusCode(201).body("uitkomst", equalTo("GEEN_THV"))
                .extract().header("Location");
        Api.as("politie-thv").get(pad).statusCode(200).body("door", equalTo("POLITIE"));
        Api.as("veilig-thuis").get(pad).statusCode(404);
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Api.as("veilig-thuis").post("/api/v1/rihg", Map.of("datum", vandaag().toString(), "gemeente", "AMSTERDAM", "door",
                "VEILIG_THUIS", "uitkomst", "THV", "huisverbodId", id)).statusCode(201).body("huisverbodId", equalTo(id));
        Map<String, Object> na = totaal("gemeente", null);
        assertThat(n(na, "rihg") - n(voor, "rihg")).isEqualTo(2);
        assertThat(n(na, "rihgMetThv") - n(voor, "rihgMetThv")).isEqualTo(1);
    }

    @Test
    void a_rihg_is_registered_by_police_and_veilig_thuis_only_and_bad_input_names_the_field() {
        Map<String, Object> goed = Map.of("datum", vandaag().toString(), "gemeente", "DIEMEN", "door", "POLITIE", "uitkomst",
                "ANDERS");
        RestAssured.given().contentType("application/json").body(goed).post("/api/v1/rihg").then().statusCode(401);
        Api.as("zorgcoordinator").post("/api/v1/rihg", goed).statusCode(403);
        Api.as("politie-thv").post("/api/v1/rihg", Map.of("gemeente", "DIEMEN", "door", "POLITIE", "uitkomst", "ANDERS"))
                .statusCode(400).contentType("application/problem+json").body("invalidParams.name", hasItem("datum"));
        Api.as("politie-thv").post("/api/v1/rihg", Map.of("datum", vandaag().plusDays(1).toString(), "gemeente", "DIEMEN",
                "door", "POLITIE", "uitkomst", "ANDERS")).statusCode(400).body("invalidParams[0].name", equalTo("datum"));
        Api.as("politie-thv").post("/api/v1/rihg", Map.of("datum", vandaag().toString(), "gemeente", "DIEMEN", "door",
                "POLITIE", "uitkomst", "GEEN_THV", "huisverbodId", java.util.UUID.randomUUID().toString())).statusCode(400)
                .body("invalidParams[0].name", equalTo("huisverbodId"));
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Api.as("politie-thv").post("/api/v1/rihg", Map.of("datum", vandaag().toString(), "gemeente", "DIEMEN", "door",
                "POLITIE", "uitkomst", "THV", "huisverbodId", id)).statusCode(400)
                .body("invalidParams[0].name", equalTo("gemeente"));
        Api.as("politie-thv").post("/api/v1/rihg", Map.of("datum", vandaag().toString(), "gemeente", "AMSTERDAM", "door",
                "POLITIE", "uitkomst", "THV", "huisverbodId", java.util.UUID.randomUUID().toString())).statusCode(404);
    }

    @Test
    void graphql_registers_a_rihg_as_rest_does() {
        Api.as("politie-thv").graphql("mutation($r: RihgInput!) { rihgRegistreren(rihg: $r) { uitkomst door } }",
                Map.of("r", Map.of("datum", vandaag().toString(), "gemeente", "UITHOORN", "door", "POLITIE", "uitkomst",
                        "GEEN_THV")))
                .statusCode(200).body("data.rihgRegistreren.uitkomst", equalTo("GEEN_THV"));
    }

    @Test
    void a_sixteen_year_old_victim_makes_a_case_count_as_one_with_minors() {
        Map<String, Object> voor = totaal("gemeente", null);
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600), "AMSTERDAM", "centrum");
        Cases.persons(body).add(Cases.person("ACHTERBLIJVER", "Dochter", vandaag().minusYears(16).toString()));
        Api.as("politie-thv").post("/api/v1/huisverboden", body).statusCode(201);
        Map<String, Object> na = totaal("gemeente", null);
        assertThat(n(na, "metMinderjarigen") - n(voor, "metMinderjarigen")).isEqualTo(1);
    }
}
