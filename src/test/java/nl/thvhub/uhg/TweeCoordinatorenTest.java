package nl.thvhub.uhg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;

/**
 * Issue 33.1, through the real API with real tokens: a coordinator for the victims and one for the uithuisgeplaatste on
 * one case, each writing only the record of the persons the assignment covers, both reading the plans; a later
 * assignment replaces only the one it overlaps; the UHG's first contact is his own coordinator's task.
 */
@QuarkusTest
class TweeCoordinatorenTest {

    private static final String BASE = "/api/v1/huisverboden/";
    private static final String VANDAAG = LocalDate.now(ZoneId.of("Europe/Amsterdam")).toString();

    static String[] zaakMetTweeCoordinatoren() {
        return Cases.metTweeCoordinatoren();
    }

    static String persoon(String id, String rol) {
        return Cases.persoon(id, rol);
    }

    private static Map<String, Object> contact(String betrokkene) {
        return Map.of("betrokkeneId", betrokkene, "datum", VANDAAG, "vorm", "TELEFOON", "bereikt", false);
    }

    @Test
    void both_coordinators_are_assigned_side_by_side_each_covering_their_persons() {
        String[] z = zaakMetTweeCoordinatoren();
        Api.as("veilig-thuis").get(BASE + z[0]).statusCode(200)
                .body("toewijzingen", hasSize(2))
                .body("toewijzingen.gebruikersnaam", containsInAnyOrder("zorgcoordinator", "zorgcoordinator-2"))
                .body("toewijzingen.find { it.gebruikersnaam == 'zorgcoordinator-2' }.betrokkenen", equalTo(List.of(z[1])))
                .body("toewijzingen.find { it.gebruikersnaam == 'zorgcoordinator' }.betrokkenen", equalTo(List.of(z[2])));
        Api.as("zorgcoordinator").get(BASE + z[0]).statusCode(200);
        Api.as("zorgcoordinator-2").get(BASE + z[0]).statusCode(200);
    }

    @Test
    void each_coordinator_writes_only_the_record_of_the_persons_covered() {
        String[] z = zaakMetTweeCoordinatoren();
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/contactmomenten", contact(z[1])).statusCode(201);
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/contactmomenten", contact(z[2])).statusCode(403)
                .contentType("application/problem+json");
        Api.as("zorgcoordinator").post(BASE + z[0] + "/contactmomenten", contact(z[2])).statusCode(201);
        Api.as("zorgcoordinator").post(BASE + z[0] + "/contactmomenten", contact(z[1])).statusCode(403);
    }

    @Test
    void both_coordinators_write_and_read_the_plans_of_the_family() {
        String[] z = zaakMetTweeCoordinatoren();
        Api.as("zorgcoordinator").put(BASE + z[0] + "/plannen/veiligheidsplan", Map.of("items", List.of(Map.of("doel",
                "Geen contact", "eigenaar", "BLIJF_GROEP", "status", "OPEN")))).statusCode(200);
        Api.as("zorgcoordinator-2").get(BASE + z[0] + "/plannen/veiligheidsplan").statusCode(200)
                .body("items.doel", hasItem("Geen contact"));
    }

    @Test
    void a_third_assignment_replaces_only_the_one_it_overlaps() {
        String[] z = zaakMetTweeCoordinatoren();
        // the UHG's coordinator hands his part to the colleague of the victims: the victims' assignment stays
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator")).statusCode(204);
        Api.as("zorgcoordinator-2").get(BASE + z[0]).statusCode(404);
        Api.as("veilig-thuis").get(BASE + z[0]).statusCode(200).body("toewijzingen", hasSize(2))
                .body("toewijzingen.gebruikersnaam", not(hasItem("zorgcoordinator-2")))
                .body("toewijzingen.betrokkenen", containsInAnyOrder(List.of(z[2]), List.of(z[1])));
    }

