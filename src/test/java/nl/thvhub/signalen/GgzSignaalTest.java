package nl.thvhub.signalen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

import nl.thvhub.notificaties.service.Dispatcher;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/** The GGZ flag: set by the assigned GGZ worker only, closed shape, visible per person as the policy says. */
@QuarkusTest
class GgzSignaalTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    Dispatcher dispatcher;

    private String id;
    private String uhg;
    private String ab;

    private void caseWithGgz() {
        id = Cases.imposedWithCoordinator(Instant.now().minus(Duration.ofHours(5)));
        Api.as("zorgcoordinator").post(BASE + id + "/toewijzingen", Map.of("rol", "GGZ", "gebruikersnaam", "ggz"))
                .statusCode(200);
        uhg = Api.as("politie-thv").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        ab = Api.as("politie-thv").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'ACHTERBLIJVER' }.id");
    }

    private Map<String, Object> signaal(String persoon) {
        Map<String, Object> body = new HashMap<>();
        body.put("betrokkeneId", persoon);
        body.put("betrokkenheid", "JA");
        body.put("instelling", "GGZ inGeest");
        body.put("contactpersoon", Map.of("rol", "behandelaar", "telefoon", "020-7885000"));
        return body;
    }

    @Test
    void the_assigned_ggz_worker_sets_the_flag_and_reads_it_back() {
        caseWithGgz();
        Api.as("ggz").put(BASE + id + "/ggz-signaal", signaal(uhg)).statusCode(200).body("betrokkenheid", equalTo("JA"));
        Api.as("ggz").get(BASE + id).statusCode(200).body("ggzSignalen[0].betrokkeneId", equalTo(uhg))
                .body("ggzSignalen[0].instelling", equalTo("GGZ inGeest"))
                .body("ggzSignalen[0].contactpersoon.telefoon", equalTo("020-7885000"));
        Map<String, Object> nee = Map.of("betrokkeneId", uhg, "betrokkenheid", "NEE");
        Api.as("ggz").put(BASE + id + "/ggz-signaal", nee).statusCode(200);
        Api.as("ggz").get(BASE + id).body("ggzSignalen[0].betrokkenheid", equalTo("NEE"))
                .body("ggzSignalen[0].instelling", nullValue());
    }

    @Test
    void a_diagnosis_or_any_extra_field_is_rejected_and_nothing_is_stored() {
        caseWithGgz();
        Map<String, Object> body = signaal(uhg);
        body.put("diagnose", "psychose");
        Api.as("ggz").put(BASE + id + "/ggz-signaal", body).statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", hasItem("diagnose"));
        Map<String, Object> nested = signaal(uhg);
        nested.put("contactpersoon", Map.of("rol", "behandelaar", "telefoon", "020-7885000", "behandeling", "medicatie"));
        Api.as("ggz").put(BASE + id + "/ggz-signaal", nested).statusCode(400);
        assertThat(Db.count("ggz_signaal where huisverbod_id = '" + id + "'")).isZero();
    }

    @Test
    void the_flag_is_only_for_the_uhg_or_an_achterblijver_of_this_case() {
        caseWithGgz();
        Api.as("ggz").put(BASE + id + "/ggz-signaal", signaal("00000000-0000-0000-0000-000000000001")).statusCode(400)
                .body("invalidParams.name", hasItem("betrokkeneId"));
        Map<String, Object> zonderInstelling = signaal(ab);
        zonderInstelling.remove("instelling");
        Api.as("ggz").put(BASE + id + "/ggz-signaal", zonderInstelling).statusCode(400).body("invalidParams.name",
                hasItem("instelling"));
    }

    @Test
    void only_the_assigned_ggz_worker_sets_it() {
        caseWithGgz();
        Api.as("zorgcoordinator").put(BASE + id + "/ggz-signaal", signaal(uhg)).statusCode(403);
        Api.as("politie-thv").put(BASE + id + "/ggz-signaal", signaal(uhg)).statusCode(403);
        RestAssured.given().contentType("application/json").body(signaal(uhg)).put(BASE + id + "/ggz-signaal").then()
                .statusCode(401);
        String other = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        Api.as("ggz").put(BASE + other + "/ggz-signaal", signaal(uhg)).statusCode(404);
    }

    @Test
    void the_coordinator_sees_the_flag_only_with_consent_and_loses_it_on_withdrawal() {
        caseWithGgz();
        Api.as("ggz").put(BASE + id + "/ggz-signaal", signaal(uhg)).statusCode(200);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("ggzSignalen", nullValue()).body("onthouden",
                hasItem("GGZ"));
        String consent = Api.as("zorgcoordinator")
                .post("/api/v1/toestemmingen", Map.of("betrokkeneId", uhg, "categorie", "GGZ", "ontvanger", "BLIJF_GROEP",
                        "doel", "zorgcoordinatie", "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0001", "geldigTot",
                        Instant.now().plus(Duration.ofDays(30)).toString()))
                .statusCode(201).extract().path("id");
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("ggzSignalen.size()", equalTo(1))
                .body("ggzSignalen[0].betrokkeneId", equalTo(uhg));
        Api.as("zorgcoordinator").post("/api/v1/toestemmingen/" + consent + "/intrekking", Map.of("reden", "ingetrokken"))
                .statusCode(200);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200).body("ggzSignalen", nullValue()).body("onthouden",
                hasItem("GGZ"));
    }

    @Test
    void police_never_see_the_flag() {
        caseWithGgz();
        Api.as("ggz").put(BASE + id + "/ggz-signaal", signaal(uhg)).statusCode(200);
        Api.as("politie-thv").get(BASE + id).statusCode(200).body("ggzSignalen", nullValue()).body("onthouden",
                hasItem("GGZ")).body("$", not(org.hamcrest.Matchers.hasKey("diagnose")));
    }

    @Test
    void a_change_tells_the_assigned_coordinator_only_with_consent() {
        caseWithGgz();
        Api.as("ggz").put(BASE + id + "/ggz-signaal", signaal(uhg)).statusCode(200);
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        // an event is a disclosure of its category: no GGZ consent, no GGZ event
        assertThat(nl.thvhub.testing.Inbox.typen("zorgcoordinator", id)).doesNotContain("ggz-signaal.gewijzigd");
        Api.as("zorgcoordinator")
                .post("/api/v1/toestemmingen", Map.of("betrokkeneId", ab, "categorie", "GGZ", "ontvanger", "BLIJF_GROEP",
                        "doel", "zorgcoordinatie", "vorm", "SCHRIFTELIJK", "formulierReferentie", "TF-2026-0001", "geldigTot",
                        Instant.now().plus(Duration.ofDays(30)).toString()))
                .statusCode(201);
        Api.as("ggz").put(BASE + id + "/ggz-signaal", signaal(ab)).statusCode(200);
        nl.thvhub.testing.Verzonden.alles(dispatcher);
        assertThat(nl.thvhub.testing.Inbox.typen("zorgcoordinator", id)).contains("ggz-signaal.gewijzigd");
    }
}
