package nl.thvhub.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/** The lifecycle over GraphQL: same services, same rules, same problem details (in {@code extensions.problem}). */
@QuarkusTest
class HuisverbodGraphQLTest {

    private static final String FIELDS = "id registratienummer gemeente wijk status opgelegdOp eindmoment verlengd herhaling "
            + "adres { straat huisnummer postcode plaats } betrokkenen { id rol naam geboortedatum } geweld { type ernst intiemeTerreur } "
            + "strafrechtelijkTraject coordinerendeOrganisatie toegestaneActies openTaken versie onthouden";

    @Inject
    TestClock clock;

    private static final String OPLEGGEN = "mutation($o: OpleggenInput!) { huisverbodOpleggen(opdracht: $o) { id status } }";

    private String imposeViaGraphQL() {
        Map<String, Object> opdracht = new LinkedHashMap<>(Cases.valid(clock.instant().minusSeconds(600)));
        return Api.as("politie-thv")
                .graphql(OPLEGGEN, Map.of("o", opdracht))
                .statusCode(200).body("errors", nullValue()).body("data.huisverbodOpleggen.status", equalTo("OPGELEGD"))
                .extract().path("data.huisverbodOpleggen.id");
    }

    private void mutate(String user, String mutation, String id, Map<String, Object> opdracht, String expectStatus) {
        Api.as(user)
                .graphql(
                        "mutation($id: ID!, $o: " + mutation.split(":")[1] + "!) { " + mutation.split(":")[0]
                                + "(id: $id, opdracht: $o) { status } }",
                        Map.of("id", id, "o", opdracht))
                .statusCode(200).body("errors", nullValue())
                .body("data." + mutation.split(":")[0] + ".status", equalTo(expectStatus));
    }

    @Test
    void rest_and_graphql_return_the_same_case() {
        String id = imposeViaGraphQL();
        Map<String, Object> rest = Api.as("gemeente").get("/api/v1/huisverboden/" + id).statusCode(200).extract().jsonPath()
                .getMap("$");
        Map<String, Object> gql = Api.as("gemeente")
                .graphql("query($id: ID!) { huisverbod(id: $id) { " + FIELDS + " } }", Map.of("id", id))
                .statusCode(200).body("errors", nullValue()).extract().jsonPath().getMap("data.huisverbod");
        for (String field : gql.keySet()) {
            assertThat(gql.get(field)).as(field).isEqualTo(rest.get(field));
        }
    }

    @Test
    void the_whole_lifecycle_runs_over_graphql_with_a_moved_clock() {
        String id = imposeViaGraphQL();
        mutate("veilig-thuis", "toewijzen:ToewijzenInput", id,
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator"), "OPGELEGD");
        mutate("zorgcoordinator", "verlengingsadviesGeven:VerlengingsadviesInput", id,
                Map.of("advies", "VERLENGEN", "motivering", "nodig", "gronden",
                        java.util.List.of("DREIGING_HOUDT_AAN")),
                "OPGELEGD");
        mutate("gemeente", "verlengen:VerlengingInput", id, Map.of("motivering", "op advies"), "VERLENGD");
        clock.advance(Duration.ofDays(28));
        String dag = java.time.LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).toString();
        java.util.List<String> personen = Api.as("zorgcoordinator").get("/api/v1/huisverboden/" + id).extract()
                .path("betrokkenen.id");
        Api.as("zorgcoordinator").graphql("mutation($id: ID!, $zonder: [ZonderVerwijzingInput!]) { eindrapportVastleggen("
                + "huisverbodId: $id, eindrapport: {afgezienReden: \"Gezin verhuisd buiten de regio\", zonderVerwijzing: $zonder})"
                + " { versie afgezienReden zonderVerwijzing { reden } } }",
                Map.of("id", id, "zonder", personen.stream()
                        .map(p -> Map.of("betrokkeneId", p, "reden", "ELDERS_IN_ZORG")).toList()))
                .statusCode(200).body("errors", nullValue()).body("data.eindrapportVastleggen.versie", equalTo(1));
        mutate("zorgcoordinator", "afsluiten:AfsluitingInput", id,
                Map.of("overdrachtAan", "Wijkteam", "overdrachtDatum", dag, "gezamenlijkGesprek", false, "geenGesprekReden",
                        "Wijkteam kon niet aansluiten", "beeindigingGrond", "DOEL_BEREIKT"),
                "AFGESLOTEN");
    }

