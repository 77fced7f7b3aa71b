package nl.thvhub.uhg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;

/**
 * Issue 33.2–3, through the real API with real tokens: where the UHG stays, per role exactly as the policy file says
 * (the police and his coordinator the place, the victims' coordinator only whether one is known), versioned with who knew
 * what when; Veilig Thuis' shelter decision for the UHG's coordinator and the gemeente, "granted" for the others; bad
 * input named and nothing stored; every read audited per subject.
 */
@QuarkusTest
class VerblijfTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final String VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    private static Map<String, Object> hotel() {
        return Map.of("soort", "HOTEL", "adres", "Hotel Noord, kamer 12", "sinds", VANDAAG, "bron", "eigen verklaring");
    }

    @Test
    void the_police_record_where_the_uhg_stays_and_each_reader_sees_it_as_the_policy_says() {
        String[] z = TweeCoordinatorenTest.zaakMetTweeCoordinatoren();
        String pad = BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf";
        Api.as("politie-thv").get(pad).statusCode(200).header("ETag", "\"0\"").body("bekend", equalTo(false));
        Api.as("politie-thv").put(pad, hotel()).statusCode(200).header("ETag", "\"1\"").body("soort", equalTo("HOTEL"))
                .body("geschiedenis[0].organisatie", equalTo("POLITIE"));
        Api.as("zorgcoordinator-2").get(pad).statusCode(200).body("adres", equalTo("Hotel Noord, kamer 12"));
        Api.as("wijkagent-centrum").get(pad).statusCode(200).body("soort", equalTo("HOTEL"));
        Api.as("zorgcoordinator").get(pad).statusCode(200).body("bekend", equalTo(true)).body("soort", nullValue())
                .body("adres", nullValue()).body("geschiedenis", nullValue()).body("onthouden", contains("VERBLIJF_UHG"));
        Api.as("gemeente").get(pad).statusCode(200).body("bekend", equalTo(true)).body("adres", nullValue());
        Api.as("zorgcoordinator").get(BASE + z[0]).statusCode(200).body("verblijfUhg", nullValue())
                .body("onthoudenUitleg.find { it.categorie == 'VERBLIJF_UHG' }.reden", equalTo("BUITEN_TOEWIJZING"));
    }

    @Test
    void each_fact_is_a_new_version_and_the_history_says_who_knew_what_when() {
        String[] z = TweeCoordinatorenTest.zaakMetTweeCoordinatoren();
        String pad = BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf";
        Api.as("politie-thv").put(pad, hotel()).statusCode(200);
        Api.as("zorgcoordinator-2").request().header("If-Match", "\"1\"")
                .body(Map.of("soort", "NETWERK", "adres", "Bij zijn broer", "sinds", VANDAAG, "bron", "telefoongesprek"))
                .put(pad).then().statusCode(200).header("ETag", "\"2\"");
        Api.as("veilig-thuis").request().header("If-Match", "\"1\"").body(hotel()).put(pad).then().statusCode(412);
        Api.as("politie-thv").get(pad).statusCode(200).body("soort", equalTo("NETWERK"))
                .body("geschiedenis.soort", contains("NETWERK", "HOTEL"))
                .body("geschiedenis.vastgelegdDoor", contains("zorgcoordinator-2", "politie-thv"));
        Api.as("veilig-thuis").get(BASE + z[0] + "/geschiedenis").statusCode(200)
                .body("soort", hasItem("VERBLIJF_UHG_VASTGELEGD"));
    }

    @Test
    void bad_input_is_400_naming_the_field_and_stores_nothing() {
        String[] z = TweeCoordinatorenTest.zaakMetTweeCoordinatoren();
        String pad = BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf";
        Api.as("politie-thv").put(pad, Map.of("soort", "PALEIS", "sinds", VANDAAG, "bron", "x")).statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("soort"));
        Api.as("politie-thv").put(pad, Map.of("soort", "HOTEL", "sinds", LocalDate.now().plusDays(3).toString(), "bron",
                "x")).statusCode(400).body("invalidParams[0].name", equalTo("sinds"));
        Api.as("politie-thv").put(BASE + z[0] + "/betrokkenen/" + z[2] + "/verblijf", hotel()).statusCode(400)
                .body("invalidParams[0].name", equalTo("betrokkeneId"));
        Api.as("politie-thv").put(pad, Map.of("soort", "HOTEL", "sinds", VANDAAG)).statusCode(400)
                .body("invalidParams[0].name", equalTo("bron"));
        Api.as("politie-thv").get(pad).statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void the_victims_coordinator_and_other_roles_cannot_write_where_he_stays() {
        String[] z = TweeCoordinatorenTest.zaakMetTweeCoordinatoren();
        String pad = BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf";
        Api.as("zorgcoordinator").put(pad, hotel()).statusCode(403);
        Api.as("gemeente").put(pad, hotel()).statusCode(403);
        RestAssured.given().contentType("application/json").body(hotel()).put(pad).then().statusCode(401);
        Api.as("om-zsm").put(pad, hotel()).statusCode(200);
    }

    @Test
    void every_read_is_audited_for_the_uhg_with_what_it_showed() {
        String[] z = TweeCoordinatorenTest.zaakMetTweeCoordinatoren();
        String pad = BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf";
        Api.as("politie-thv").put(pad, hotel()).statusCode(200);
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        Api.as("zorgcoordinator").request().header("traceparent", trail.traceparent()).get(pad).then().statusCode(200);
        AuditTrailAssertions.Line line = trail.linesOf("VERBLIJF_UHG_LEZEN").get(0);
        assertThat(trail.linesOf("VERBLIJF_UHG_LEZEN")).hasSize(1);
        assertThat(line.betrokkeneId()).isEqualTo(z[1]);
        assertThat(line.verstrekt()).doesNotContain("VERBLIJF_UHG");
        AuditTrailAssertions trail2 = AuditTrailAssertions.newTrace();
        Api.as("politie-thv").request().header("traceparent", trail2.traceparent()).get(pad).then().statusCode(200);
        assertThat(trail2.linesOf("VERBLIJF_UHG_LEZEN")).singleElement()
                .satisfies(l -> assertThat(l.verstrekt()).contains("VERBLIJF_UHG"));
    }

    @Test
    void the_list_of_uhgs_without_a_place_shows_veilig_thuis_and_his_coordinator_but_not_the_victims_coordinator() {
        String[] z = TweeCoordinatorenTest.zaakMetTweeCoordinatoren();
        Api.as("veilig-thuis").get("/api/v1/uithuisgeplaatsten/zonder-verblijf").statusCode(200)
                .body("huisverbodId", hasItem(z[0]));
        Api.as("zorgcoordinator-2").get("/api/v1/uithuisgeplaatsten/zonder-verblijf").statusCode(200)
                .body("huisverbodId", hasItem(z[0]));
        Api.as("zorgcoordinator").get("/api/v1/uithuisgeplaatsten/zonder-verblijf").statusCode(200)
                .body("huisverbodId", not(hasItem(z[0])));
        Api.as("politie-thv").get("/api/v1/uithuisgeplaatsten/zonder-verblijf").statusCode(403);
        Api.as("politie-thv").put(BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf", hotel()).statusCode(200);
        Api.as("veilig-thuis").get("/api/v1/uithuisgeplaatsten/zonder-verblijf").statusCode(200)
                .body("huisverbodId", not(hasItem(z[0])));
    }

    @Test
    void veilig_thuis_decides_on_shelter_for_his_coordinator_and_the_gemeente_and_others_learn_only_that_it_was_granted() {
        String[] z = TweeCoordinatorenTest.zaakMetTweeCoordinatoren();
        String pad = BASE + z[0] + "/betrokkenen/" + z[1] + "/opvang";
        Map<String, Object> besluit = Map.of("inAanmerking", true, "reden", "Geen netwerk, dakloos", "nachten", 14,
                "besluitOp", VANDAAG);
        Api.as("zorgcoordinator-2").put(pad, besluit).statusCode(403);
        Api.as("veilig-thuis").put(pad, besluit).statusCode(200).body("besluit.nachten", equalTo(14));
        Api.as("zorgcoordinator-2").get(pad).statusCode(200).body("besluit.reden", equalTo("Geen netwerk, dakloos"));
        Api.as("gemeente").get(pad).statusCode(200).body("besluit.nachten", equalTo(14));
        Api.as("zorgcoordinator").get(pad).statusCode(200).body("toegekend", equalTo(true)).body("besluit", nullValue())
                .body("onthouden", contains("OPVANG_UHG"));
        Api.as("politie-thv").get(pad).statusCode(200).body("toegekend", equalTo(true)).body("besluit", nullValue());
        Api.as("veilig-thuis").put(pad, Map.of("inAanmerking", false, "reden", "Verblijft bij broer", "nachten", 3,
                "besluitOp", VANDAAG)).statusCode(400).body("invalidParams[0].name", equalTo("nachten"));
        Api.as("veilig-thuis").get(pad).statusCode(200).body("versie", equalTo(1));
    }

    @Test
    void the_om_bringing_him_before_the_rechter_commissaris_records_that_he_is_in_a_cell() {
        String[] z = TweeCoordinatorenTest.zaakMetTweeCoordinatoren();
        String pad = BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf";
        Api.as("politie-thv").put(pad, hotel()).statusCode(200);
        Api.as("om-zsm").post(BASE + z[0] + "/afdoeningen", Map.of("beslissing", "VOORGELEIDING_RC",
                "zsmBeoordelingDatum", VANDAAG)).statusCode(201);
        Api.as("zorgcoordinator-2").get(pad).statusCode(200).body("soort", equalTo("CEL"))
                .body("geschiedenis.soort", contains("CEL", "HOTEL"))
                .body("geschiedenis[0].vastgelegdDoor", equalTo("om-zsm"));
        // a second registration of the same custody adds nothing
        Api.as("om-zsm").post(BASE + z[0] + "/afdoeningen", Map.of("beslissing", "VOORGELEIDING_RC",
                "zsmBeoordelingDatum", VANDAAG, "parketnummer", "13-123456-26")).statusCode(201);
        Api.as("politie-thv").get(pad).statusCode(200).header("ETag", "\"2\"");
    }

    /**
     * The matrix of the policy file for where the UHG stays, per reader of a case with two coordinators: the place
     * (VERBLIJF_UHG), only whether one is known (KERN), or nothing (404: the case is out of reach).
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}: {1}")
    @org.junit.jupiter.params.provider.CsvSource({"politie-thv, plek", "wijkagent-centrum, plek", "wijkagent-zuidoost, geen",
            "om-zsm, plek", "veilig-thuis, plek", "zorgcoordinator-2, plek", "zorgcoordinator, bekend", "gemeente, bekend",
            "reclassering, geen", "ggz, geen", "gezinsmanager, geen", "sociaal-team, geen", "beleid, verboden",
            "fg, verboden"})
    void each_reader_sees_where_the_uhg_stays_exactly_as_the_policy_file_says(String lezer, String ziet) {
        String[] z = TweeCoordinatorenTest.zaakMetTweeCoordinatoren();
        String pad = BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf";
        Api.as("politie-thv").put(pad, hotel()).statusCode(200);
        switch (ziet) {
            case "plek" -> Api.as(lezer).get(pad).statusCode(200).body("adres", equalTo("Hotel Noord, kamer 12"));
            case "bekend" -> Api.as(lezer).get(pad).statusCode(200).body("bekend", equalTo(true)).body("adres", nullValue())
                    .body("soort", nullValue()).body("onthouden", contains("VERBLIJF_UHG"));
            case "verboden" -> Api.as(lezer).get(pad).statusCode(403);
            default -> Api.as(lezer).get(pad).statusCode(404);
        }
    }
}
