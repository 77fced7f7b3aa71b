package nl.thvhub.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/** The case lifecycle over REST with a moved clock: deadlines, transitions, their 409s and concurrency (412). */
@QuarkusTest
class HuisverbodLifecycleTest {

    private static final String BASE = "/api/v1/huisverboden";

    @Inject
    TestClock clock;

    private String impose(Map<String, Object> body) {
        return Api.as("politie-thv").post(BASE, body).statusCode(201).extract().path("id");
    }

    private String imposeAssigned(String gemeente, String coordinator) {
        String id = impose(Cases.valid(clock.instant().minusSeconds(3600), gemeente, "centrum"));
        Api.as("veilig-thuis")
                .post(BASE + "/" + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", coordinator))
                .statusCode(200);
        return id;
    }

    private static Instant instant(String s) {
        return Instant.parse(s);
    }

    @Test
    void imposing_creates_a_running_case_ending_after_ten_days() {
        Instant opgelegd = clock.instant().minusSeconds(600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var r = Api.as("politie-thv").post(BASE, Cases.valid(opgelegd)).statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/huisverboden/[0-9a-f-]{36}"))
                .header("ETag", notNullValue()).body("status", equalTo("OPGELEGD"))
                .body("registratienummer", matchesPattern("THV-\\d{4}-\\d{6}"))
                .body("coordinerendeOrganisatie", equalTo("BLIJF_GROEP")).body("verlengd", equalTo(false))
                .body("onthouden",
                        contains("HULPVERLENING", "GGZ", "NETWERK", "GEZONDHEID", "VERLENGINGSADVIES", "ZORGADVIES",
                                "RECLASSERINGSADVIES", "OPVANG_UHG"))
                .extract();
        assertThat(instant(r.path("eindmoment"))).isEqualTo(opgelegd.plus(Duration.ofDays(10)));
    }

    @Test
    void amstelveen_and_aalsmeer_are_coordinated_by_the_sociaal_team_with_six_months_monitoring() {
        Instant opgelegd = clock.instant().minusSeconds(600);
        var r = Api.as("politie-thv").post(BASE, Cases.valid(opgelegd, "AMSTELVEEN", "amstelveen-zuid")).statusCode(201)
                .body("coordinerendeOrganisatie", equalTo("SOCIAAL_TEAM_AA")).extract();
        Instant eind = instant(r.path("eindmoment"));
        assertThat(instant(r.path("monitoringEinde")))
                .isEqualTo(ZonedDateTime.ofInstant(eind, Huisverbod.TIJDZONE).plusMonths(6).toInstant());
    }

    @Test
    void minors_open_a_gezinsmanager_task_until_one_is_assigned() {
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(600));
        Cases.persons(body).add(Cases.person("KIND", "Kind Een", "2018-05-05"));
        String id = impose(body);
        Api.as("politie-thv").get(BASE + "/" + id).body("openTaken", hasItem("GEZINSMANAGER_TOEWIJZEN"));
        Api.as("veilig-thuis")
                .post(BASE + "/" + id + "/toewijzingen",
                        Map.of("rol", "GEZINSMANAGER", "gebruikersnaam", "gezinsmanager", "organisatie", "JBRA"))
                .statusCode(200).body("openTaken", not(hasItem("GEZINSMANAGER_TOEWIJZEN")))
                .body("toewijzingen.organisatie", hasItem("JBRA"));
    }

    @Test
    void an_earlier_case_for_the_same_uhg_marks_the_new_one_as_repeat() {
        Map<String, Object> first = Cases.valid(clock.instant().minusSeconds(7200));
        String firstId = impose(first);
        Map<String, Object> second = Cases.valid(clock.instant().minusSeconds(600));
        Cases.persons(second).set(0, Cases.person("UITHUISGEPLAATSTE",
                ((String) Cases.persons(first).get(0).get("naam")).toUpperCase(), "1980-01-01"));
        Api.as("politie-thv").post(BASE, second).statusCode(201).body("herhaling", equalTo(true))
                .body("herhalingVan.huisverbodId", equalTo(firstId)).body("herhalingVan.grond", equalTo("PERSOON"));
    }

    @Test
    void an_earlier_case_at_the_same_address_marks_the_new_one_as_repeat() {
        Map<String, Object> first = Cases.valid(clock.instant().minusSeconds(7200));
        String firstId = impose(first);
        Map<String, Object> second = Cases.valid(clock.instant().minusSeconds(600));
        second.put("adres", first.get("adres"));
        Api.as("politie-thv").post(BASE, second).statusCode(201).body("herhalingVan.huisverbodId", equalTo(firstId))
                .body("herhalingVan.grond", equalTo("ADRES"));
    }

    @Test
    void a_case_reads_as_monitoring_once_its_end_has_passed_without_a_batch_job() {
        String id = impose(Cases.valid(clock.instant().minusSeconds(600)));
        clock.advance(Duration.ofDays(10));
        Api.as("politie-thv").get(BASE + "/" + id).statusCode(200).body("status", equalTo("MONITORING"));
    }

    @Test
    void blijf_groep_monitoring_ends_after_three_months_and_the_case_then_reads_as_beeindigd() {
        String id = impose(Cases.valid(clock.instant().minusSeconds(600)));
        clock.advance(Duration.ofDays(10 + 85));
        Api.as("politie-thv").get(BASE + "/" + id).body("status", equalTo("MONITORING"));
        clock.advance(Duration.ofDays(10));
        Api.as("politie-thv").get(BASE + "/" + id).body("status", equalTo("BEEINDIGD"));
    }

    @Test
    void extension_needs_the_coordinators_advice_and_moves_the_end_to_28_days() {
        String id = imposeAssigned("AMSTERDAM", "zorgcoordinator");
        Api.as("gemeente").post(BASE + "/" + id + "/verlenging", Map.of()).statusCode(409)
                .contentType("application/problem+json")
                .body("huidigeStatus", equalTo("OPGELEGD")).body("toegestaneActies", not(hasItem("verlenging")));
        Api.as("zorgcoordinator")
                .post(BASE + "/" + id + "/verlengingsadvies",
                        Map.of("advies", "VERLENGEN", "motivering", "Dreiging houdt aan", "gronden",
                                java.util.List.of("DREIGING_HOUDT_AAN")))
                .statusCode(200).body("verlengingsadvies.advies", equalTo("VERLENGEN"));
        var r = Api.as("gemeente").post(BASE + "/" + id + "/verlenging", Map.of("motivering", "Op advies")).statusCode(200)
                .body("status", equalTo("VERLENGD")).body("verlengd", equalTo(true)).extract();
        assertThat(instant(r.path("eindmoment"))).isEqualTo(instant(r.path("opgelegdOp")).plus(Duration.ofDays(28)));
        clock.advance(Duration.ofDays(12));
        Api.as("politie-thv").get(BASE + "/" + id).body("status", equalTo("VERLENGD"));
        clock.advance(Duration.ofDays(17));
        Api.as("politie-thv").get(BASE + "/" + id).body("status", equalTo("MONITORING"));
    }

    @Test
    void a_second_extension_is_refused_with_409_naming_status_and_allowed_actions() {
        String id = imposeAssigned("AMSTERDAM", "zorgcoordinator");
        Api.as("zorgcoordinator")
                .post(BASE + "/" + id + "/verlengingsadvies", Map.of("advies", "VERLENGEN", "motivering", "nodig", "gronden",
                        java.util.List.of("DREIGING_HOUDT_AAN")))
                .statusCode(200);
        Api.as("gemeente").post(BASE + "/" + id + "/verlenging", Map.of()).statusCode(200);
        Api.as("gemeente").post(BASE + "/" + id + "/verlenging", Map.of()).statusCode(409).body("status", equalTo(409))
                .body("huidigeStatus", equalTo("VERLENGD")).body("toegestaneActies", contains("intrekking", "toewijzingen"));
    }

    @Test
    void advice_after_the_end_is_refused() {
        String id = imposeAssigned("AMSTERDAM", "zorgcoordinator");
        clock.advance(Duration.ofDays(11));
        Api.as("zorgcoordinator")
                .post(BASE + "/" + id + "/verlengingsadvies", Map.of("advies", "VERLENGEN", "motivering", "te laat", "gronden",
                        java.util.List.of("DREIGING_HOUDT_AAN")))
                .statusCode(409).body("huidigeStatus", equalTo("MONITORING"));
    }

    @Test
    void only_the_assigned_coordinator_may_advise_and_others_do_not_learn_the_case_exists() {
        String id = imposeAssigned("AMSTERDAM", "zorgcoordinator");
        Api.as("zorgcoordinator-2")
                .post(BASE + "/" + id + "/verlengingsadvies", Map.of("advies", "VERLENGEN", "motivering", "x", "gronden",
                        java.util.List.of("DREIGING_HOUDT_AAN")))
                .statusCode(404);
        Api.as("om-zsm")
                .post(BASE + "/" + id + "/verlengingsadvies", Map.of("advies", "VERLENGEN", "motivering", "x", "gronden",
                        java.util.List.of("DREIGING_HOUDT_AAN")))
                .statusCode(403);
    }

    @Test
    void withdrawal_needs_a_reason_and_ends_the_lifecycle() {
        String id = impose(Cases.valid(clock.instant().minusSeconds(600)));
        Api.as("gemeente").post(BASE + "/" + id + "/intrekking", Map.of()).statusCode(400).body("invalidParams.name",
                hasItem("reden"));
        Api.as("gemeente").post(BASE + "/" + id + "/intrekking", Map.of("reden", "UHG woont elders")).statusCode(200)
                .body("status", equalTo("INGETROKKEN")).body("intrekking.reden", equalTo("UHG woont elders"));
        Api.as("gemeente").post(BASE + "/" + id + "/verlenging", Map.of()).statusCode(409)
                .body("huidigeStatus", equalTo("INGETROKKEN"))
                .body("toegestaneActies", org.hamcrest.Matchers.empty());
    }

    @Test
    void police_may_withdraw_but_the_coordinator_may_not() {
        String id = imposeAssigned("AMSTERDAM", "zorgcoordinator");
        Api.as("zorgcoordinator").post(BASE + "/" + id + "/intrekking", Map.of("reden", "x")).statusCode(403);
        Api.as("politie-thv").post(BASE + "/" + id + "/intrekking", Map.of("reden", "Criteria niet meer aanwezig"))
                .statusCode(200);
    }

    @Test
    void closing_is_refused_while_the_thv_runs_and_allowed_during_monitoring_with_a_warme_overdracht() {
        String id = imposeAssigned("AMSTERDAM", "zorgcoordinator");
        Map<String, Object> overdracht = Map.of("overdrachtAan", "Wijkteam Centrum", "overdrachtDatum", "2026-01-05",
                "gezamenlijkGesprek", true);
        Api.as("zorgcoordinator").post(BASE + "/" + id + "/afsluiting", overdracht).statusCode(409).body("huidigeStatus",
                equalTo("OPGELEGD"));
        clock.advance(Duration.ofDays(40));
        String dag = java.time.LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).toString();
        Api.as("zorgcoordinator").post(BASE + "/" + id + "/afsluiting", Map.of("overdrachtDatum", dag)).statusCode(400)
                .body("invalidParams.name", hasItem("overdrachtAan"));
        Cases.eindrapportAfgezien(id);
        Api.as("zorgcoordinator")
                .post(BASE + "/" + id + "/afsluiting",
                        Map.of("overdrachtAan", "Wijkteam Centrum", "overdrachtDatum", dag, "gezamenlijkGesprek", true,
                                "beeindigingGrond", "DOEL_BEREIKT"))
                .statusCode(200).body("status", equalTo("AFGESLOTEN"))
                .body("afsluiting.overdrachtAan", equalTo("Wijkteam Centrum"))
                .body("afsluiting.gezamenlijkGesprek", equalTo(true));
        Api.as("zorgcoordinator")
                .post(BASE + "/" + id + "/afsluiting",
                        Map.of("overdrachtAan", "x", "overdrachtDatum", dag, "gezamenlijkGesprek", false, "geenGesprekReden",
                                "y"))
                .statusCode(409).body("huidigeStatus", equalTo("AFGESLOTEN"));
    }