    @Test
    void a_forbidden_transition_reports_the_same_409_problem_as_rest() {
        String id = imposeViaGraphQL();
        Api.as("gemeente").graphql("mutation($id: ID!) { verlengen(id: $id) { status } }", Map.of("id", id)).statusCode(200)
                .body("data.verlengen", nullValue()).body("errors[0].extensions.problem.status", equalTo(409))
                .body("errors[0].extensions.problem.huidigeStatus", equalTo("OPGELEGD"))
                .body("errors[0].extensions.problem.toegestaneActies", hasItem("intrekking"));
    }

    @Test
    void bad_input_over_graphql_names_the_field() {
        Map<String, Object> opdracht = new LinkedHashMap<>(Cases.valid(clock.instant().plus(Duration.ofDays(1))));
        Api.as("politie-thv")
                .graphql("mutation($o: OpleggenInput!) { huisverbodOpleggen(opdracht: $o) { id } }", Map.of("o", opdracht))
                .statusCode(200).body("errors[0].extensions.problem.status", equalTo(400))
                .body("errors[0].extensions.problem.invalidParams.name", hasItem("opgelegdOp"));
    }

    @Test
    void a_role_without_rights_is_refused_over_graphql() {
        String id = imposeViaGraphQL();
        Api.as("beleid").graphql("query($id: ID!) { huisverbod(id: $id) { id } }", Map.of("id", id)).statusCode(200)
                .body("data.huisverbod", nullValue()).body("errors[0].message", notNullValue());
    }

    @Test
    void a_role_check_refusal_carries_the_same_403_problem_as_rest() {
        Api.as("om-zsm").graphql(OPLEGGEN, Map.of("o", new LinkedHashMap<>(Cases.valid(clock.instant())))).statusCode(200)
                .body("data.huisverbodOpleggen", nullValue()).body("errors[0].extensions.problem.status", equalTo(403))
                .body("errors[0].extensions.problem.title", equalTo("Geen toegang"));
        Api.as("om-zsm").post("/api/v1/huisverboden", Cases.valid(clock.instant())).statusCode(403)
                .body("title", equalTo("Geen toegang"));
    }

    @Test
    void lists_page_with_a_cursor_and_never_report_totals() {
        for (int i = 0; i < 3; i++) {
            imposeViaGraphQL();
        }
        var first = Api.as("politie-thv").graphql("{ huisverboden(limiet: 2) { items { id } volgende } }", Map.of())
                .statusCode(200)
                .body("errors", nullValue()).extract();
        List<String> page1 = first.path("data.huisverboden.items.id");
        String cursor = first.path("data.huisverboden.volgende");
        assertThat(page1).hasSize(2);
        assertThat(cursor).isNotNull();
        List<String> page2 = Api.as("politie-thv")
                .graphql("query($c: String) { huisverboden(limiet: 2, volgende: $c) { items { id } } }",
                        Map.of("c", cursor))
                .extract().path("data.huisverboden.items.id");
        assertThat(page2).doesNotContainAnyElementsOf(page1);
        Map<String, Object> rest = Api.as("politie-thv").get("/api/v1/huisverboden?limiet=2").extract().jsonPath().getMap("$");
        assertThat(rest.keySet()).containsExactlyInAnyOrder("items", "volgende");
    }

    @Test
    void status_filters_follow_the_clock() {
        String id = imposeViaGraphQL();
        clock.advance(Duration.ofDays(11));
        List<String> monitoring = Api.as("politie-thv")
                .graphql("{ huisverboden(status: MONITORING, limiet: 100) { items { id status } } }", Map.of())
                .extract().path("data.huisverboden.items.id");
        assertThat(monitoring).contains(id);
        Instant now = clock.instant();
        assertThat(now).isAfter(Instant.now());
    }
}
