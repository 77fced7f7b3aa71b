package nl.thvhub.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.Verzonden;

/**
 * The mayor's extension desk (issue 34.4) with real tokens: the advice names its grounds, the gemeente reads them and
 * the motivation on its own basis, is told of the advice, finds "decide on extension" in its work queue due at the
 * end, and decides either way; a gemeente account acting for Diemen sees none of it for an Amsterdam case (34.5).
 */
@QuarkusTest
class VerlengingsbesluitTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    Dispatcher dispatcher;

    private static String zaak(String gemeente) {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(3600), gemeente, "centrum"));
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator")).statusCode(200);
        return id;
    }

    private static void adviseer(String id) {
        Api.as("zorgcoordinator").post(BASE + id + "/verlengingsadvies", Map.of("advies", "VERLENGEN", "motivering",
                "Achterblijver nog niet veilig", "gronden", List.of("GEEN_VEILIGHEIDSAFSPRAKEN", "UHG_NIET_BEREIKT")))
                .statusCode(200);
    }

    private static List<Map<String, Object>> taken(String user, String id) {
        return Api.as(user).get("/api/v1/taken?huisverbodId=" + id).statusCode(200).extract().path("items");
    }

    @Test
    void advising_to_extend_names_its_grounds_and_bad_input_names_the_field() {
        String id = zaak("AMSTERDAM");
        String pad = BASE + id + "/verlengingsadvies";
        Api.as("zorgcoordinator").post(pad, Map.of("advies", "VERLENGEN", "motivering", "x")).statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("gronden"));
        Api.as("zorgcoordinator").post(pad, Map.of("advies", "VERLENGEN", "motivering", "x", "gronden",
                List.of("ONBEKEND"))).statusCode(400).body("invalidParams[0].name", equalTo("gronden[0]"));
        Api.as("zorgcoordinator").post(pad, Map.of("advies", "NIET_VERLENGEN", "motivering", "x", "gronden",
                List.of("ANDERS"))).statusCode(400).body("invalidParams[0].name", equalTo("gronden"));
        Api.as("zorgcoordinator").post(pad, Map.of("advies", "VERLENGEN", "motivering", "x", "gronden",
                List.of("ANDERS", "ANDERS"))).statusCode(400).body("invalidParams[0].name", equalTo("gronden"));
        assertThat(Db.count("huisverbod where id = '" + id + "' and verlengingsadvies is not null")).isZero();
        adviseer(id);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200)
                .body("verlengingsadvies.gronden", equalTo(List.of("GEEN_VEILIGHEIDSAFSPRAKEN", "UHG_NIET_BEREIKT")));
    }

    @Test
    void the_gemeente_reads_the_advice_with_its_reasons_and_the_police_only_that_it_was_given() {
        String id = zaak("AMSTERDAM");
        adviseer(id);
        Api.as("gemeente").get(BASE + id).statusCode(200).body("verlengingsadvies.advies", equalTo("VERLENGEN"))
                .body("verlengingsadvies.motivering", equalTo("Achterblijver nog niet veilig"))
                .body("verlengingsadvies.gronden", hasItem("UHG_NIET_BEREIKT"))
                .body("onthouden", not(hasItem("VERLENGINGSADVIES")));
        Api.as("politie-thv").get(BASE + id).statusCode(200).body("verlengingsadvies.advies", equalTo("VERLENGEN"))
                .body("verlengingsadvies.motivering", nullValue()).body("verlengingsadvies.gronden", nullValue())
                .body("onthouden", hasItem("VERLENGINGSADVIES"));
        assertThat(Db.count("audit_regel where huisverbod_id = '" + id + "' and actor_gebruiker = 'gemeente'"
                + " and actie = 'LEZEN' and verstrekt like '%VERLENGINGSADVIES%'")).isPositive();
    }

    @Test
    void the_advice_reaches_the_gemeente_of_the_case_as_an_event_and_a_task_due_at_the_end() {
        String diemen = zaak("DIEMEN");
        String amsterdam = zaak("AMSTERDAM");
        adviseer(diemen);
        adviseer(amsterdam);
        Verzonden.alles(dispatcher);
        for (String[] lezer : new String[][]{{"gemeente", diemen}, {"gemeente", amsterdam}, {"gemeente-diemen", diemen}}) {
            List<String> inbox = Api.as(lezer[0]).get("/api/v1/notificaties?limiet=100&type=verlengingsadvies.gegeven")
                    .statusCode(200).extract().path("items.huisverbodId");
            assertThat(inbox).as(lezer[0]).contains(lezer[1]);
        }
        List<String> diemensInbox = Api.as("gemeente-diemen")
                .get("/api/v1/notificaties?limiet=100&type=verlengingsadvies.gegeven").extract().path("items.huisverbodId");
        assertThat(diemensInbox).doesNotContain(amsterdam);
        Map<String, Object> taak = taken("gemeente-diemen", diemen).stream()
                .filter(t -> "VERLENGING_BESLUITEN".equals(t.get("soort"))).findFirst().orElseThrow();
        String eind = Api.as("gemeente").get(BASE + diemen).extract().path("eindmoment");
        assertThat(Instant.parse((String) taak.get("vervaltOp"))).isEqualTo(Instant.parse(eind));
        assertThat(taken("gemeente-diemen", amsterdam)).isEmpty();
        assertThat(taken("gemeente", amsterdam)).extracting(t -> t.get("soort")).contains("VERLENGING_BESLUITEN");
    }

    @Test
    void not_extending_is_recorded_with_its_reason_clears_the_task_and_the_case_ends_as_before() {
        String id = zaak("AMSTERDAM");
        adviseer(id);
        Api.as("gemeente").post(BASE + id + "/verlengingsbesluit", Map.of("besluit", "NIET_VERLENGEN", "motivering",
                "Veiligheidsafspraken gemaakt; verlenging niet evenredig")).statusCode(200)
                .body("status", equalTo("OPGELEGD")).body("verlengingsbesluit.besluit", equalTo("NIET_VERLENGEN"))
                .body("verlengingsbesluit.motivering", equalTo("Veiligheidsafspraken gemaakt; verlenging niet evenredig"))
                .body("verlengdOp", nullValue());
        assertThat(taken("gemeente", id)).extracting(t -> t.get("soort")).doesNotContain("VERLENGING_BESLUITEN");
        Api.as("gemeente").get(BASE + id + "/geschiedenis").statusCode(200).body("soort", hasItem("NIET_VERLENGD"));
        // the police see the decision, not the mayor's weighing of the violence
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200)
                .body("verlengingsbesluit.besluit", equalTo("NIET_VERLENGEN"));
        Api.as("reclassering").get(BASE + id).statusCode(404);
    }

    @Test
    void extending_by_decision_works_as_extending_did_and_needs_the_advice() {
        String id = zaak("AMSTERDAM");
        String pad = BASE + id + "/verlengingsbesluit";
        Api.as("gemeente").post(pad, Map.of("besluit", "VERLENGEN", "motivering", "x")).statusCode(409)
                .contentType("application/problem+json");
        adviseer(id);
        Api.as("gemeente").graphql("mutation($id: ID!) { verlengingsbesluitNemen(id: $id, opdracht: {besluit: VERLENGEN,"
                + " motivering: \"Advies gewogen\"}) { status verlengingsbesluit { besluit motivering } } }",
                Map.of("id", id)).statusCode(200).body("errors", nullValue())
                .body("data.verlengingsbesluitNemen.status", equalTo("VERLENGD"))
                .body("data.verlengingsbesluitNemen.verlengingsbesluit.besluit", equalTo("VERLENGEN"));
        assertThat(taken("gemeente", id)).extracting(t -> t.get("soort")).doesNotContain("VERLENGING_BESLUITEN");
        Api.as("gemeente").post(pad, Map.of("besluit", "NIET_VERLENGEN", "motivering", "x")).statusCode(409);
    }

    @Test
    void the_decision_is_the_gemeentes_and_bad_input_names_the_field() {
        String id = zaak("AMSTERDAM");
        String pad = BASE + id + "/verlengingsbesluit";
        RestAssured.given().contentType("application/json").body(Map.of("besluit", "NIET_VERLENGEN", "motivering", "x"))
                .post(pad).then().statusCode(401);
        Api.as("zorgcoordinator").post(pad, Map.of("besluit", "NIET_VERLENGEN", "motivering", "x")).statusCode(403)
                .contentType("application/problem+json");
        Api.as("gemeente-diemen").post(pad, Map.of("besluit", "NIET_VERLENGEN", "motivering", "x")).statusCode(404);
        Api.as("gemeente").post(pad, Map.of("motivering", "x")).statusCode(400)
                .body("invalidParams[0].name", equalTo("besluit"));
        Api.as("gemeente").post(pad, Map.of("besluit", "NIET_VERLENGEN", "motivering", " ")).statusCode(400)
                .body("invalidParams[0].name", equalTo("motivering"));
        Api.as("gemeente").post(pad, Map.of("besluit", "MISSCHIEN", "motivering", "x")).statusCode(400)
                .body("invalidParams[0].name", equalTo("besluit"));
        assertThat(Db.count("huisverbod where id = '" + id + "' and verlengingsbesluit is not null")).isZero();
        // without an advice the mayor may still decide not to extend
        Api.as("gemeente").post(pad, Map.of("besluit", "NIET_VERLENGEN", "motivering", "Geen grond")).statusCode(200);
    }

    private static long totaal(String maat) {
        int jaar = java.time.LocalDate.now(Huisverbod.TIJDZONE).getYear();
        List<Map<String, Object>> rijen = Api.as("gemeente")
                .get("/api/v1/statistieken/huisverboden?van=" + jaar + "&tot=" + jaar).statusCode(200).extract()
                .path("items");
        return ((Number) rijen.get(rijen.size() - 1).get(maat)).longValue();
    }

    @Test
    void decisions_not_to_extend_and_withdrawals_by_ground_are_counted() {
        long nietVerlengd = totaal("nietVerlengd");
        long rechter = totaal("ingetrokkenRechterOpgeheven");
        String id = zaak("AMSTERDAM");
        Api.as("gemeente").post(BASE + id + "/verlengingsbesluit", Map.of("besluit", "NIET_VERLENGEN", "motivering",
                "Geen grond")).statusCode(200);
        String ander = zaak("AMSTERDAM");
        Api.as("gemeente").post(BASE + ander + "/intrekking", Map.of("reden", "Opgeheven", "grond", "RECHTER_OPGEHEVEN"))
                .statusCode(200);
        assertThat(totaal("nietVerlengd")).isEqualTo(nietVerlengd + 1);
        assertThat(totaal("ingetrokkenRechterOpgeheven")).isEqualTo(rechter + 1);
    }

    @Test
    void a_withdrawal_names_its_coded_ground() {
        String id = zaak("AMSTERDAM");
        Api.as("gemeente").post(BASE + id + "/intrekking", Map.of("reden", "x", "grond", "VERZONNEN")).statusCode(400)
                .body("invalidParams[0].name", equalTo("grond"));
        Api.as("gemeente").post(BASE + id + "/intrekking", Map.of("reden", "Rechter hief het huisverbod op", "grond",
                "RECHTER_OPGEHEVEN")).statusCode(200).body("intrekking.grond", equalTo("RECHTER_OPGEHEVEN"));
    }

    @Test
    void a_gemeente_acting_for_diemen_never_reads_an_amsterdam_case_its_list_or_its_tasks() {
        String amsterdam = zaak("AMSTERDAM");
        String diemen = zaak("DIEMEN");
        Api.as("gemeente-diemen").get(BASE + amsterdam).statusCode(404);
        Api.as("gemeente-diemen").get(BASE + diemen).statusCode(200);
        Api.as("gemeente-diemen").graphql("query($id: ID!) { huisverbod(id: $id) { id } }", Map.of("id", amsterdam))
                .statusCode(200).body("data.huisverbod", nullValue());
        List<String> gemeenten = Api.as("gemeente-diemen").get(BASE + "?limiet=100").statusCode(200).extract()
                .path("items.gemeente");
        assertThat(gemeenten).isNotEmpty().containsOnly("DIEMEN");
        List<String> regionaal = Api.as("gemeente").get(BASE + "?limiet=100&gemeente=AMSTERDAM").statusCode(200).extract()
                .path("items.id");
        assertThat(regionaal).contains(amsterdam);
        List<Map<String, Object>> alle = Api.as("gemeente-diemen").get("/api/v1/taken?limiet=100").statusCode(200).extract()
                .path("items");
        assertThat(alle).extracting(t -> t.get("huisverbodId")).doesNotContain(amsterdam);
        // no break-the-glass into another gemeente's case
        Api.as("gemeente-diemen").request().header("Noodtoegang", "spoed").get(BASE + amsterdam).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void a_gemeente_acting_for_diemen_reads_exact_figures_of_diemen_only() {
        zaak("DIEMEN");
        int jaar = java.time.LocalDate.now(Huisverbod.TIJDZONE).getYear();
        List<Map<String, Object>> rijen = Api.as("gemeente-diemen")
                .get("/api/v1/statistieken/huisverboden?van=" + jaar + "&tot=" + jaar + "&groepering=gemeente")
                .statusCode(200).extract().path("items");
        assertThat(rijen).extracting(r -> r.get("gemeente")).containsOnly("DIEMEN", null);
        Map<String, Object> totaal = rijen.get(rijen.size() - 1);
        assertThat(totaal.get("onderdrukt")).isEqualTo(List.of());
        List<Map<String, Object>> regio = Api.as("gemeente")
                .get("/api/v1/statistieken/huisverboden?van=" + jaar + "&tot=" + jaar + "&groepering=gemeente")
                .statusCode(200).extract().path("items");
        Map<String, Object> diemenRegionaal = regio.stream().filter(r -> "DIEMEN".equals(r.get("gemeente"))).findFirst()
                .orElseThrow();
        assertThat(totaal.get("aantal")).isEqualTo(diemenRegionaal.get("aantal"));
        assertThat(regio).extracting(r -> r.get("gemeente")).contains("AMSTERDAM");
    }
}