    @Test
    void the_coordinator_may_end_monitoring_early_and_then_close() {
        String id = imposeAssigned("AMSTERDAM", "zorgcoordinator");
        Api.as("zorgcoordinator").post(BASE + "/" + id + "/beeindiging", Map.of("reden", "x", "grond", "DOEL_BEREIKT"))
                .statusCode(409);
        clock.advance(Duration.ofDays(20));
        Api.as("zorgcoordinator")
                .post(BASE + "/" + id + "/beeindiging", Map.of("reden", "Hulp overgedragen", "grond", "ZORG_ELDERS_GEBORGD"))
                .statusCode(200)
                .body("status", equalTo("BEEINDIGD"));
    }

    @Test
    void a_stale_if_match_gets_412_and_a_current_one_succeeds() {
        String id = impose(Cases.valid(clock.instant().minusSeconds(600)));
        String etag = Api.as("gemeente").get(BASE + "/" + id).statusCode(200).extract().header("ETag");
        Api.as("gemeente").request().header("If-Match", "\"999\"").body(Map.of("reden", "x"))
                .post(BASE + "/" + id + "/intrekking").then()
                .statusCode(412).contentType("application/problem+json");
        Api.as("gemeente").request().header("If-Match", etag).body(Map.of("reden", "x")).post(BASE + "/" + id + "/intrekking")
                .then()
                .statusCode(200);
    }

