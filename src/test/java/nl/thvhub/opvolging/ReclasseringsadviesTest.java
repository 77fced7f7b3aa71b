package nl.thvhub.opvolging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * The OM's request for a Reclassering advice report end to end (issue 21, point 5): the request reaches Reclassering as
 * a task and a notification (the assigned worker, else the organisation's queue, which the open request puts in reach
 * of that case only), the delivery reaches ZSM and the coordinator and sets the afdoening's flags; refusals and bad input.
 */
@QuarkusTest
class ReclasseringsadviesTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final LocalDate VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Inject
    Dispatcher dispatcher;

    /** This case's notifications of one type in the user's inbox (asked per type: other tests fill busy inboxes). */
    private static List<String> inbox(String user, String id, String type) {
        List<Map<String, Object>> items = Api.as(user).get("/api/v1/notificaties?limiet=100&type=" + type).statusCode(200)
                .extract().path("items");
        return items.stream().filter(n -> id.equals(n.get("huisverbodId"))).map(n -> (String) n.get("type")).toList();
    }

    private static Map<String, Object> aanvraag(int dagen) {
        return Map.of("termijn", VANDAAG.plusDays(dagen).toString());
    }

    @Test
    void a_request_reaches_the_reclassering_queue_as_a_task_and_its_delivery_reaches_zsm_and_the_coordinator() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("reclassering").get(BASE + id).statusCode(404);
        Api.as("om-zsm").post(BASE + id + "/reclasseringsadvies/aanvraag", aanvraag(5)).statusCode(201)
                .body("status", equalTo("GEVRAAGD")).body("termijn", equalTo(VANDAAG.plusDays(5).toString()))
                .body("aangevraagdDoor", equalTo("om-zsm"));
        Verzonden.alles(dispatcher);
        assertThat(inbox("reclassering", id, "reclasseringsadvies.aangevraagd"))
                .containsExactly("reclasseringsadvies.aangevraagd");
        // the open request puts Reclassering in reach of this case, with its rule's categories of the request
        Api.as("reclassering").get(BASE + id).statusCode(200).body("openTaken", hasItem("RECLASSERINGSADVIES_LEVEREN"))
                .body("strafrechtelijkTraject", equalTo(true)).body("hulpverlening", nullValue());
        Api.as("politie-thv").get(BASE + id).statusCode(200).body("openTaken", hasItem("RECLASSERINGSADVIES_LEVEREN"));
        Api.as("gemeente").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("RECLASSERINGSADVIES_LEVEREN")));
        Api.as("reclassering").put(BASE + id + "/reclasseringsadvies", Map.of("advies",
                "Toezicht met meldplicht en gedragsinterventie geadviseerd", "datum", VANDAAG.toString())).statusCode(200)
                .body("status", equalTo("GELEVERD")).body("geleverdDoor", equalTo("reclassering"));
        Verzonden.alles(dispatcher);
        assertThat(inbox("om-zsm", id, "reclasseringsadvies.geleverd")).containsExactly("reclasseringsadvies.geleverd");
        assertThat(inbox("zorgcoordinator", id, "reclasseringsadvies.geleverd"))
                .containsExactly("reclasseringsadvies.geleverd");
        Api.as("om-zsm").get(BASE + id + "/reclasseringsadvies").statusCode(200).body("", hasSize(1))
                .body("[0].advies", equalTo("Toezicht met meldplicht en gedragsinterventie geadviseerd"));
        // delivered: the request's reach ends, the task is gone
        Api.as("reclassering").get(BASE + id).statusCode(404);
        Api.as("om-zsm").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("RECLASSERINGSADVIES_LEVEREN")));
        Api.as("om-zsm").post(BASE + id + "/afdoeningen", Map.of("aangifte", true, "aangifteDatum", VANDAAG.toString()))
                .statusCode(201).body("reclasseringsadviesGevraagd", equalTo(true))
                .body("reclasseringsadviesOntvangen", equalTo(true));
        Api.as("om-zsm").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("soort", hasItem("RECLASSERINGSADVIES_GEVRAAGD")).body("soort", hasItem("RECLASSERINGSADVIES_GELEVERD"));
    }

    @Test
    void reclassering_reads_the_care_advice_only_while_its_request_is_open() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("zorgcoordinator").put(BASE + id + "/zorgadvies", Map.of("risico", "HOOG", "hulpverleningLoopt", true,
                "adviesVoorwaarden", List.of("CONTACTVERBOD"), "toelichting", "Pleger weigert hulp")).statusCode(200);
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "RECLASSERING", "gebruikersnaam",
                "reclassering")).statusCode(200);
        // assigned, but no open request: the care advice is not in Reclassering's rule
        Api.as("reclassering").get(BASE + id + "/zorgadvies").statusCode(403);
        Api.as("reclassering").get(BASE + id).statusCode(200).body("onthouden", hasItem("ZORGADVIES"));
        Api.as("om-zsm").post(BASE + id + "/reclasseringsadvies/aanvraag", aanvraag(5)).statusCode(201);
        // while it writes the advice: the structured care advice, its free text only with the UHG's consent
        Api.as("reclassering").get(BASE + id + "/zorgadvies").statusCode(200).body("risico", equalTo("HOOG"))
                .body("toelichting", nullValue()).body("onthouden", hasItem("HULPVERLENING"));
        Api.as("reclassering").get(BASE + id).statusCode(200).body("onthouden", not(hasItem("ZORGADVIES")));
        Api.as("reclassering").put(BASE + id + "/reclasseringsadvies", Map.of("advies", "Toezicht geadviseerd", "datum",
                VANDAAG.toString())).statusCode(200);
        Api.as("reclassering").get(BASE + id + "/zorgadvies").statusCode(403);
        assertThat(Db.count("audit_regel where huisverbod_id = '" + id + "' and actor_gebruiker = 'reclassering'"
                + " and actie = 'ZORGADVIES_LEZEN' and uitkomst = 'TOEGESTAAN' and verstrekt like '%ZORGADVIES%'"))
                .isPositive();
    }

    @Test
    void an_unassigned_reclassering_worker_reads_the_care_advice_through_the_open_request_only() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("zorgcoordinator").put(BASE + id + "/zorgadvies", Map.of("risico", "MIDDEN", "hulpverleningLoopt", false,
                "adviesVoorwaarden", List.of())).statusCode(200);
        Api.as("reclassering").get(BASE + id + "/zorgadvies").statusCode(404);
        Api.as("om-zsm").post(BASE + id + "/reclasseringsadvies/aanvraag", aanvraag(5)).statusCode(201);
        Api.as("reclassering").get(BASE + id + "/zorgadvies").statusCode(200).body("risico", equalTo("MIDDEN"));
        Api.as("om-zsm").request().delete(BASE + id + "/reclasseringsadvies/aanvraag").then().statusCode(204);
        Api.as("reclassering").get(BASE + id + "/zorgadvies").statusCode(404);
    }

    @Test
    void an_assigned_reclassering_worker_hears_of_the_request_personally() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "RECLASSERING", "gebruikersnaam",
                "reclassering")).statusCode(200);
        Api.as("om-zsm").graphql("mutation($id: ID!) { reclasseringsadviesAanvragen(huisverbodId: $id, aanvraag: {termijn: \""
                + VANDAAG.plusDays(3) + "\"}) { status } }", Map.of("id", id)).statusCode(200).body("errors", nullValue())
                .body("data.reclasseringsadviesAanvragen.status", equalTo("GEVRAAGD"));
        Verzonden.alles(dispatcher);
        assertThat(Db.count("notificatie where huisverbod_id = '" + id + "' and type = 'reclasseringsadvies.aangevraagd' "
                + "and ontvanger_gebruiker = 'reclassering'")).isEqualTo(1);
        Api.as("reclassering").graphql("mutation($id: ID!) { reclasseringsadviesLeveren(huisverbodId: $id, levering: "
                + "{advies: \"Geen toezicht nodig\", datum: \"" + VANDAAG + "\"}) { status } }", Map.of("id", id))
                .statusCode(200).body("data.reclasseringsadviesLeveren.status", equalTo("GELEVERD"));
        // still assigned, so a second delivery is a conflict, not a 404
        Api.as("reclassering").put(BASE + id + "/reclasseringsadvies", Map.of("advies", "x", "datum", VANDAAG.toString()))
                .statusCode(409);
    }

    @Test
    void only_zsm_requests_one_at_a_time_and_bad_input_names_the_field() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        String pad = BASE + id + "/reclasseringsadvies/aanvraag";
        Api.as("politie-thv").post(pad, aanvraag(5)).statusCode(403);
        Api.as("zorgcoordinator").post(pad, aanvraag(5)).statusCode(403);
        Api.as("om-zsm").post(pad, aanvraag(-1)).statusCode(400).contentType("application/problem+json")
                .body("invalidParams[0].name", equalTo("termijn"));
        Api.as("om-zsm").post(pad, Map.of()).statusCode(400).body("invalidParams[0].name", equalTo("termijn"));
        assertThat(Db.count("reclasseringsadvies where huisverbod_id = '" + id + "'")).isZero();
        Api.as("om-zsm").post(pad, aanvraag(5)).statusCode(201);
        Api.as("om-zsm").post(pad, aanvraag(6)).statusCode(409);
        Api.as("reclassering").put(BASE + id + "/reclasseringsadvies", Map.of("datum", VANDAAG.toString())).statusCode(400)
                .body("invalidParams[0].name", equalTo("advies"));
        Api.as("reclassering").put(BASE + id + "/reclasseringsadvies", Map.of("advies", "x", "datum",
                VANDAAG.plusDays(2).toString())).statusCode(400).body("invalidParams[0].name", equalTo("datum"));
        Api.as("om-zsm").put(BASE + id + "/reclasseringsadvies", Map.of("advies", "x", "datum", VANDAAG.toString()))
                .statusCode(403);
        RestAssured.given().contentType("application/json").body(aanvraag(5)).post(pad).then().statusCode(401);
        RestAssured.given().get(BASE + id + "/reclasseringsadvies").then().statusCode(401);
        Api.as("om-zsm").post(BASE + java.util.UUID.randomUUID() + "/reclasseringsadvies/aanvraag", aanvraag(5))
                .statusCode(404);
        Api.as("gemeente").get(BASE + id + "/reclasseringsadvies").statusCode(403);
        String onbekend = BASE + java.util.UUID.randomUUID() + "/reclasseringsadvies";
        Api.as("om-zsm").get(onbekend).statusCode(404).contentType("application/problem+json");
        Api.as("reclassering").put(onbekend, Map.of("advies", "x", "datum", VANDAAG.toString())).statusCode(404);
        RestAssured.given().contentType("application/json").body(Map.of("advies", "x", "datum", VANDAAG.toString()))
                .put(BASE + id + "/reclasseringsadvies").then().statusCode(401);
    }

    @Test
    void zsm_withdraws_its_open_request_and_reclassering_loses_the_case_and_the_task() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        String pad = BASE + id + "/reclasseringsadvies/aanvraag";
        Api.as("om-zsm").post(pad, aanvraag(5)).statusCode(201);
        Api.as("reclassering").get(BASE + id).statusCode(200);
        Api.as("politie-thv").request().delete(pad).then().statusCode(403);
        Api.as("reclassering").request().delete(pad).then().statusCode(403);
        RestAssured.given().delete(pad).then().statusCode(401);
        Api.as("om-zsm").request().delete(pad).then().statusCode(204);
        Api.as("reclassering").get(BASE + id).statusCode(404);
        Api.as("om-zsm").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("RECLASSERINGSADVIES_LEVEREN")));
        Api.as("om-zsm").get(BASE + id + "/reclasseringsadvies").statusCode(200).body("[0].status", equalTo("INGETROKKEN"))
                .body("[0].beeindigdDoor", equalTo("om-zsm")).body("[0].beeindigdOp", not(nullValue()));
        Api.as("om-zsm").get(BASE + id + "/geschiedenis").statusCode(200)
                .body("soort", hasItem("RECLASSERINGSADVIES_INGETROKKEN"));
        Api.as("om-zsm").request().delete(pad).then().statusCode(409).contentType("application/problem+json");
        // a new request may follow
        Api.as("om-zsm").post(pad, aanvraag(7)).statusCode(201).body("status", equalTo("GEVRAAGD"));
    }

    @Test
    void an_assigned_worker_hears_that_the_request_was_withdrawn_over_graphql_too() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "RECLASSERING", "gebruikersnaam",
                "reclassering")).statusCode(200);
        Api.as("om-zsm").post(BASE + id + "/reclasseringsadvies/aanvraag", aanvraag(5)).statusCode(201);
        Api.as("om-zsm").graphql("mutation($id: ID!) { reclasseringsadviesAanvraagIntrekken(huisverbodId: $id) { status } }",
                Map.of("id", id)).statusCode(200).body("errors", nullValue())
                .body("data.reclasseringsadviesAanvraagIntrekken.status", equalTo("INGETROKKEN"));
        Verzonden.alles(dispatcher);
        assertThat(inbox("reclassering", id, "reclasseringsadvies.ingetrokken"))
                .containsExactly("reclasseringsadvies.ingetrokken");
        Api.as("reclassering").put(BASE + id + "/reclasseringsadvies", Map.of("advies", "x", "datum", VANDAAG.toString()))
                .statusCode(409);
    }

    @Test
    void an_open_request_lapses_after_its_due_date_and_then_reaches_nobody() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("om-zsm").post(BASE + id + "/reclasseringsadvies/aanvraag", aanvraag(0)).statusCode(201)
                .body("vervaltOp", equalTo(VANDAAG.plusDays(15).atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant()
                        .toString()));
        // thv.opdrachten.reclasseringsadvies-verval after the due date has passed
        Db.execute("update reclasseringsadvies set vervalt_op = now() - interval '1 minute' where huisverbod_id = '" + id
                + "'");
        Api.as("reclassering").get(BASE + id).statusCode(404);
        Api.as("om-zsm").get(BASE + id).statusCode(200).body("openTaken", not(hasItem("RECLASSERINGSADVIES_LEVEREN")));
        Api.as("om-zsm").get(BASE + id + "/reclasseringsadvies").statusCode(200).body("[0].status", equalTo("VERLOPEN"));
        Api.as("om-zsm").request().delete(BASE + id + "/reclasseringsadvies/aanvraag").then().statusCode(409);
        Api.as("om-zsm").post(BASE + id + "/reclasseringsadvies/aanvraag", aanvraag(3)).statusCode(201);
        Api.as("om-zsm").get(BASE + id + "/reclasseringsadvies").statusCode(200).body("status",
                org.hamcrest.Matchers.contains("GEVRAAGD", "VERLOPEN"));
    }

    @Test
    void without_an_open_request_an_assigned_worker_cannot_deliver() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "RECLASSERING", "gebruikersnaam",
                "reclassering")).statusCode(200);
        Api.as("reclassering").put(BASE + id + "/reclasseringsadvies", Map.of("advies", "x", "datum", VANDAAG.toString()))
                .statusCode(409).contentType("application/problem+json");
    }
}
