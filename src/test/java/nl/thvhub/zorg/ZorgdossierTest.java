package nl.thvhub.zorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;
import nl.thvhub.zorg.service.Zorgsignalering;

/**
 * The care record end to end with real tokens: each part written and read back over REST and GraphQL, the policy per
 * role (health domains never to the police, network with consent), bad input stores nothing, 401/403/404, one audit
 * line per subject, versions, and the two care tasks with a moved clock.
 */
@QuarkusTest
class ZorgdossierTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    TestClock clock;

    @Inject
    Zorgsignalering signalering;

    private String id;
    private String uhg;
    private String ab;

    private void zaak() {
        zaak(Instant.now().minus(Duration.ofHours(5)));
    }

    private void zaak(Instant opgelegd) {
        id = Cases.imposedWithCoordinator(opgelegd);
        uhg = Api.as("politie-thv").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        ab = Api.as("politie-thv").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'ACHTERBLIJVER' }.id");
    }

    private static Map<String, Object> analyse(String... gebiedScore) {
        List<Map<String, Object>> lijst = new java.util.ArrayList<>();
        for (String g : gebiedScore) {
            String[] d = g.split("=");
            lijst.add(Map.of("leefgebied", d[0], "score", d[1], "toelichting", "toelichting " + d[0]));
        }
        return Map.of("leefgebieden", lijst);
    }

    private void toestemming(String persoon, String categorie, String ontvanger, String doel) {
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", Map.of("betrokkeneId", persoon, "categorie", categorie,
                "ontvanger", ontvanger, "doel", doel, "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0001",
                "geldigTot",
                Instant.now().plus(Duration.ofDays(1)).toString())).statusCode(201);
    }

    @Test
    void the_coordinator_records_a_problem_analysis_and_reads_it_back_over_rest_and_graphql() {
        zaak();
        Api.as("zorgcoordinator").put(BASE + id + "/betrokkenen/" + uhg + "/probleemanalyse",
                analyse("FINANCIEN=ERNSTIG", "HUISVESTING=LICHT")).statusCode(200).header("ETag", "\"1\"")
                .body("versie", equalTo(1)).body("leefgebieden.leefgebied", equalTo(List.of("HUISVESTING", "FINANCIEN")))
                .body("leefgebieden[1].vastgelegdDoor", equalTo("zorgcoordinator"));
        Api.as("zorgcoordinator").get(BASE + id + "/betrokkenen/" + uhg + "/probleemanalyse").statusCode(200)
                .header("ETag", "\"1\"").body("leefgebieden", hasSize(2)).body("versies", hasSize(1));
        Api.as("zorgcoordinator").graphql("query($id: ID!, $b: ID!) { probleemanalyse(huisverbodId: $id, betrokkeneId: $b) "
                + "{ versie leefgebieden { leefgebied score } onthouden } }", Map.of("id", id, "b", uhg)).statusCode(200)
                .body("errors", nullValue())
                .body("data.probleemanalyse.leefgebieden.score", equalTo(List.of("LICHT", "ERNSTIG")))
                .body("data.probleemanalyse.onthouden", equalTo(List.of("GEZONDHEID")));
        Api.as("politie-thv").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("soort", not(hasItem("PROBLEEMANALYSE_BIJGEWERKT")));
        Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("soort", hasItem("PROBLEEMANALYSE_BIJGEWERKT"));
    }

    @Test
    void health_domains_need_consent_to_record_and_read_and_never_reach_the_police() {
        zaak();
        String pad = BASE + id + "/betrokkenen/" + uhg + "/probleemanalyse";
        Api.as("zorgcoordinator").put(pad, analyse("VERSLAVING=ERNSTIG")).statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("leefgebieden[0].leefgebied"));
        assertThat(Db.count("zorgdocument where huisverbod_id = '" + id + "'")).isZero();
        toestemming(uhg, "GEZONDHEID", "BLIJF_GROEP", "zorgcoordinatie");
        Api.as("zorgcoordinator").put(pad, analyse("VERSLAVING=ERNSTIG", "FINANCIEN=LICHT")).statusCode(200)
                .body("leefgebieden.leefgebied", hasItem("VERSLAVING"));
        Api.as("politie-thv").get(pad).statusCode(403).contentType("application/problem+json");
        Api.as("om-zsm").get(pad).statusCode(403);
        // Veilig Thuis without consent sees the help domains only; its own PUT keeps the health domain it cannot see
        Api.as("veilig-thuis").get(pad).statusCode(200).body("leefgebieden.leefgebied", equalTo(List.of("FINANCIEN")))
                .body("onthouden", equalTo(List.of("GEZONDHEID")));
        Api.as("veilig-thuis").request().header("If-Match", "\"1\"").body(analyse("FINANCIEN=ERNSTIG", "VEILIGHEID=ERNSTIG"))
                .put(pad).then().statusCode(200);
        Api.as("zorgcoordinator").get(pad).statusCode(200).header("ETag", "\"2\"")
                .body("leefgebieden.leefgebied", equalTo(List.of("VEILIGHEID", "FINANCIEN", "VERSLAVING")))
                .body("leefgebieden.find { it.leefgebied == 'VERSLAVING' }.vastgelegdDoor", equalTo("zorgcoordinator"))
                .body("leefgebieden.find { it.leefgebied == 'FINANCIEN' }.vastgelegdDoor", equalTo("veilig-thuis"));
    }

    @Test
    void a_version_that_only_changed_health_domains_is_not_listed_for_a_reader_without_gezondheid() {
        zaak();
        String pad = BASE + id + "/betrokkenen/" + uhg + "/probleemanalyse";
        toestemming(uhg, "GEZONDHEID", "BLIJF_GROEP", "zorgcoordinatie");
        Api.as("zorgcoordinator").put(pad, analyse("FINANCIEN=LICHT")).statusCode(200);
        Api.as("zorgcoordinator").request().header("If-Match", "\"1\"").body(analyse("FINANCIEN=LICHT", "VERSLAVING=ERNSTIG"))
                .put(pad).then().statusCode(200);
        Api.as("zorgcoordinator").request().header("If-Match", "\"2\"")
                .body(analyse("FINANCIEN=ERNSTIG", "VERSLAVING=ERNSTIG")).put(pad).then().statusCode(200);
        Api.as("zorgcoordinator").get(pad).statusCode(200).body("versies.versie", equalTo(List.of(1, 2, 3)));
        // Veilig Thuis without GEZONDHEID: version 2 changed only the health domain
        Api.as("veilig-thuis").get(pad).statusCode(200).body("versies.versie", equalTo(List.of(1, 3)));
    }

    @Test
    void a_stale_version_is_412_and_stores_nothing() {
        zaak();
        String pad = BASE + id + "/betrokkenen/" + ab + "/probleemanalyse";
        Api.as("zorgcoordinator").put(pad, analyse("RELATIE=ERNSTIG")).statusCode(200);
        Api.as("zorgcoordinator").request().header("If-Match", "\"0\"").body(analyse("RELATIE=LICHT")).put(pad).then()
                .statusCode(412).contentType("application/problem+json");
        Api.as("zorgcoordinator").request().header("If-Match", "\"1\"").body(analyse("RELATIE=LICHT")).put(pad).then()
                .statusCode(200).header("ETag", "\"2\"");
    }

    @Test
    void every_read_writes_one_audit_line_for_the_subject_it_shows() {
        zaak();
        String pad = BASE + id + "/betrokkenen/" + uhg + "/probleemanalyse";
        Api.as("zorgcoordinator").put(pad, analyse("FINANCIEN=ERNSTIG")).statusCode(200);
        long voor = Db.count("audit_regel where huisverbod_id = '" + id + "' and actie = 'PROBLEEMANALYSE_LEZEN'");
        Api.as("zorgcoordinator").get(pad).statusCode(200);
        assertThat(Db.count("audit_regel where huisverbod_id = '" + id + "' and actie = 'PROBLEEMANALYSE_LEZEN'"))
                .isEqualTo(voor + 1);
        assertThat(Db.count(
                "audit_regel where huisverbod_id = '" + id + "' and actie = 'PROBLEEMANALYSE_LEZEN' and betrokkene_id = '"
                        + uhg + "' and verstrekt like '%HULPVERLENING%'"))
                .isEqualTo(1);
    }

    @Test
    void unknown_persons_cases_and_readers_get_404_403_and_401() {
        zaak();
        Api.as("zorgcoordinator").get(BASE + id + "/betrokkenen/" + java.util.UUID.randomUUID() + "/probleemanalyse")
                .statusCode(404);
        Api.as("zorgcoordinator-2").get(BASE + id + "/betrokkenen/" + uhg + "/probleemanalyse").statusCode(404);
        Api.as("zorgcoordinator").get(BASE + java.util.UUID.randomUUID() + "/plannen/veiligheidsplan").statusCode(404);
        Api.as("politie-thv").put(BASE + id + "/plannen/veiligheidsplan", Map.of("items", List.of())).statusCode(403);
        Api.as("gemeente").get(BASE + id + "/verwijzingen").statusCode(403);
        RestAssured.given().get(BASE + id + "/contactmomenten").then().statusCode(401);
        Api.as("zorgcoordinator").get(BASE + id + "/plannen/boodschappenlijst").statusCode(400)
                .body("invalidParams[0].name", equalTo("soort"));
    }

    @Test
    void the_three_plans_are_structured_versioned_and_in_the_history() {
        zaak();
        Map<String, Object> item = new HashMap<>(Map.of("doel", "Geen contact met Anna", "eigenaar", "BLIJF_GROEP",
                "status", "OPEN", "termijn", VANDAAG.plusDays(14).toString()));
        item.put("betrokkeneId", uhg);
        Api.as("zorgcoordinator").put(BASE + id + "/plannen/veiligheidsplan", Map.of("items", List.of(item))).statusCode(200)
                .header("ETag", "\"1\"").body("items[0].betrokkeneId", equalTo(uhg)).body("soort", equalTo("VEILIGHEIDSPLAN"));
        Api.as("zorgcoordinator").graphql("query($id: ID!) { plan(huisverbodId: $id, soort: VEILIGHEIDSPLAN) { versie items "
                + "{ doel status } } }", Map.of("id", id)).statusCode(200).body("data.plan.versie", equalTo(1))
                .body("data.plan.items[0].doel", equalTo("Geen contact met Anna"));
        Api.as("veilig-thuis").get(BASE + id + "/plannen/veiligheidsplan").statusCode(200);
        Api.as("politie-thv").get(BASE + id + "/plannen/veiligheidsplan").statusCode(403);
        Api.as("zorgcoordinator").get(BASE + id + "/plannen/herstelplan").statusCode(200).body("versie", equalTo(0));
        // the case view keeps the old text fields, from the plans
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200)
                .body("hulpverlening.veiligheidsafspraken", equalTo("Geen contact met Anna"));
        Map<String, Object> fout = new HashMap<>(item);
        fout.put("betrokkeneId", java.util.UUID.randomUUID().toString());
        Api.as("zorgcoordinator").put(BASE + id + "/plannen/herstelplan", Map.of("items", List.of(fout))).statusCode(400)
                .body("invalidParams[0].name", equalTo("items[0].betrokkeneId"));
        assertThat(Db.count("zorgdocument where huisverbod_id = '" + id + "' and soort = 'HERSTELPLAN'")).isZero();
        Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200).body("soort", hasItem("PLAN_BIJGEWERKT"));
    }

    @Test
    void the_old_free_text_endpoint_writes_the_plans() {
        zaak();
        Api.as("zorgcoordinator").put(BASE + id + "/hulpverlening",
                Map.of("plan", "Traject relatiegeweld", "veiligheidsafspraken", "Geen contact")).statusCode(200)
                .body("hulpverlening.plan", equalTo("Traject relatiegeweld"));
        Api.as("zorgcoordinator").get(BASE + id + "/plannen/hulpverleningsplan").statusCode(200)
                .body("items[0].doel", equalTo("Traject relatiegeweld")).body("items[0].eigenaar", equalTo("BLIJF_GROEP"));
    }

    @Test
    void a_referral_moves_along_its_dated_path_with_its_waiting_time() {
        zaak(Instant.now().minus(Duration.ofDays(3)));
        String vid = Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", uhg, "naar",
                "Schuldhulp Amsterdam", "code", "SCHULDHULP", "aangemeldOp", VANDAAG.minusDays(2).toString())).statusCode(201)
                .header("ETag", "\"1\"").body("leefgebied", equalTo("FINANCIEN")).body("status", equalTo("AANGEMELD"))
                .extract().path("id");
        String status = BASE + id + "/verwijzingen/" + vid + "/status";
        // a referral exists: a step without If-Match would overwrite a colleague's step unseen (428, RFC 6585)
        Api.as("zorgcoordinator").post(status, Map.of("status", "INTAKE_GEPLAND", "datum", VANDAAG.minusDays(1).toString()))
                .statusCode(428).contentType("application/problem+json");
        Api.as("zorgcoordinator").request().header("If-Match", "\"1\"")
                .body(Map.of("status", "INTAKE_GEPLAND", "datum", VANDAAG.minusDays(1).toString())).post(status).then()
                .statusCode(200).header("ETag", "\"2\"");
        Api.as("zorgcoordinator").request().header("If-Match", "\"2\"")
                .body(Map.of("status", "AANGEMELD", "datum", VANDAAG.toString())).post(status).then().statusCode(409)
                .contentType("application/problem+json");
        Api.as("zorgcoordinator").request().header("If-Match", "\"2\"")
                .body(Map.of("status", "GESTART", "datum", VANDAAG.minusDays(5).toString())).post(status).then()
                .statusCode(400).body("invalidParams[0].name", equalTo("datum"));
        Api.as("zorgcoordinator").request().header("If-Match", "\"2\"")
                .body(Map.of("status", "GESTART", "datum", VANDAAG.toString(), "begeleidNaarEersteAfspraak", true))
                .post(status).then().statusCode(200)
                .body("wachttijdDagen", equalTo(2)).body("begeleidNaarEersteAfspraak", equalTo(true))
                .body("stappen.status", equalTo(List.of("AANGEMELD", "INTAKE_GEPLAND", "GESTART")));
        Api.as("zorgcoordinator").graphql("query($id: ID!) { verwijzingen(huisverbodId: $id) { status wachttijdDagen } }",
                Map.of("id", id)).statusCode(200).body("data.verwijzingen[0].status", equalTo("GESTART"));
        Api.as("politie-thv").get(BASE + id + "/verwijzingen").statusCode(403);
    }

    @Test
    void a_referral_to_addiction_care_is_health_data() {
        zaak();
        Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", uhg, "naar", "Jellinek",
                "code", "JELLINEK", "aangemeldOp", VANDAAG.toString())).statusCode(403);
        Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", uhg, "naar", "Jellinek",
                "code", "JELLINEK", "leefgebied", "FINANCIEN", "aangemeldOp", VANDAAG.toString())).statusCode(400)
                .body("invalidParams[0].name", equalTo("leefgebied"));
        toestemming(uhg, "GEZONDHEID", "BLIJF_GROEP", "zorgcoordinatie");
        Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", uhg, "naar", "Jellinek",
                "code", "JELLINEK", "aangemeldOp", VANDAAG.toString())).statusCode(201)
                .body("leefgebied", equalTo("VERSLAVING"));
        Api.as("veilig-thuis").get(BASE + id + "/verwijzingen").statusCode(200).body("$", hasSize(0));
        Api.as("zorgcoordinator").get(BASE + id + "/verwijzingen").statusCode(200).body("$", hasSize(1));
    }

    @Test
    void reclassering_records_contacts_only_for_the_person_who_consented() {
        zaak();
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "RECLASSERING", "gebruikersnaam",
                "reclassering")).statusCode(200);
        Map<String, Object> contact = Map.of("betrokkeneId", uhg, "datum", VANDAAG.toString(), "vorm", "GESPREK_OP_LOCATIE",
                "bereikt", true, "medewerking", "DEELS");
        Api.as("reclassering").post(BASE + id + "/contactmomenten", contact).statusCode(403);
        toestemming(uhg, "HULPVERLENING", "RECLASSERING", "reclasseringsadvies");
        Api.as("reclassering").post(BASE + id + "/contactmomenten", contact).statusCode(201)
                .body("vastgelegdDoor", equalTo("reclassering"));
        Api.as("reclassering").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", ab, "datum", VANDAAG.toString(),
                "vorm", "TELEFOON", "bereikt", false)).statusCode(403);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("uhgBereikt", equalTo(true))
                .body("laatsteContact.vorm", equalTo("GESPREK_OP_LOCATIE"));
        Api.as("politie-thv").get(BASE + id).statusCode(200).body("uhgBereikt", nullValue())
                .body("laatsteContact", nullValue());
    }

    @Test
    void bad_contact_input_names_the_field_and_stores_nothing() {
        zaak();
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", uhg, "datum", VANDAAG.toString(),
                "vorm", "TELEFOON", "bereikt", false, "medewerking", "JA")).statusCode(400)
                .body("invalidParams[0].name", equalTo("medewerking"));
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", uhg, "datum",
                VANDAAG.plusDays(3).toString(), "vorm", "TELEFOON", "bereikt", false)).statusCode(400)
                .body("invalidParams[0].name", equalTo("datum"));
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", uhg, "datum", VANDAAG.toString(),
                "vorm", "POSTDUIF", "bereikt", false)).statusCode(400).contentType("application/problem+json");
        assertThat(Db.count("contactmoment where huisverbod_id = '" + id + "'")).isZero();
    }

    @Test
    void the_network_is_shared_with_veilig_thuis_and_with_consent_with_the_coordinator() {
        zaak();
        String pad = BASE + id + "/betrokkenen/" + ab + "/netwerk";
        Map<String, Object> netwerk = Map.of("contacten", List.of(Map.of("relatie", "FAMILIE", "naam", "Zus Els", "telefoon",
                "06-12345678", "rolInVeiligheidsplan", "Opvang bij dreiging")));
        Api.as("veilig-thuis").put(pad, netwerk).statusCode(200).header("ETag", "\"1\"");
        Api.as("zorgcoordinator").get(pad).statusCode(403);
        toestemming(ab, "NETWERK", "BLIJF_GROEP", "zorgcoordinatie");
        Api.as("zorgcoordinator").get(pad).statusCode(200).body("contacten[0].naam", equalTo("Zus Els"));
        Api.as("zorgcoordinator").graphql("query($id: ID!, $b: ID!) { netwerk(huisverbodId: $id, betrokkeneId: $b) "
                + "{ contacten { relatie } } }", Map.of("id", id, "b", ab)).statusCode(200)
                .body("data.netwerk.contacten[0].relatie", equalTo("FAMILIE"));
        Api.as("politie-thv").get(pad).statusCode(403);
        Api.as("veilig-thuis").put(pad, Map.of("contacten", List.of(Map.of("relatie", "FAMILIE", "naam", "X", "telefoon",
                "bel me")))).statusCode(400).body("invalidParams[0].name", equalTo("contacten[0].telefoon"));
    }

    @Test
    void a_uhg_nobody_reached_opens_a_task_and_tells_the_coordinator() {
        zaak();
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("UHG_NIET_BEREIKT")));
        try {
            clock.advance(Duration.ofDays(8));
            Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("openTaken", hasItem("UHG_NIET_BEREIKT"))
                    .body("uhgBereikt", equalTo(false));
            Api.as("politie-thv").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("UHG_NIET_BEREIKT")));
            signalering.meld().await().indefinitely();
            assertThat(Db.count("outbox where huisverbod_id = '" + id + "' and type = 'zorg.uhg-niet-bereikt'")).isEqualTo(1);
            signalering.meld().await().indefinitely();
            assertThat(Db.count("outbox where huisverbod_id = '" + id + "' and type = 'zorg.uhg-niet-bereikt'")).isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_referral_not_started_in_time_opens_a_task() {
        zaak();
        Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", ab, "naar", "Buurtteam Centrum",
                "code", "BUURTTEAM", "leefgebied", "DAGBESTEDING", "aangemeldOp", VANDAAG.toString())).statusCode(201);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("VERWIJZING_NIET_GESTART")));
        try {
            clock.advance(Duration.ofDays(22));
            Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("openTaken", hasItem("VERWIJZING_NIET_GESTART"));
            signalering.meld().await().indefinitely();
            assertThat(Db.count("outbox where huisverbod_id = '" + id + "' and type = 'verwijzing.niet-gestart'")).isEqualTo(1);
        } finally {
            clock.reset();
        }
    }

    @Test
    void a_closed_case_gets_no_new_record() {
        zaak();
        Db.execute("update huisverbod set afgesloten_op = now() where id = '" + id + "'");
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", Map.of("betrokkeneId", uhg, "datum", VANDAAG.toString(),
                "vorm", "TELEFOON", "bereikt", false)).statusCode(409);
    }

    @Test
    void graphql_writes_the_record_through_the_same_rules() {
        zaak();
        Api.as("zorgcoordinator").graphql("mutation($id: ID!, $b: ID!) { contactmomentVastleggen(huisverbodId: $id, "
                + "contactmoment: {betrokkeneId: $b, datum: \"" + VANDAAG + "\", vorm: TELEFOON, bereikt: true, "
                + "medewerking: JA}) { bereikt medewerking } }", Map.of("id", id, "b", uhg)).statusCode(200)
                .body("errors", nullValue()).body("data.contactmomentVastleggen.medewerking", equalTo("JA"));
        Api.as("zorgcoordinator").graphql("mutation($id: ID!, $b: ID!) { verwijzingAanmelden(huisverbodId: $id, "
                + "verwijzing: {betrokkeneId: $b, naar: \"Jellinek\", code: JELLINEK, aangemeldOp: \"" + VANDAAG + "\"}) "
                + "{ id } }", Map.of("id", id, "b", uhg)).statusCode(200)
                .body("errors[0].extensions.problem.status", equalTo(403));
        Api.as("zorgcoordinator").graphql("mutation($id: ID!) { planVastleggen(huisverbodId: $id, soort: HERSTELPLAN, "
                + "versie: 3, plan: {items: []}) { versie } }", Map.of("id", id)).statusCode(200)
                .body("errors[0].extensions.problem.status", equalTo(412));
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("uhgBereikt", equalTo(true));
    }

    @Test
    void a_retried_referral_with_the_same_idempotency_key_is_stored_once() {
        zaak();
        Map<String, Object> body = Map.of("betrokkeneId", ab, "naar", "Buurtteam", "code", "BUURTTEAM", "leefgebied",
                "DAGBESTEDING", "aangemeldOp", VANDAAG.toString());
        String sleutel = java.util.UUID.randomUUID().toString();
        String eerste = Api.as("zorgcoordinator").request().header("Idempotency-Key", sleutel).body(body)
                .post(BASE + id + "/verwijzingen").then().statusCode(201).extract().path("id");
        String tweede = Api.as("zorgcoordinator").request().header("Idempotency-Key", sleutel).body(body)
                .post(BASE + id + "/verwijzingen").then().statusCode(201).extract().path("id");
        assertThat(tweede).isEqualTo(eerste);
        assertThat(Db.count("verwijzing where huisverbod_id = '" + id + "'")).isEqualTo(1);
        assertThat(Db.count("idempotentie where antwoord_body like '%Buurtteam%'")).as("no personal data kept").isZero();
    }

    @Test
    void a_refusal_inside_a_part_is_audited_as_a_denial_before_the_403() {
        zaak();
        String waar = "audit_regel where huisverbod_id = '" + id
                + "' and actie = 'PROBLEEMANALYSE_LEZEN' and uitkomst = 'GEWEIGERD'"
                + " and reden = 'ONTHOUDEN' and actor_rol = 'politie-thv'";
        Api.as("politie-thv").get(BASE + id + "/betrokkenen/" + uhg + "/probleemanalyse").statusCode(403);
        assertThat(Db.count(waar)).isEqualTo(1);
        assertThat(Db.count("audit_regel where huisverbod_id = '" + id + "' and actie = 'PROBLEEMANALYSE_LEZEN' and uitkomst = "
                + "'TOEGESTAAN' and actor_rol = 'politie-thv'")).as("nothing disclosed, nothing logged as shown").isZero();
    }
}