    @Test
    void every_transition_is_appended_to_the_history_with_who_and_when() {
        String id = imposeAssigned("AMSTERDAM", "zorgcoordinator");
        Api.as("zorgcoordinator")
                .post(BASE + "/" + id + "/verlengingsadvies", Map.of("advies", "NIET_VERLENGEN", "motivering", "rustig"))
                .statusCode(200);
        List<String> soorten = Api.as("gemeente").get(BASE + "/" + id + "/geschiedenis").statusCode(200).extract()
                .path("soort");
        assertThat(soorten).containsExactly("OPGELEGD", "TOEGEWEZEN", "VERLENGINGSADVIES");
        Api.as("gemeente").get(BASE + "/" + id + "/geschiedenis").body("[2].actor", equalTo("zorgcoordinator"))
                .body("[2].organisatie", equalTo("BLIJF_GROEP"));
    }

    @Test
    void veilig_thuis_assigns_the_coordinator_of_the_gemeentes_organisation() {
        String id = impose(Cases.valid(clock.instant().minusSeconds(600), "AALSMEER", "aalsmeer-oost"));
        Api.as("veilig-thuis")
                .post(BASE + "/" + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "sociaal-team"))
                .statusCode(200).body("toewijzingen[0].organisatie", equalTo("SOCIAAL_TEAM_AA"));
    }

    @Test
    void the_coordinator_of_the_case_invites_reclassering_but_a_stranger_may_not() {
        String id = imposeAssigned("AMSTERDAM", "zorgcoordinator");
        // a stranger is out of scope: 404, as for a case that does not exist
        Api.as("reclassering")
                .post(BASE + "/" + id + "/toewijzingen", Map.of("rol", "RECLASSERING", "gebruikersnaam", "reclassering-2"))
                .statusCode(404);
        Api.as("zorgcoordinator")
                .post(BASE + "/" + id + "/toewijzingen", Map.of("rol", "RECLASSERING", "gebruikersnaam", "reclassering"))
                .statusCode(200).body("toewijzingen.rol", hasItem("RECLASSERING"));
    }
}