    @Test
    void assigning_the_uhg_a_coordinator_of_his_own_narrows_the_first_coordinators_assignment() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        String uhg = persoon(id, "UITHUISGEPLAATSTE");
        String ab = persoon(id, "ACHTERBLIJVER");
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen",
                Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator-2", "betrokkenen", List.of(uhg)))
                .statusCode(200).body("toewijzingen.find { it.gebruikersnaam == 'zorgcoordinator' }.betrokkenen",
                        equalTo(List.of(ab)));
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", contact(uhg)).statusCode(403);
        Api.as("zorgcoordinator-2").post(BASE + id + "/contactmomenten", contact(uhg)).statusCode(201);
    }

    @Test
    void an_assignment_naming_someone_outside_the_case_or_for_another_role_is_400_naming_betrokkenen_and_stores_nothing() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam",
                "zorgcoordinator-2", "betrokkenen", List.of(java.util.UUID.randomUUID().toString()))).statusCode(400)
                .contentType("application/problem+json").body("invalidParams[0].name", equalTo("betrokkenen"));
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen", Map.of("rol", "GEZINSMANAGER", "gebruikersnaam",
                "gezinsmanager", "organisatie", "JBRA", "betrokkenen", List.of(persoon(id, "UITHUISGEPLAATSTE"))))
                .statusCode(400).body("invalidParams[0].name", equalTo("betrokkenen"));
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam",
                "zorgcoordinator-2", "betrokkenen", List.of())).statusCode(400)
                .body("invalidParams[0].name", equalTo("betrokkenen"));
        Api.as("veilig-thuis").get(BASE + id).statusCode(200).body("toewijzingen", hasSize(1))
                .body("toewijzingen[0].gebruikersnaam", equalTo("zorgcoordinator"));
    }

    @Test
    void the_uhgs_first_contact_is_his_own_coordinators_task_and_the_victims_the_others() {
        String[] z = zaakMetTweeCoordinatoren();
        List<Map<String, Object>> van2 = Api.as("zorgcoordinator-2")
                .get("/api/v1/taken?mijn=true&soort=EERSTE_CONTACT&huisverbodId=" + z[0]).statusCode(200).extract()
                .path("items");
        assertThat(van2).extracting(t -> t.get("betrokkeneId")).containsExactly(z[1]);
        List<Map<String, Object>> van1 = Api.as("zorgcoordinator")
                .get("/api/v1/taken?mijn=true&soort=EERSTE_CONTACT&huisverbodId=" + z[0]).statusCode(200).extract()
                .path("items");
        assertThat(van1).extracting(t -> t.get("betrokkeneId")).containsExactly(z[2]);
    }

    @Test
    void the_police_record_their_own_conversation_with_the_uhg_and_nothing_else() {
        String[] z = zaakMetTweeCoordinatoren();
        Api.as("politie-thv").post(BASE + z[0] + "/contactmomenten", Map.of("betrokkeneId", z[1], "datum", VANDAAG,
                "vorm", "POLITIEGESPREK", "bereikt", true, "medewerking", "DEELS")).statusCode(201)
                .body("vorm", equalTo("POLITIEGESPREK"));
        Api.as("zorgcoordinator-2").get(BASE + z[0]).statusCode(200).body("uhgBereikt", equalTo(true));
        Api.as("politie-thv").post(BASE + z[0] + "/contactmomenten", contact(z[1])).statusCode(400)
                .body("invalidParams[0].name", equalTo("vorm"));
        Api.as("politie-thv").post(BASE + z[0] + "/contactmomenten", Map.of("betrokkeneId", z[2], "datum", VANDAAG,
                "vorm", "POLITIEGESPREK", "bereikt", false)).statusCode(400)
                .body("invalidParams[0].name", equalTo("betrokkeneId"));
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/contactmomenten", Map.of("betrokkeneId", z[1], "datum", VANDAAG,
                "vorm", "POLITIEGESPREK", "bereikt", false)).statusCode(400)
                .body("invalidParams[0].name", equalTo("vorm"));
        Api.as("zorgcoordinator-2").post(BASE + z[0] + "/contactmomenten", Map.of("betrokkeneId", z[1], "datum", VANDAAG,
                "vorm", "BEZOEK_CELCOMPLEX", "bereikt", true, "medewerking", "JA")).statusCode(201);
    }
}
