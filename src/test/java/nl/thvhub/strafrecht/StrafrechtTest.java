package nl.thvhub.strafrecht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.AuditTrailAssertions;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/** Afdoeningen (versioned, delivered to the coordinator) and the ZSM priority list (ranking, urgency, CSV, access). */
@QuarkusTest
class StrafrechtTest {

    private static final String LIST = "/api/v1/zsm/prioriteitenlijst";
    private static final ZoneId AMS = ZoneId.of("Europe/Amsterdam");

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    private String impose(Duration ago, String gemeente, boolean strafrecht) {
        Map<String, Object> body = Cases.valid(clock.instant().minus(ago), gemeente, "centrum");
        body.put("strafrechtelijkTraject", strafrecht);
        return Cases.imposed(body);
    }

    private List<String> listedIds() {
        return Api.as("om-zsm").get(LIST).statusCode(200).body("volledig", equalTo(true)).extract().path("items.huisverbodId");
    }

    private static List<String> only(List<String> all, String... ours) {
        return all.stream().filter(List.of(ours)::contains).toList();
    }

    @ParameterizedTest(name = "{0} gets 403")
    @ValueSource(strings = {"wijkagent-centrum", "veilig-thuis", "zorgcoordinator", "sociaal-team",
            "gezinsmanager", "reclassering",
            "ggz", "gemeente", "beleid", "fg"})
    void only_zsm_and_the_police_read_the_priority_list(String user) {
        Api.as(user).get(LIST).statusCode(403).contentType("application/problem+json");
    }

