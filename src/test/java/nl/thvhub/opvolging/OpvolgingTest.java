package nl.thvhub.opvolging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.opvolging.service.Opvolgingsignalering;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;
import nl.thvhub.testing.Verzonden;

/**
 * Follow-through end to end with real tokens and a moved clock (issue 21): monitoring check-ins and the missed six-week
 * check-in, the monitoring report closing needs and Veilig Thuis reads, and the warm hand-over its receiver confirms.
 */
@QuarkusTest
class OpvolgingTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    TestClock clock;

    @Inject
    Opvolgingsignalering signalering;

    @Inject
    Dispatcher dispatcher;

    private String id;
    private String uhg;
    private String ab;

    private void zaak() {
        id = Cases.imposedWithCoordinator(clock.instant().minusSeconds(600));
        uhg = Api.as("politie-thv").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        ab = Api.as("politie-thv").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'ACHTERBLIJVER' }.id");
    }

    private String vandaag() {
        return LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).toString();
    }

    private Map<String, Object> peilmoment(String datum, String veilig) {
        return Map.of("datum", datum, "veilig", veilig, "terugvalSignalen", List.of("DREIGING"), "hulpLoopt", "DEELS",
                "toelichting", "Slachtoffer voelt zich veiliger");
    }

    private Map<String, Object> rapport() {
        return Map.of("dreigingAfgenomen", "JA", "verwijzingGeslaagd",
                List.of(Map.of("betrokkeneId", uhg, "uitkomst", "JA"), Map.of("betrokkeneId", ab, "uitkomst", "DEELS")),
                "relatieBeeindigd", "NEE", "recidiveBekend", "NEE", "toelichting", "Hulp loopt bij het wijkteam",
                "zonderVerwijzing", List.of(Map.of("betrokkeneId", uhg, "reden", "ELDERS_IN_ZORG"),
                        Map.of("betrokkeneId", ab, "reden", "ELDERS_IN_ZORG")));
    }

    private Map<String, Object> afsluiting(String organisatie) {
        Map<String, Object> body = new java.util.HashMap<>(
                Map.of("overdrachtAan", "Wijkteam Centrum", "overdrachtDatum", vandaag(), "gezamenlijkGesprek", true,
                        "beeindigingGrond", "DOEL_BEREIKT"));
        if (organisatie != null) {
            body.put("overdrachtOrganisatie", organisatie);
        }
        return body;
    }

    /** The case in monitoring with its report written, ready to close. */
    private void klaarVoorAfsluiting() {
        zaak();
        clock.advance(Duration.ofDays(20));
        Api.as("zorgcoordinator").put(BASE + id + "/monitoring/eindrapport", rapport()).statusCode(200);
    }

    /**
     * How many notifications of this case and type went to this user, counted in the database: the periodic jobs of
     * other tests' moved clocks fill a coordinator's inbox with later ones than a page shows.
     */
    private long aanGebruiker(String user, String type) {
        Verzonden.alles(dispatcher);
        return Db.count("notificatie where huisverbod_id = '" + id + "' and type = '" + type + "' and ontvanger_gebruiker = '"
                + user + "'");
    }

    /** The types of this case's notifications in the user's inbox, asked per type (other tests fill busy inboxes). */
    private List<String> inbox(String user, String... types) {
        Verzonden.alles(dispatcher);
        List<String> gevonden = new java.util.ArrayList<>();
        for (String type : types) {
            List<Map<String, Object>> items = Api.as(user).get("/api/v1/notificaties?limiet=100&type=" + type).statusCode(200)
                    .extract().path("items");
            items.stream().filter(n -> id.equals(n.get("huisverbodId"))).forEach(n -> gevonden.add((String) n.get("type")));
        }
        return gevonden;
    }

    @Test
    void the_coordinator_records_a_check_in_and_the_case_view_shows_it_to_readers_of_help_data() {
        zaak();
        Api.as("zorgcoordinator").post(BASE + id + "/monitoring/peilmomenten", peilmoment(vandaag(), "ZORGEN")).statusCode(201)
                .header("Location", endsWith("/monitoring/peilmomenten")).body("veilig", equalTo("ZORGEN"))
                .body("terugvalSignalen", equalTo(List.of("DREIGING"))).body("vastgelegdDoor", equalTo("zorgcoordinator"));
        Api.as("zorgcoordinator").get(BASE + id + "/monitoring/peilmomenten").statusCode(200).body("", hasSize(1));
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("monitoring.laatstePeilmoment.veilig", equalTo("ZORGEN"))
                .body("monitoring.opSchema", equalTo(true)).body("monitoring.eindrapport", nullValue());
        Api.as("zorgcoordinator").graphql("query($id: ID!) { peilmomenten(huisverbodId: $id) { veilig hulpLoopt } }",
                Map.of("id", id)).statusCode(200).body("errors", nullValue())
                .body("data.peilmomenten[0].hulpLoopt", equalTo("DEELS"));
        Api.as("politie-thv").get(BASE + id + "/monitoring/peilmomenten").statusCode(403)
                .contentType("application/problem+json");
        Api.as("politie-thv").get(BASE + id).statusCode(200).body("monitoring", nullValue());
        Api.as("politie-thv").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("soort", not(hasItem("PEILMOMENT_VASTGELEGD")));
        Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200).body("soort",
                hasItem("PEILMOMENT_VASTGELEGD"));
    }

    @Test
    void a_missed_six_week_check_in_opens_a_task_and_tells_the_coordinator_once() {
        zaak();
        clock.advance(Duration.ofDays(15));
        // a check-in soon after the THV does not count for the six-week moment
        Api.as("zorgcoordinator").post(BASE + id + "/monitoring/peilmomenten", peilmoment(vandaag(), "JA")).statusCode(201);
        clock.advance(Duration.ofDays(45)); // ten days past the six-week date, beyond the seven-day margin
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("openTaken", hasItem("PEILMOMENT_GEMIST"))
                .body("monitoring.opSchema", equalTo(false));
        Api.as("politie-thv").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("PEILMOMENT_GEMIST")));
        signalering.meld().await().indefinitely();
        signalering.meld().await().indefinitely();
        assertThat(Db.count("outbox where huisverbod_id = '" + id + "' and type = 'monitoring.peilmoment-gemist'"))
                .isEqualTo(1);
        assertThat(aanGebruiker("zorgcoordinator", "monitoring.peilmoment-gemist")).isEqualTo(1);
        Api.as("zorgcoordinator").post(BASE + id + "/monitoring/peilmomenten", peilmoment(vandaag(), "JA")).statusCode(201);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("PEILMOMENT_GEMIST")))
                .body("monitoring.opSchema", equalTo(true));
    }

    @Test
    void only_the_assigned_coordinator_records_a_check_in_and_bad_input_names_the_field() {
        zaak();
        String pad = BASE + id + "/monitoring/peilmomenten";
        Api.as("zorgcoordinator-2").post(pad, peilmoment(vandaag(), "JA")).statusCode(404);
        Api.as("veilig-thuis").post(pad, peilmoment(vandaag(), "JA")).statusCode(403);
        Api.as("zorgcoordinator").post(pad, Map.of("datum", vandaag(), "veilig", "MISSCHIEN", "terugvalSignalen", List.of(),
                "hulpLoopt", "JA")).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("veilig"));
        Api.as("zorgcoordinator").post(pad, peilmoment(LocalDate.parse(vandaag()).plusDays(1).toString(), "JA")).statusCode(400)
                .body("invalidParams[0].name", equalTo("datum"));
        Api.as("zorgcoordinator").post(pad, Map.of("datum", vandaag(), "veilig", "JA", "terugvalSignalen",
                List.of("DREIGING", "DREIGING"), "hulpLoopt", "JA")).statusCode(400)
                .body("invalidParams[0].name", equalTo("terugvalSignalen"));
        // substance use is one person's health (GEZONDHEID), not a signal of the family's check-in (issue 29, item 3)
        Api.as("zorgcoordinator").post(pad, Map.of("datum", vandaag(), "veilig", "JA", "terugvalSignalen",
                List.of("MIDDELENGEBRUIK"), "hulpLoopt", "JA")).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", org.hamcrest.Matchers.startsWith("terugvalSignalen"));
        assertThat(Db.count("peilmoment where huisverbod_id = '" + id + "'")).isZero();
        RestAssured.given().contentType("application/json").body(peilmoment(vandaag(), "JA")).post(pad).then().statusCode(401);
        Api.as("zorgcoordinator").post(BASE + java.util.UUID.randomUUID() + "/monitoring/peilmomenten",
                peilmoment(vandaag(), "JA")).statusCode(404);
    }

    @Test
    void every_follow_through_endpoint_answers_401_without_a_token_and_404_for_an_unknown_case() {
        zaak();
        String onbekend = BASE + java.util.UUID.randomUUID();
        for (String pad : List.of("/monitoring/peilmomenten", "/monitoring/eindrapport", "/zorgadvies")) {
            RestAssured.given().get(BASE + id + pad).then().statusCode(401);
            Api.as("veilig-thuis").get(onbekend + pad).statusCode(404).contentType("application/problem+json");
        }
        RestAssured.given().contentType("application/json").body(Map.of("bevestigdOp", vandaag()))
                .post(BASE + id + "/overdracht/bevestiging").then().statusCode(401);
        Api.as("zorgcoordinator").post(onbekend + "/overdracht/bevestiging", Map.of("bevestigdOp", vandaag())).statusCode(404);
        Api.as("zorgcoordinator").put(onbekend + "/monitoring/eindrapport", Map.of("afgezienReden", "x")).statusCode(404);
        Api.as("zorgcoordinator").put(onbekend + "/zorgadvies", Map.of("risico", "LAAG", "hulpverleningLoopt", true,
                "adviesVoorwaarden", List.of())).statusCode(404);
    }

    @Test
    void closing_without_a_monitoring_report_is_409_naming_it_and_changes_nothing() {
        zaak();
        clock.advance(Duration.ofDays(20));
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting(null)).statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("eindrapport"))
                .body("huidigeStatus", equalTo("MONITORING"));
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("status", equalTo("MONITORING"));
        Api.as("zorgcoordinator").put(BASE + id + "/monitoring/eindrapport", Map.of("afgezienReden", "Gezin verhuisd",
                "zonderVerwijzing", List.of(Map.of("betrokkeneId", uhg, "reden", "WEIGERT"),
                        Map.of("betrokkeneId", ab, "reden", "NIET_NODIG"))))
                .statusCode(200).body("afgezienReden", equalTo("Gezin verhuisd"));
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("monitoring.eindrapport", equalTo("AFGEZIEN"));
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting(null)).statusCode(200)
                .body("status", equalTo("AFGESLOTEN"));
    }

    @Test
    void the_report_holds_the_outcome_per_person_and_veilig_thuis_reads_it_through_its_notification() {
        klaarVoorAfsluiting();
        String pad = BASE + id + "/monitoring/eindrapport";
        Api.as("zorgcoordinator").get(pad).statusCode(200).header("ETag", "\"1\"").body("dreigingAfgenomen", equalTo("JA"))
                .body("verwijzingGeslaagd", hasSize(2)).body("onthouden", hasSize(0)).body("versies", hasSize(1));
        Api.as("politie-thv").get(pad).statusCode(403);
        Api.as("ggz").get(pad).statusCode(404);
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting(null)).statusCode(200);
        assertThat(inbox("veilig-thuis", "huisverbod.afgesloten", "monitoring.eindrapport")).containsExactly(
                "huisverbod.afgesloten",
                "monitoring.eindrapport");
        List<Map<String, Object>> items = Api.as("veilig-thuis")
                .get("/api/v1/notificaties?limiet=100&type=monitoring.eindrapport")
                .extract().path("items");
        String link = items.stream()
                .filter(n -> id.equals(n.get("huisverbodId")) && "monitoring.eindrapport".equals(n.get("type")))
                .map(n -> (String) n.get("link")).findFirst().orElseThrow();
        assertThat(link).isEqualTo("/api/v1/huisverboden/" + id + "/monitoring/eindrapport");
        Api.as("veilig-thuis").get(link).statusCode(200).body("recidiveBekend", equalTo("NEE"))
                .body("verwijzingGeslaagd.find { it.betrokkeneId == '" + ab + "' }.uitkomst", equalTo("DEELS"));
        assertThat(
                Db.count("audit_regel where huisverbod_id = '" + id + "' and actie = 'EINDRAPPORT_LEZEN' and actor_gebruiker = "
                        + "'veilig-thuis' and uitkomst = 'TOEGESTAAN'"))
                .as("one line per person shown").isEqualTo(2);
    }

    @Test
    void bad_report_input_names_the_field_and_a_stale_version_is_412_and_stores_nothing() {
        zaak();
        String pad = BASE + id + "/monitoring/eindrapport";
        Api.as("zorgcoordinator").put(pad, Map.of("relatieBeeindigd", "NEE", "recidiveBekend", "NEE", "verwijzingGeslaagd",
                List.of())).statusCode(400).body("invalidParams[0].name", equalTo("dreigingAfgenomen"));
        Map<String, Object> beide = new java.util.HashMap<>(rapport());
        beide.put("afgezienReden", "x");
        Api.as("zorgcoordinator").put(pad, beide).statusCode(400).body("invalidParams[0].name", equalTo("afgezienReden"));
        Api.as("zorgcoordinator").put(pad, Map.of("dreigingAfgenomen", "JA", "relatieBeeindigd", "NEE", "recidiveBekend", "NEE",
                "verwijzingGeslaagd",
                List.of(Map.of("betrokkeneId", java.util.UUID.randomUUID().toString(), "uitkomst", "JA"))))
                .statusCode(400).body("invalidParams[0].name", equalTo("verwijzingGeslaagd[0].betrokkeneId"));
        assertThat(Db.count("zorgdocument where huisverbod_id = '" + id + "'")).isZero();
        Api.as("zorgcoordinator").put(pad, rapport()).statusCode(200).header("ETag", "\"1\"");
        Api.as("zorgcoordinator").request().header("If-Match", "\"7\"").body(rapport()).put(pad).then().statusCode(412);
        Api.as("veilig-thuis").put(pad, rapport()).statusCode(403);
        Api.as("zorgcoordinator-2").put(pad, rapport()).statusCode(404);
        RestAssured.given().contentType("application/json").body(rapport()).put(pad).then().statusCode(401);
        RestAssured.given().get(pad).then().statusCode(401);
    }

    @Test
    void a_hand_over_to_a_hub_partner_is_confirmed_by_that_partner_who_reads_the_package_a_set_time_after() {
        klaarVoorAfsluiting();
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting("SOCIAAL_TEAM_AA")).statusCode(200)
                .body("afsluiting.overdrachtOrganisatie", equalTo("SOCIAAL_TEAM_AA"))
                .body("afsluiting.bevestiging", nullValue());
        assertThat(inbox("sociaal-team", "overdracht.aangeboden", "huisverbod.afgesloten", "monitoring.eindrapport"))
                .as("the receiver hears only that a hand-over awaits it").containsExactly("overdracht.aangeboden");
        // the hand-over package (issue 35.4): who the persons are and the family's part, a person's help data only with
        // that person's consent
        Api.as("sociaal-team").get(BASE + id).statusCode(200).body("status", equalTo("AFGESLOTEN"))
                .body("betrokkenen", hasSize(2)).body("afsluiting.overdrachtOrganisatie", equalTo("SOCIAAL_TEAM_AA"))
                .body("onthouden", hasItem("HULPVERLENING")).body("onthouden", not(hasItem("IDENTITEIT")));
        Api.as("ggz").get(BASE + id).statusCode(404);
        String pad = BASE + id + "/overdracht/bevestiging";
        Api.as("zorgcoordinator").post(pad, Map.of("bevestigdOp", vandaag())).statusCode(403);
        Api.as("sociaal-team").post(pad, Map.of("bevestigdOp", LocalDate.parse(vandaag()).minusDays(30).toString()))
                .statusCode(400).body("invalidParams[0].name", equalTo("bevestigdOp"));
        // a hub partner confirms as its authenticated identity (issue 29, item 16)
        Api.as("sociaal-team").post(pad, Map.of("bevestigdOp", vandaag(), "bevestigdDoor", "Iemand anders")).statusCode(400)
                .body("invalidParams[0].name", equalTo("bevestigdDoor"));
        Api.as("sociaal-team").post(pad, Map.of("bevestigdOp", vandaag())).statusCode(200)
                .body("bevestigdDoor", equalTo("sociaal-team")).body("organisatie", equalTo("SOCIAAL_TEAM_AA"));
        // confirmed: the receiving partner keeps reading the package thv.opdrachten.overdracht-na-bevestiging, then not
        Api.as("sociaal-team").get(BASE + id).statusCode(200);
        clock.advance(Duration.ofDays(14).plusMinutes(1));
        Api.as("sociaal-team").get(BASE + id).statusCode(404);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200)
                .body("afsluiting.bevestiging.bevestigdDoor", equalTo("sociaal-team"));
        Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200).body("soort",
                hasItem("OVERDRACHT_BEVESTIGD"));
    }

    @Test
    void an_unconfirmed_hand_over_opens_a_task_for_the_coordinator_after_the_configured_days() {
        klaarVoorAfsluiting();
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting("GGZ")).statusCode(200)
                .body("openTaken", not(hasItem("OVERDRACHT_NIET_BEVESTIGD")));
        clock.advance(Duration.ofDays(6));
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("openTaken", hasItem("OVERDRACHT_NIET_BEVESTIGD"));
        signalering.meld().await().indefinitely();
        signalering.meld().await().indefinitely();
        assertThat(Db.count("outbox where huisverbod_id = '" + id + "' and type = 'overdracht.niet-bevestigd'")).isEqualTo(1);
        assertThat(aanGebruiker("zorgcoordinator", "overdracht.niet-bevestigd")).isEqualTo(1);
        Api.as("ggz").post(BASE + id + "/overdracht/bevestiging", Map.of("bevestigdOp", vandaag())).statusCode(200);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("OVERDRACHT_NIET_BEVESTIGD")));
    }

    @Test
    void an_unconfirmed_hand_over_keeps_its_receiver_in_reach_only_for_the_configured_time_after_its_task() {
        klaarVoorAfsluiting();
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting("SOCIAAL_TEAM_AA")).statusCode(200);
        // the task opens after 5 days (thv.zorg.overdracht-bevestiging); the reach ends 30 days later
        clock.advance(Duration.ofDays(35).minusMinutes(5));
        Api.as("sociaal-team").get(BASE + id).statusCode(200);
        clock.advance(Duration.ofMinutes(10));
        Api.as("sociaal-team").get(BASE + id).statusCode(404);
        Api.as("sociaal-team").post(BASE + id + "/overdracht/bevestiging", Map.of("bevestigdOp", vandaag())).statusCode(404);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("openTaken", hasItem("OVERDRACHT_NIET_BEVESTIGD"));
    }

    @Test
    void a_hand_over_outside_the_hub_is_confirmed_by_the_coordinator_who_names_who_confirmed() {
        klaarVoorAfsluiting();
        String pad = BASE + id + "/overdracht/bevestiging";
        Api.as("zorgcoordinator").post(pad, Map.of("bevestigdOp", vandaag())).statusCode(409);
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting(null)).statusCode(200);
        Api.as("zorgcoordinator").post(pad, Map.of("bevestigdOp", vandaag())).statusCode(400)
                .body("invalidParams[0].name", equalTo("bevestigdDoor"));
        Api.as("zorgcoordinator").post(pad, Map.of("bevestigdOp", vandaag(), "bevestigdDoor", "J. de Vries, wijkteam"))
                .statusCode(200).body("organisatie", equalTo("BLIJF_GROEP"));
        Api.as("zorgcoordinator").post(pad, Map.of("bevestigdOp", vandaag(), "bevestigdDoor", "nogmaals")).statusCode(409);
        Api.as("zorgcoordinator").graphql("mutation($id: ID!) { overdrachtBevestigen(huisverbodId: $id, bevestiging: "
                + "{bevestigdOp: \"" + vandaag() + "\", bevestigdDoor: \"x\"}) { bevestigdOp } }", Map.of("id", id))
                .statusCode(200).body("errors[0].extensions.problem.status", equalTo(409));
        RestAssured.given().contentType("application/json").body(Map.of("bevestigdOp", vandaag())).post(pad).then()
                .statusCode(401);
    }

    @Test
    void closing_without_a_joint_talk_needs_a_reason_and_the_receiver_must_be_a_care_partner() {
        klaarVoorAfsluiting();
        Map<String, Object> zonderGesprek = new java.util.HashMap<>(afsluiting(null));
        zonderGesprek.put("gezamenlijkGesprek", false);
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", zonderGesprek).statusCode(400)
                .body("invalidParams[0].name", equalTo("geenGesprekReden"));
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting("BLIJF_GROEP")).statusCode(400)
                .body("invalidParams[0].name", equalTo("overdrachtOrganisatie"));
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", afsluiting("POLITIE")).statusCode(400)
                .body("invalidParams[0].name", equalTo("overdrachtOrganisatie"));
        zonderGesprek.put("geenGesprekReden", "Vervolghulp kon niet aansluiten; telefonisch overgedragen");
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", zonderGesprek).statusCode(200)
                .body("afsluiting.geenGesprekReden", equalTo("Vervolghulp kon niet aansluiten; telefonisch overgedragen"));
    }
}
