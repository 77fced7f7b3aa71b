package nl.thvhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/**
 * Trust, second round (issue 29, items 1 and 2): the Reclassering advice's text is its own category, never to the
 * police; a history entry is shown exactly when the part it describes would be, per person and for health.
 */
@QuarkusTest
class VertrouwenTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final String ADVIES = "Verslaving en psychiatrische voorgeschiedenis; toezicht met meldplicht";
    private static final String GQL_ADVIES = "query($id: ID!) { reclasseringsadviezen(huisverbodId: $id) { status advies onthouden } }";

    private String id;
    private String uhg;
    private String ab;

    private void zaak() {
        id = Cases.imposedWithCoordinator(Instant.now().minus(Duration.ofHours(5)));
        uhg = Api.as("politie-thv").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        ab = Api.as("politie-thv").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'ACHTERBLIJVER' }.id");
    }

    private void adviesGeleverd() {
        Api.as("om-zsm").post(BASE + id + "/reclasseringsadvies/aanvraag", Map.of("termijn", VANDAAG.plusDays(5).toString()))
                .statusCode(201);
        Api.as("reclassering").put(BASE + id + "/reclasseringsadvies", Map.of("advies", ADVIES, "datum", VANDAAG.toString()))
                .statusCode(200).body("advies", equalTo(ADVIES));
    }

    private static void toestemming(String persoon, String categorie, String ontvanger, String doel) {
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", Map.of("betrokkeneId", persoon, "categorie", categorie,
                "ontvanger", ontvanger, "doel", doel, "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0001",
                "geldigTot",
                Instant.now().plus(Duration.ofDays(1)).toString())).statusCode(201);
    }

    /** A consent body recorded in writing, with its form reference, valid for a day. */
    private static Map<String, Object> schriftelijk(String persoon, String categorie, String ontvanger, String doel) {
        return new java.util.HashMap<>(Map.of("betrokkeneId", persoon, "categorie", categorie, "ontvanger", ontvanger, "doel",
                doel, "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0042", "geldigTot",
                Instant.now().plus(Duration.ofDays(1)).toString()));
    }

    @Test
    void a_consent_says_how_it_was_obtained_or_is_refused_naming_the_missing_field() {
        zaak();
        Map<String, Object> zonderFormulier = schriftelijk(uhg, "GEZONDHEID", "VEILIG_THUIS", "veiligheidstaxatie");
        zonderFormulier.remove("formulierReferentie");
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", zonderFormulier).statusCode(400)
                .contentType("application/problem+json").body("invalidParams.name", hasItem("formulierReferentie"));
        Map<String, Object> mondeling = schriftelijk(uhg, "GEZONDHEID", "VEILIG_THUIS", "veiligheidstaxatie");
        mondeling.remove("formulierReferentie");
        mondeling.put("vorm", "MONDELING");
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", mondeling).statusCode(400)
                .body("invalidParams.name", hasItem("gehoordOp")).body("invalidParams.name", hasItem("gehoordDoor"));
        mondeling.put("gehoordOp", VANDAAG.plusDays(1).toString());
        mondeling.put("gehoordDoor", "J. Jansen");
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", mondeling).statusCode(400)
                .body("invalidParams.name", hasItem("gehoordOp"));
        assertThat(Db.count("toestemming where betrokkene_id = '" + uhg + "'")).isZero();
        mondeling.put("gehoordOp", VANDAAG.toString());
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", mondeling).statusCode(201)
                .body("gehoordDoor", equalTo("J. Jansen")).body("gehoordOp", equalTo(VANDAAG.toString()))
                .body("vastgelegdOrganisatie", equalTo("VEILIG_THUIS")).body("formulierReferentie", nullValue());
    }

    @Test
    void a_consent_recorded_for_the_recorders_own_organisation_is_on_the_fg_review_list_and_others_are_not() {
        zaak();
        String eigen = Api.as("veilig-thuis").post("/api/v1/toestemmingen",
                schriftelijk(uhg, "GEZONDHEID", "VEILIG_THUIS", "veiligheidstaxatie")).statusCode(201).extract().path("id");
        String ander = Api.as("veilig-thuis").post("/api/v1/toestemmingen",
                schriftelijk(uhg, "HULPVERLENING", "GGZ", "ggz-behandeling")).statusCode(201).extract().path("id");
        String pad = "/api/v1/toestemmingen/eigen-organisatie?limiet=500";
        List<String> lijst = Api.as("fg").get(pad).statusCode(200).extract().path("id");
        assertThat(lijst).contains(eigen).doesNotContain(ander);
        Api.as("fg").get(pad).statusCode(200).body("find { it.id == '" + eigen + "' }.formulierReferentie",
                equalTo("TF-2026-0042")).body("find { it.id == '" + eigen + "' }.vastgelegdDoor", equalTo("veilig-thuis"));
        assertThat(Db.count("audit_regel where actie = 'TOESTEMMINGEN_BEOORDELEN' and betrokkene_id = '" + uhg + "'"))
                .isPositive();
        Api.as("veilig-thuis").get(pad).statusCode(403);
        Api.as("fg").get("/api/v1/toestemmingen/eigen-organisatie?limiet=0").statusCode(400)
                .body("invalidParams[0].name", equalTo("limiet"));
        io.restassured.RestAssured.given().get(pad).then().statusCode(401);
    }

    @Test
    void the_access_report_lists_every_consent_about_the_subject_with_who_recorded_it() {
        zaak();
        Api.as("veilig-thuis").post("/api/v1/toestemmingen",
                schriftelijk(uhg, "GEZONDHEID", "VEILIG_THUIS", "veiligheidstaxatie")).statusCode(201);
        String ingetrokken = Api.as("veilig-thuis").post("/api/v1/toestemmingen",
                schriftelijk(uhg, "HULPVERLENING", "GGZ", "ggz-behandeling")).statusCode(201).extract().path("id");
        Api.as("veilig-thuis").post("/api/v1/toestemmingen/" + ingetrokken + "/intrekking", Map.of("reden", "wil niet meer"))
                .statusCode(200);
        Api.as("fg").get("/api/v1/inzage/" + uhg).statusCode(200).body("toestemmingen", hasSize(2))
                .body("toestemmingen.vastgelegdDoor", everyItem(equalTo("veilig-thuis")))
                .body("toestemmingen.vastgelegdOrganisatie", everyItem(equalTo("VEILIG_THUIS")))
                .body("toestemmingen.ontvanger", hasItem("GGZ"))
                .body("toestemmingen.find { it.ontvanger == 'GGZ' }.ingetrokkenOp", notNullValue())
                .body("toestemmingen.formulierReferentie", everyItem(equalTo("TF-2026-0042")));
    }

    /** The advice's text as this reader gets it over REST and over GraphQL; both must agree. */
    private String adviesVoor(String user) {
        String rest = Api.as(user).get(BASE + id + "/reclasseringsadvies").statusCode(200).extract().path("[0].advies");
        List<String> onthouden = Api.as(user).get(BASE + id + "/reclasseringsadvies").extract().path("[0].onthouden");
        String gql = Api.as(user).graphql(GQL_ADVIES, Map.of("id", id)).statusCode(200).body("errors", nullValue())
                .extract().path("data.reclasseringsadviezen[0].advies");
        assertThat(gql).as("GraphQL agrees with REST for " + user).isEqualTo(rest);
        assertThat(onthouden).as("onthouden for " + user)
                .isEqualTo(rest == null ? List.of("RECLASSERINGSADVIES") : List.of());
        return rest;
    }

    @Test
    void the_advice_text_never_reaches_the_police_or_the_wijkagent_and_is_named_as_withheld() {
        zaak();
        adviesGeleverd();
        assertThat(adviesVoor("politie-thv")).isNull();
        assertThat(adviesVoor("wijkagent-centrum")).isNull();
        // that an advice was asked and delivered stays STRAFRECHT: the police sees the request, not the report
        Api.as("politie-thv").get(BASE + id + "/reclasseringsadvies").statusCode(200)
                .body("[0].status", equalTo("GELEVERD"));
        Api.as("gemeente").get(BASE + id + "/reclasseringsadvies").statusCode(403);
    }

    @Test
    void the_om_reads_the_advice_and_the_coordinator_only_with_the_uhgs_consent() {
        zaak();
        adviesGeleverd();
        assertThat(adviesVoor("om-zsm")).isEqualTo(ADVIES);
        assertThat(adviesVoor("zorgcoordinator")).isNull();
        toestemming(ab, "RECLASSERINGSADVIES", "BLIJF_GROEP", "zorgcoordinatie");
        assertThat(adviesVoor("zorgcoordinator")).as("the victim's consent does not open the UHG's report").isNull();
        toestemming(uhg, "RECLASSERINGSADVIES", "BLIJF_GROEP", "zorgcoordinatie");
        assertThat(adviesVoor("zorgcoordinator")).isEqualTo(ADVIES);
    }

    @Test
    void with_only_the_victims_consent_the_om_reads_nothing_of_the_uhgs_help_in_the_history() {
        zaak();
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", uhg, "datum",
                VANDAAG.toString(), "vorm", "TELEFOON", "bereikt", false)).statusCode(201);
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", ab, "datum",
                VANDAAG.toString(), "vorm", "TELEFOON", "bereikt", true, "medewerking", "DEELS")).statusCode(201);
        Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", uhg, "naar",
                "Schuldhulp Amsterdam", "code", "SCHULDHULP", "aangemeldOp", VANDAAG.toString())).statusCode(201);
        Api.as("zorgcoordinator").request().body(Map.of("plan", "Traject relatiegeweld", "veiligheidsafspraken",
                "Geen contact")).put(BASE + id + "/hulpverlening").then().statusCode(200);
        toestemming(ab, "HULPVERLENING", "OM", "zsm-beoordeling");

        List<Map<String, Object>> history = Api.as("om-zsm").get(BASE + id + "/geschiedenis").statusCode(200).extract()
                .path("$");
        List<Object> over = history.stream().<Object>map(e -> ((Map<?, ?>) e.get("details")).get("betrokkeneId"))
                .filter(p -> p != null).toList();
        assertThat(over).as("every person-level entry the OM reads is about the victim").containsOnly(ab);
        assertThat(history).extracting(e -> e.get("soort")).contains("CONTACTMOMENT_VASTGELEGD")
                .doesNotContain("VERWIJZING_AANGEMELD", "PLAN_BIJGEWERKT", "HULPVERLENING_BIJGEWERKT");
        // the part itself agrees: the UHG's referral is not the OM's to read either
        Api.as("om-zsm").get(BASE + id + "/verwijzingen").statusCode(200).body("$", empty());
    }

    @Test
    void a_health_referral_stays_out_of_the_history_of_a_reader_without_gezondheid() {
        zaak();
        toestemming(uhg, "GEZONDHEID", "BLIJF_GROEP", "zorgcoordinatie");
        Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", uhg, "naar", "Jellinek",
                "code", "JELLINEK", "aangemeldOp", VANDAAG.toString())).statusCode(201);
        Api.as("veilig-thuis").get(BASE + id + "/verwijzingen").statusCode(200).body("$", empty());
        Api.as("veilig-thuis").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("findAll { it.soort == 'VERWIJZING_AANGEMELD' }", empty());
        Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("findAll { it.soort == 'VERWIJZING_AANGEMELD' }.details.betrokkeneId", contains(uhg));
    }

    @Test
    void who_wrote_an_entry_as_a_ggz_worker_is_withheld_from_readers_without_ggz_for_that_person() {
        zaak();
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "GGZ", "gebruikersnaam", "ggz"))
                .statusCode(200);
        toestemming(uhg, "HULPVERLENING", "GGZ", "ggz-behandeling");
        Api.as("ggz").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", uhg, "datum", VANDAAG.toString(), "vorm",
                "TELEFOON", "bereikt", false)).statusCode(201).body("organisatie", equalTo("GGZ"));
        for (String lezer : List.of("veilig-thuis", "zorgcoordinator")) {
            Api.as(lezer).get(BASE + id + "/contactmomenten").statusCode(200)
                    .body("find { it.betrokkeneId == '" + uhg + "' }.vastgelegdDoor", nullValue())
                    .body("find { it.betrokkeneId == '" + uhg + "' }.organisatie", nullValue())
                    .body("find { it.betrokkeneId == '" + uhg + "' }.onthouden", equalTo(List.of("GGZ")));
            Api.as(lezer).get(BASE + id + "/geschiedenis").statusCode(200)
                    .body("find { it.soort == 'CONTACTMOMENT_VASTGELEGD' }.rol", nullValue())
                    .body("find { it.soort == 'CONTACTMOMENT_VASTGELEGD' }.organisatie", nullValue())
                    .body("find { it.soort == 'CONTACTMOMENT_VASTGELEGD' }.actor", nullValue())
                    .body("find { it.soort == 'CONTACTMOMENT_VASTGELEGD' }.onthouden", equalTo(List.of("GGZ")));
        }
        // with the UHG's GGZ consent Veilig Thuis may know of the GGZ involvement, and then sees who wrote it
        toestemming(uhg, "GGZ", "VEILIG_THUIS", "veiligheidstaxatie");
        Api.as("veilig-thuis").get(BASE + id + "/contactmomenten").statusCode(200)
                .body("find { it.betrokkeneId == '" + uhg + "' }.organisatie", equalTo("GGZ"))
                .body("find { it.betrokkeneId == '" + uhg + "' }.onthouden", empty());
        Api.as("veilig-thuis").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("find { it.soort == 'CONTACTMOMENT_VASTGELEGD' }.rol", equalTo("ggz"));
    }

    @Test
    void the_mayors_free_text_motivation_in_the_history_reaches_only_readers_of_its_category() {
        zaak();
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "GGZ", "gebruikersnaam", "ggz"))
                .statusCode(200);
        Api.as("zorgcoordinator").post(BASE + id + "/verlengingsadvies", Map.of("advies", "VERLENGEN", "motivering",
                "Dreiging houdt aan", "gronden",
                java.util.List.of("DREIGING_HOUDT_AAN"))).statusCode(200);
        Api.as("gemeente").post(BASE + id + "/verlenging", Map.of("motivering", "Ernstige dreiging, wurging bij incident"))
                .statusCode(200);
        Api.as("politie-thv").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("find { it.soort == 'VERLENGD' }.details.motivering", equalTo("Ernstige dreiging, wurging bij incident"));
        // the GGZ worker reads the case's core (KERN) but not the violence (GEWELD) the motivation is about
        Api.as("ggz").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("find { it.soort == 'VERLENGD' }.details.motivering", nullValue())
                .body("find { it.soort == 'VERLENGD' }.onthouden", equalTo(List.of("GEWELD")));
    }
}