    @Test
    void cases_are_ranked_by_time_left_and_an_extension_moves_a_case_down() {
        String soon = impose(Duration.ofDays(8), "AMSTERDAM", true);
        String later = impose(Duration.ofDays(1), "AMSTERDAM", true);
        assertThat(only(listedIds(), soon, later)).containsExactly(soon, later);
        Api.as("veilig-thuis")
                .post("/api/v1/huisverboden/" + soon + "/toewijzingen",
                        Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator"))
                .statusCode(200);
        Api.as("zorgcoordinator")
                .post("/api/v1/huisverboden/" + soon + "/verlengingsadvies",
                        Map.of("advies", "VERLENGEN", "motivering", "nodig", "gronden",
                                java.util.List.of("DREIGING_HOUDT_AAN")))
                .statusCode(200);
        Api.as("gemeente").post("/api/v1/huisverboden/" + soon + "/verlenging", Map.of()).statusCode(200);
        assertThat(only(listedIds(), soon, later)).containsExactly(later, soon);
    }

    @Test
    void a_case_ending_within_48_hours_is_urgent_with_its_hours_and_reasons() {
        String id = impose(Duration.ofDays(9), "DIEMEN", true);
        Map<String, Object> row = Api.as("om-zsm").get(LIST + "?gemeente=DIEMEN").statusCode(200).extract()
                .path("items.find { it.huisverbodId == '" + id + "' }");
        assertThat(row.get("urgent")).isEqualTo(true);
        assertThat((Integer) row.get("resterendeUren")).isBetween(23, 24);
        assertThat((List<String>) row.get("redenen")).contains("NOG_NIET_BEOORDEELD", "CONTACTVERBOD_NIET_OP_TIJD",
                "ERNST_ERNSTIG");
        List<String> gemeenten = Api.as("om-zsm").get(LIST + "?gemeente=DIEMEN").extract().path("items.gemeente");
        assertThat(gemeenten).containsOnly("DIEMEN");
        clock.advance(Duration.ofDays(2));
        assertThat(listedIds()).doesNotContain(id);
    }

    @Test
    void a_case_without_criminal_track_is_not_listed_and_the_police_open_the_track_with_an_aangifte() {
        String id = impose(Duration.ofDays(1), "AMSTERDAM", false);
        assertThat(listedIds()).doesNotContain(id);
        Api.as("politie-thv")
                .post("/api/v1/huisverboden/" + id + "/afdoeningen", Map.of("beslissing", "SEPOT", "sepotGrond", "x"))
                .statusCode(403);
        Api.as("politie-thv")
                .post("/api/v1/huisverboden/" + id + "/afdoeningen",
                        Map.of("aangifte", true, "aangifteDatum", LocalDate.now(AMS).toString()))
                .statusCode(201).body("versie", equalTo(1));
        assertThat(listedIds()).contains(id);
    }

    @Test
    void a_repeat_thv_without_a_track_is_listed_in_the_second_section_after_every_first_section_row() {
        String zonder = impose(Duration.ofDays(1), "AALSMEER", false);
        nl.thvhub.testing.Db.execute("update huisverbod set herhaling_grond = 'PERSOON' where id = '" + zonder + "'");
        String met = impose(Duration.ofDays(1), "AALSMEER", true);
        for (String lezer : List.of("om-zsm", "politie-thv")) {
            List<Map<String, Object>> items = Api.as(lezer).get(LIST + "?gemeente=AALSMEER").statusCode(200).extract()
                    .path("items");
            List<String> secties = items.stream().map(r -> (String) r.get("sectie")).toList();
            assertThat(secties).as(lezer).isSortedAccordingTo(java.util.Comparator.naturalOrder())
                    .contains("STRAFTRAJECT", "ZONDER_STRAFTRAJECT");
            Map<String, Object> rij = items.stream().filter(r -> zonder.equals(r.get("huisverbodId"))).findFirst()
                    .orElseThrow();
            assertThat(rij.get("sectie")).isEqualTo("ZONDER_STRAFTRAJECT");
            assertThat((List<String>) rij.get("redenen")).as(lezer).startsWith("GEEN_STRAFTRAJECT").contains("HERHALING")
                    .doesNotContain("NOG_NIET_BEOORDEELD", "CONTACTVERBOD_NIET_OP_TIJD");
            assertThat(items.stream().filter(r -> met.equals(r.get("huisverbodId"))).map(r -> r.get("sectie")))
                    .containsExactly("STRAFTRAJECT");
        }
        // opening the track moves it to the first section
        Api.as("politie-thv").post("/api/v1/huisverboden/" + zonder + "/afdoeningen",
                Map.of("aangifte", true, "aangifteDatum", LocalDate.now(AMS).toString())).statusCode(201);
        assertThat((String) Api.as("om-zsm").get(LIST + "?gemeente=AALSMEER").extract()
                .path("items.find { it.huisverbodId == '" + zonder + "' }.sectie")).isEqualTo("STRAFTRAJECT");
    }

    @Test
    void a_hoog_care_advice_lists_a_case_without_a_track_for_zsm_but_never_tells_the_police() {
        String id = Cases.imposedWithCoordinator(clock.instant().minus(Duration.ofDays(1)));
        nl.thvhub.testing.Db.execute("update huisverbod set strafrechtelijk_traject = false where id = '" + id + "'");
        Api.as("zorgcoordinator").put("/api/v1/huisverboden/" + id + "/zorgadvies", Map.of("risico", "HOOG",
                "hulpverleningLoopt", true, "adviesVoorwaarden", List.of("CONTACTVERBOD"), "toelichting", "x"))
                .statusCode(200);
        assertThat((List<String>) Api.as("om-zsm").get(LIST).extract()
                .path("items.find { it.huisverbodId == '" + id + "' }.redenen"))
                .containsExactly("GEEN_STRAFTRAJECT", "ZORGADVIES_HOOG", "ERNST_ERNSTIG");
        assertThat(Api.as("politie-thv").get(LIST).extract().<List<String>>path("items.huisverbodId")).doesNotContain(id);
    }

    @Test
    void the_police_read_the_list_with_a_token_and_get_401_without_one() {
        impose(Duration.ofDays(1), "AMSTERDAM", true);
        // the police do not see the care input: withheld is null and named, never "false"
        Api.as("politie-thv").get(LIST).statusCode(200).body("volledig", equalTo(true))
                .body("onthouden", equalTo(List.of("ZORGADVIES")))
                .body("items.zorginbrengAanwezig", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        Api.as("om-zsm").get(LIST).statusCode(200).body("onthouden", equalTo(List.of()))
                .body("items.zorginbrengAanwezig", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.notNullValue()));
        io.restassured.RestAssured.given().get(LIST).then().statusCode(401);
    }

    @Test
    void a_decision_takes_the_case_off_the_list_unless_its_contactverbod_would_start_late() {
        String id = impose(Duration.ofDays(8), "AMSTERDAM", true);
        LocalDate thvEnd = LocalDate.ofInstant(clock.instant().minus(Duration.ofDays(8)).plus(Duration.ofDays(10)), AMS);
        Api.as("om-zsm")
                .post("/api/v1/huisverboden/" + id + "/afdoeningen", Map.of("beslissing", "STRAFBESCHIKKING", "contactverbod",
                        Map.of("van", thvEnd.plusDays(3).toString(), "tot", thvEnd.plusDays(90).toString())))
                .statusCode(201)
                .body("contactverbodSluitAanOpThv", equalTo(false));
        List<String> reasons = Api.as("om-zsm").get(LIST).extract()
                .path("items.find { it.huisverbodId == '" + id + "' }.redenen");
        assertThat(reasons).containsExactly("CONTACTVERBOD_NIET_OP_TIJD", "ERNST_ERNSTIG");
        Api.as("om-zsm")
                .post("/api/v1/huisverboden/" + id + "/afdoeningen", Map.of("beslissing", "STRAFBESCHIKKING", "contactverbod",
                        Map.of("van", thvEnd.toString(), "tot", thvEnd.plusDays(90).toString())))
                .statusCode(201).body("contactverbodSluitAanOpThv", equalTo(true));
        assertThat(listedIds()).doesNotContain(id);
    }

    @Test
    void corrections_are_new_versions_and_the_earlier_one_stays() {
        String id = impose(Duration.ofDays(1), "AMSTERDAM", true);
        Api.as("om-zsm")
                .post("/api/v1/huisverboden/" + id + "/afdoeningen",
                        Map.of("voorgenomenAfdoening", "STRAFBESCHIKKING", "parketnummer", "13/123456-26"))
                .statusCode(201).body("versie", equalTo(1));
        Api.as("om-zsm").post("/api/v1/huisverboden/" + id + "/afdoeningen",
                Map.of("voorgenomenAfdoening", "DAGVAARDING", "parketnummer", "13/123456-26",
                        "geplandeZittingen", List.of(Map.of("datum", "2027-02-01", "rechtbank", "Rechtbank Amsterdam"))))
                .statusCode(201).body("versie", equalTo(2));
        Api.as("om-zsm").get("/api/v1/huisverboden/" + id + "/afdoeningen").statusCode(200)
                .body("versie", equalTo(List.of(2, 1)))
                .body("[1].voorgenomenAfdoening", equalTo("STRAFBESCHIKKING"))
                .body("[0].geplandeZittingen[0].rechtbank", equalTo("Rechtbank Amsterdam"));
        Api.as("om-zsm").post("/api/v1/huisverboden/" + id + "/afdoeningen", Map.of("beslissing", "SEPOT")).statusCode(400)
                .body("invalidParams.name", org.hamcrest.Matchers.hasItem("sepotGrond"));
    }

    @Test
    void a_decision_the_om_does_not_know_is_400_naming_the_field_and_the_decisions_it_knows() {
        String id = impose(Duration.ofDays(1), "AMSTERDAM", true);
        Api.as("om-zsm").post("/api/v1/huisverboden/" + id + "/afdoeningen", Map.of("beslissing", "VRIJSPRAAK"))
                .statusCode(400).body("invalidParams[0].name", equalTo("beslissing"))
                .body("invalidParams[0].reason", org.hamcrest.Matchers.containsString("DOORVERWIJZING"));
    }

    @Test
    void a_decision_reaches_the_assigned_coordinator_and_not_another_one() {
        String id = impose(Duration.ofDays(1), "AMSTERDAM", true);
        Api.as("veilig-thuis")
                .post("/api/v1/huisverboden/" + id + "/toewijzingen",
                        Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator"))
                .statusCode(200);
        Api.as("om-zsm")
                .post("/api/v1/huisverboden/" + id + "/afdoeningen",
                        Map.of("beslissing", "DAGVAARDING", "verblijfplaatsUhg", "Bij zijn moeder"))
                .statusCode(201);
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        List<String> mine = nl.thvhub.testing.Inbox.typen("zorgcoordinator", id);
        assertThat(mine).containsExactly("afdoening.geregistreerd");
        List<String> other = nl.thvhub.testing.Inbox.typen("zorgcoordinator-2", id);
        assertThat(other).isEmpty();
        Api.as("zorgcoordinator").get("/api/v1/huisverboden/" + id + "/afdoeningen").statusCode(200).body("[0].beslissing",
                equalTo("DAGVAARDING"));
        Api.as("veilig-thuis").get("/api/v1/huisverboden/" + id + "/afdoeningen").statusCode(403);
        Api.as("zorgcoordinator-2").get("/api/v1/huisverboden/" + id + "/afdoeningen").statusCode(404);
    }

    @Test
    void the_list_is_one_audit_line_naming_every_listed_case_and_the_fg_finds_it_by_each_case() {
        impose(Duration.ofDays(2), "AALSMEER", true);
        impose(Duration.ofDays(3), "AALSMEER", true);
        AuditTrailAssertions trail = AuditTrailAssertions.newTrace();
        List<String> listed = Api.as("om-zsm").request().header("traceparent", trail.traceparent())
                .get(LIST + "?gemeente=AALSMEER").then().statusCode(200).extract().path("items.huisverbodId");
        assertThat(listed).hasSizeGreaterThanOrEqualTo(2);

        List<AuditTrailAssertions.Line> lines = trail.lines();
        // one line per disclosure and set of categories: rows with a care input are named on a line of their own
        assertThat(lines).hasSizeBetween(1, 2).allSatisfy(l -> {
            assertThat(l.actie()).isEqualTo("PRIORITEITENLIJST");
            assertThat(l.uitkomst()).isEqualTo("TOEGESTAAN");
            assertThat(l.betrokkeneId()).isNull();
            assertThat(l.verstrekt()).startsWith("KERN");
        });
        assertThat(lines.stream().flatMap(l -> l.zaken().stream())).containsExactlyInAnyOrderElementsOf(listed);

        List<String> lijstregel = lines.stream().filter(l -> l.huisverbodIds().size() >= 2).findFirst().orElseThrow()
                .huisverbodIds();
        for (String zaak : List.of(lijstregel.get(0), lijstregel.get(lijstregel.size() - 1))) {
            List<Map<String, Object>> gevonden = Api.as("fg").get("/api/v1/audit?huisverbodId=" + zaak).statusCode(200)
                    .extract().path("items.findAll { it.actie == 'PRIORITEITENLIJST' && it.traceId == '" + trail.traceId()
                            + "' }");
            assertThat(gevonden).hasSize(1);
            assertThat(gevonden.get(0).get("huisverbodId")).isNull();
            assertThat(String.valueOf(gevonden.get(0).get("huisverbodIds"))).contains(zaak);
            assertThat((List<?>) gevonden.get(0).get("huisverbodIds")).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void the_list_exports_as_csv_with_a_header_and_crlf() {
        impose(Duration.ofDays(2), "UITHOORN", true);
        String csv = Api.as("om-zsm").request().accept("text/csv").get(LIST + "?gemeente=UITHOORN").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith(
                "huisverbodId,registratienummer,sectie,gemeente,eindmoment,resterendeUren,urgent,redenen,zorgadviesAanwezig,zorginbrengAanwezig\r\n")
                .contains(",UITHOORN,");
    }
}
