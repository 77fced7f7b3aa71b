package nl.thvhub.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/**
 * The case work a partner or app does over REST can be done over GraphQL too, through the same services: each
 * operation here is done over GraphQL and read back over REST (or the other way round), and refused alike.
 */
@QuarkusTest
class GraphQLParityTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    TestClock clock;

    @Inject
    Dispatcher dispatcher;

    private String caseWithCoordinator() {
        return Cases.imposedWithCoordinator(clock.instant().minus(Duration.ofDays(2)));
    }

    private static ValidatableResponse ok(ValidatableResponse r) {
        return r.statusCode(200).body("errors", nullValue());
    }

    @Test
    void who_am_i_answers_the_same_role_as_rest_in_graphqls_enum_notation() {
        ok(Api.as("wijkagent-centrum").graphql("{ ik { gebruikersnaam rol organisatie wijk partnerSysteem } }", Map.of()))
                .body("data.ik.rol", equalTo("WIJKAGENT")).body("data.ik.wijk", equalTo("centrum"));
        Api.as("wijkagent-centrum").get("/api/v1/ik").statusCode(200).body("rol", equalTo("wijkagent"))
                .body("wijk", equalTo("centrum"));
    }

    @Test
    void the_coordinator_updates_the_help_plan_and_reads_the_history() {
        String id = caseWithCoordinator();
        ok(Api.as("zorgcoordinator").graphql(
                "mutation($id: ID!, $o: HulpverleningInput!) { hulpverleningBijwerken(id: $id, opdracht: $o) { id versie } }",
                Map.of("id", id, "o", Map.of("plan", "Wekelijks gesprek", "veiligheidsafspraken", "Geen contact"))));
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("hulpverlening.plan", equalTo("Wekelijks gesprek"));
        List<String> rest = Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200).extract()
                .path("soort");
        List<String> graphql = ok(Api.as("zorgcoordinator").graphql("query($id: ID!) { geschiedenis(id: $id) { soort } }",
                Map.of("id", id))).extract().path("data.geschiedenis.soort");
        assertThat(graphql).isEqualTo(rest).isNotEmpty();
        Api.as("om-zsm").graphql(
                "mutation($id: ID!, $o: HulpverleningInput!) { hulpverleningBijwerken(id: $id, opdracht: $o) { id } }",
                Map.of("id", id, "o", Map.of("plan", "x"))).statusCode(200)
                .body("errors[0].extensions.problem.status", equalTo(403));
    }

    @Test
    void a_follow_up_recorded_over_graphql_leaves_the_work_list() {
        String id = caseWithCoordinator();
        String overtreding = Api.as("politie-thv")
                .post(BASE + id + "/overtredingen",
                        Map.of("moment", clock.instant().minus(Duration.ofHours(2)).toString(), "soort", "AANWEZIG_BIJ_WONING",
                                "melder", "BUURT", "omschrijving", "Gezien bij de woning"))
                .statusCode(201).extract().path("id");
        List<String> voor = ok(Api.as("politie-thv")
                .graphql("{ overtredingenZonderVervolg(limiet: 100) { items { id huisverbodId } volgende } }", Map.of()))
                .extract().path("data.overtredingenZonderVervolg.items.id");
        assertThat(voor).contains(overtreding);
        ok(Api.as("politie-thv").graphql(
                "mutation($h: ID!, $o: ID!, $v: VervolgInput!) { overtredingVervolgVastleggen(huisverbodId: $h, overtredingId: $o,"
                        + " vervolg: $v) { id vervolgactie } }",
                Map.of("h", id, "o", overtreding, "v", Map.of("vervolgactie", "AANHOUDING"))))
                .body("data.overtredingVervolgVastleggen.vervolgactie", equalTo("AANHOUDING"));
        List<String> na = Api.as("politie-thv").get("/api/v1/overtredingen/zonder-vervolg?limiet=100").statusCode(200)
                .extract().path("items.id");
        assertThat(na).doesNotContain(overtreding);
    }

    @Test
    void an_address_marked_over_graphql_is_found_over_rest() {
        Map<String, Object> plaatsing = Map.of("postcode", "1099ZZ", "huisnummer", "42", "reden", "Herhaald geweld",
                "beoordeeldDoor", "teamchef Centrum",
                "geldigTot", LocalDate.now().plusMonths(6).toString(), "omInstemming",
                Map.of("kenmerk", "OM-2026-77", "datum", LocalDate.now().toString()));
        ok(Api.as("politie-thv").graphql(
                "mutation($p: AdresmarkeringInput!) { adresmarkeringPlaatsen(plaatsing: $p) { id geldigTot } }",
                Map.of("p", plaatsing))).body("data.adresmarkeringPlaatsen.id", notNullValue());
        Api.as("wijkagent-centrum").get("/api/v1/adresmarkeringen?postcode=1099ZZ&huisnummer=42").statusCode(200)
                .body("gemarkeerd", equalTo(true));
        Api.as("wijkagent-centrum")
                .graphql("mutation($p: AdresmarkeringInput!) { adresmarkeringPlaatsen(plaatsing: $p) { id } }",
                        Map.of("p", plaatsing))
                .statusCode(200).body("errors[0].extensions.problem.status", equalTo(403));
    }

    @Test
    void a_thv_request_is_filed_decided_and_evaluated_over_graphql() {
        String onderbouwing = "Dreiging neemt toe " + System.nanoTime();
        String id = ok(Api.as("zorgcoordinator").graphql(
                "mutation($a: ThvAanvraagInput!) { thvAanvraagIndienen(aanvraag: $a) { id beslissing { uitkomst } } }",
                Map.of("a", Map.of("gemeente", "DIEMEN", "adres", Map.of("postcode", "1111AA", "huisnummer", "3"),
                        "onderbouwing", onderbouwing))))
                .body("data.thvAanvraagIndienen.beslissing", nullValue()).extract().path("data.thvAanvraagIndienen.id");
        Api.as("gemeente").get("/api/v1/thv-aanvragen/" + id).statusCode(200).body("onderbouwing", equalTo(onderbouwing));
        ok(Api.as("gemeente").graphql("query($id: ID!) { thvAanvraag(id: $id) { id adres { postcode } } }", Map.of("id", id)))
                .body("data.thvAanvraag.adres.postcode", equalTo("1111AA"));
        List<String> open = ok(Api.as("gemeente").graphql("{ thvAanvragen(status: OPEN, limiet: 100) { items { id } } }",
                Map.of())).extract().path("data.thvAanvragen.items.id");
        assertThat(open).contains(id);
        ok(Api.as("gemeente").graphql(
                "mutation($id: ID!, $b: ThvAanvraagBeslissingInput!) { thvAanvraagBeslissen(id: $id, beslissing: $b) { beslissing { uitkomst } } }",
                Map.of("id", id, "b", Map.of("uitkomst", "NIET_OPGELEGD", "motivering", "Geen acuut gevaar"))))
                .body("data.thvAanvraagBeslissen.beslissing.uitkomst", equalTo("NIET_OPGELEGD"));
        ok(Api.as("gemeente").graphql("{ thvAanvraagEvaluatie { items { id } } }", Map.of()))
                .body("data.thvAanvraagEvaluatie.items.id", hasItem(id));
    }

    @Test
    void consent_is_recorded_listed_and_withdrawn_over_graphql() {
        String id = caseWithCoordinator();
        String uhg = Api.as("zorgcoordinator").get(BASE + id).statusCode(200).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        String consent = ok(Api.as("zorgcoordinator").graphql(
                "mutation($r: ToestemmingInput!) { toestemmingVastleggen(registratie: $r) { id geldig } }",
                Map.of("r", Map.of("betrokkeneId", uhg, "categorie", "GGZ", "ontvanger", "OM", "doel", "zsm-beoordeling",
                        "vorm", "MONDELING", "gehoordOp",
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString(), "gehoordDoor",
                        "M. de Vries (Veilig Thuis)", "geldigTot", Instant.now().plusSeconds(3600).toString()))))
                .body("data.toestemmingVastleggen.geldig", equalTo(true)).extract().path("data.toestemmingVastleggen.id");
        Api.as("zorgcoordinator").get("/api/v1/toestemmingen?betrokkeneId=" + uhg).statusCode(200).body("id", hasItem(consent));
        ok(Api.as("zorgcoordinator").graphql(
                "mutation($id: ID!, $i: ToestemmingIntrekkingInput!) { toestemmingIntrekken(id: $id, intrekking: $i) { geldig } }",
                Map.of("id", consent, "i", Map.of("reden", "betrokkene trekt in"))))
                .body("data.toestemmingIntrekken.geldig", equalTo(false));
        ok(Api.as("zorgcoordinator").graphql("query($b: ID!) { toestemmingen(betrokkeneId: $b) { id geldig } }",
                Map.of("b", uhg))).body("data.toestemmingen.find { it.id == '" + consent + "' }.geldig", equalTo(false));
        Api.as("om-zsm").graphql("query($b: ID!) { toestemmingen(betrokkeneId: $b) { id } }", Map.of("b", uhg)).statusCode(200)
                .body("errors[0].extensions.problem.status", equalTo(403));
    }

    @Test
    void a_notification_acknowledged_over_graphql_reads_as_acknowledged_over_rest() {
        caseWithCoordinator();
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        String notificatie = Api.as("wijkagent-centrum").get("/api/v1/notificaties?bevestigd=false&limiet=1").statusCode(200)
                .extract().path("items[0].id");
        ok(Api.as("wijkagent-centrum").graphql("mutation($id: ID!) { notificatieBevestigen(id: $id) { id bevestigd } }",
                Map.of("id", notificatie))).body("data.notificatieBevestigen.bevestigd", equalTo(true));
        List<String> bevestigd = Api.as("wijkagent-centrum").get("/api/v1/notificaties?bevestigd=true&limiet=100")
                .statusCode(200).extract().path("items.id");
        assertThat(bevestigd).contains(notificatie);
    }

    @Test
    void every_added_operation_refuses_a_caller_without_a_token_with_401() {
        String id = "\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"";
        List<String> operations = List.of("{ ik { rol } }", "{ geschiedenis(id: " + id + ") { soort } }",
                "{ overtredingenZonderVervolg { volgende } }", "{ thvAanvragen { volgende } }",
                "{ thvAanvraag(id: " + id + ") { id } }", "{ thvAanvraagEvaluatie { van } }",
                "{ toestemmingen(betrokkeneId: " + id + ") { id } }",
                "mutation { notificatieBevestigen(id: " + id + ") { id } }",
                "mutation { hulpverleningBijwerken(id: " + id + ", opdracht: {plan: \"x\"}) { id } }",
                "mutation { toestemmingIntrekken(id: " + id + ", intrekking: {reden: \"x\"}) { id } }");
        for (String operation : operations) {
            io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                    .body(Map.of("query", operation)).post("/graphql").then().statusCode(200)
                    .body("errors[0].extensions.problem.status", equalTo(401));
        }
    }
}
