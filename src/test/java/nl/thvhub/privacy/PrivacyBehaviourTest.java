package nl.thvhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/** Purpose binding, break-the-glass, SQL-scoped lists and the expiry of access with assignment, closing and retention. */
@QuarkusTest
class PrivacyBehaviourTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    TestClock clock;

    private String caseIn(String wijk, String coordinator) {
        Map<String, Object> body = Cases.valid(clock.instant().minusSeconds(3600), "AMSTERDAM", wijk);
        body.put("verblijfAchterblijvers", "Opvang (geheim)");
        String id = Cases.imposed(body);
        if (coordinator != null) {
            Api.as("veilig-thuis")
                    .post(BASE + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", coordinator))
                    .statusCode(200);
        }
        return id;
    }

    @Test
    void a_purpose_the_role_may_not_use_is_refused_with_403() {
        String id = caseIn("centrum", null);
        Api.as("om-zsm").request().header("Doelbinding", "zorgcoordinatie").get(BASE + id).then().statusCode(403)
                .contentType("application/problem+json");
        Api.as("om-zsm").request().header("Doelbinding", "zsm-beoordeling").get(BASE + id).then().statusCode(200);
        Api.as("om-zsm").get(BASE + id).statusCode(200);
    }

    @Test
    void a_wijkagent_of_another_wijk_gets_404_like_a_missing_case() {
        String id = caseIn("centrum", null);
        Api.as("wijkagent-centrum").get(BASE + id).statusCode(200);
        Api.as("wijkagent-zuidoost").get(BASE + id).statusCode(404).body("title", equalTo("Niet gevonden"));
        Api.as("wijkagent-zuidoost").get(BASE + "00000000-0000-0000-0000-000000000000").statusCode(404).body("title",
                equalTo("Niet gevonden"));
    }

    @Test
    void lists_contain_only_cases_in_scope_and_no_totals() {
        String mine = caseIn("zuidoost", "zorgcoordinator-2");
        String other = caseIn("zuidoost", "zorgcoordinator");
        List<String> ids = Api.as("zorgcoordinator-2").get("/api/v1/huisverboden?limiet=100").statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("totaal"))).extract().path("items.id");
        assertThat(ids).contains(mine).doesNotContain(other);
        List<String> wijk = Api.as("wijkagent-centrum").get("/api/v1/huisverboden?limiet=100").extract().path("items.wijk");
        assertThat(wijk).isNotEmpty().containsOnly("centrum");
    }

    @Test
    void break_the_glass_opens_one_case_for_a_short_window_but_never_the_shelter_address() {
        String id = caseIn("centrum", "zorgcoordinator");
        Api.as("zorgcoordinator-2").get(BASE + id).statusCode(404);
        Api.as("zorgcoordinator-2").request().header("Noodtoegang", "kort").get(BASE + id).then().statusCode(400)
                .body("invalidParams[0].name", equalTo("Noodtoegang"));
        Api.as("zorgcoordinator-2").request().header("Noodtoegang", "Collega ziek, melding acute dreiging bij achterblijver")
                .get(BASE + id).then()
                .statusCode(200).body("verblijfAchterblijvers", nullValue()).body("onthouden", hasItems("VERBLIJF_AB", "GGZ"))
                .body("adres", notNullValue());
        Api.as("zorgcoordinator-2").get(BASE + id).statusCode(200).body("verblijfAchterblijvers", nullValue());
        clock.advance(Duration.ofMinutes(31));
        Api.as("zorgcoordinator-2").get(BASE + id).statusCode(404);
        List<String> reviewed = Api.as("fg").get("/api/v1/noodtoegang?onbeoordeeld=true").statusCode(200).extract()
                .path("huisverbodId");
        assertThat(reviewed).contains(id);
        String grant = Api.as("fg").get("/api/v1/noodtoegang?onbeoordeeld=true").extract()
                .path("find { it.huisverbodId == '" + id + "' }.id");
        Api.as("fg").post("/api/v1/noodtoegang/" + grant + "/beoordeling",
                Map.of("uitkomst", "TERECHT", "oordeel", "Acute dreiging")).statusCode(200)
                .body("beoordeeldDoor", equalTo("fg")).body("uitkomst", equalTo("TERECHT"))
                .body("oordeel", equalTo("Acute dreiging"));
        Api.as("zorgcoordinator").get("/api/v1/noodtoegang").statusCode(403);
    }

    @Test
    void roles_with_a_statutory_task_or_no_rule_cannot_break_the_glass() {
        String id = caseIn("centrum", "zorgcoordinator");
        Api.as("beleid").request().header("Noodtoegang", "Ik wil dit echt even inzien graag").get(BASE + id).then()
                .statusCode(403);
    }

    @Test
    void assignment_based_access_ends_when_the_case_is_handed_to_another_coordinator() {
        String id = caseIn("centrum", "zorgcoordinator");
        Api.as("zorgcoordinator").get(BASE + id).statusCode(200);
        Api.as("veilig-thuis")
                .post(BASE + id + "/toewijzingen", Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator-2"))
                .statusCode(200);
        Api.as("zorgcoordinator").get(BASE + id).statusCode(404);
        Api.as("zorgcoordinator-2").get(BASE + id).statusCode(200);
    }

    @Test
    void wijk_access_ends_when_the_case_is_closed_and_only_the_gemeente_reads_after_retention() {
        String id = caseIn("centrum", "zorgcoordinator");
        clock.advance(Duration.ofDays(20));
        String dag = java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneId.of("Europe/Amsterdam")).toString();
        Cases.eindrapportAfgezien(id);
        Api.as("zorgcoordinator")
                .post(BASE + id + "/afsluiting",
                        Map.of("overdrachtAan", "Wijkteam", "overdrachtDatum", dag, "gezamenlijkGesprek", true,
                                "beeindigingGrond", "DOEL_BEREIKT"))
                .statusCode(200);
        Api.as("wijkagent-centrum").get(BASE + id).statusCode(404);
        Api.as("politie-thv").get(BASE + id).statusCode(200);
        clock.advance(Duration.ofDays(5 * 365 + 2));
        Api.as("politie-thv").get(BASE + id).statusCode(404);
        Api.as("gemeente").get(BASE + id).statusCode(200);
    }

    @Test
    void consent_is_bounded_to_at_most_a_year() {
        String id = caseIn("centrum", "zorgcoordinator");
        String uhg = Api.as("politie-thv").get(BASE + id).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        Api.as("zorgcoordinator")
                .post("/api/v1/toestemmingen", Map.of("betrokkeneId", uhg, "categorie", "GGZ", "ontvanger", "OM", "doel",
                        "zsm-beoordeling", "vorm", "MONDELING", "gehoordOp",
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString(), "gehoordDoor",
                        "M. de Vries (Veilig Thuis)", "geldigTot",
                        Instant.now().plus(Duration.ofDays(3650)).toString()))
                .statusCode(400).body("invalidParams.name", hasItem("geldigTot"));
    }

    @Test
    void consent_is_recorded_only_for_what_the_policy_lets_consent_open() {
        String id = caseIn("centrum", "zorgcoordinator");
        String uhg = Api.as("politie-thv").get(BASE + id).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        Map<String, Object> consent = Map.of("betrokkeneId", uhg, "categorie", "VERBLIJF_AB", "ontvanger", "OM", "doel",
                "zsm-beoordeling", "vorm",
                "MONDELING", "gehoordOp", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString(),
                "gehoordDoor", "M. de Vries (Veilig Thuis)", "geldigTot", Instant.now().plusSeconds(3600).toString());
        Api.as("zorgcoordinator").post("/api/v1/toestemmingen", consent).statusCode(400).body("invalidParams.name",
                hasItem("categorie"));
        Api.as("om-zsm").post("/api/v1/toestemmingen", Map.of()).statusCode(403);
        Api.as("zorgcoordinator-2")
                .post("/api/v1/toestemmingen", Map.of("betrokkeneId", uhg, "categorie", "GGZ", "ontvanger", "OM", "doel",
                        "zsm-beoordeling", "vorm", "MONDELING", "gehoordOp",
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString(), "gehoordDoor",
                        "M. de Vries (Veilig Thuis)", "geldigTot", Instant.now().plusSeconds(3600).toString()))
                .statusCode(404);
        String consentId = Api.as("zorgcoordinator")
                .post("/api/v1/toestemmingen", Map.of("betrokkeneId", uhg, "categorie", "GGZ", "ontvanger", "OM",
                        "doel", "zsm-beoordeling", "vorm", "MONDELING", "gehoordOp",
                        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString(), "gehoordDoor",
                        "M. de Vries (Veilig Thuis)", "geldigTot",
                        Instant.now().plusSeconds(3600).toString()))
                .statusCode(201)
                .body("geldig", equalTo(true)).extract().path("id");
        Api.as("zorgcoordinator")
                .post("/api/v1/toestemmingen/" + consentId + "/intrekking", Map.of("reden", "betrokkene trekt in"))
                .statusCode(200)
                .body("geldig", equalTo(false)).body("ingetrokkenDoor", equalTo("zorgcoordinator"));
        long gelezen = nl.thvhub.testing.Db.count("audit_regel where actie = 'TOESTEMMINGEN_LEZEN' and betrokkene_id = '"
                + uhg + "' and actor_gebruiker = 'zorgcoordinator'");
        Api.as("zorgcoordinator").get("/api/v1/toestemmingen?betrokkeneId=" + uhg).statusCode(200).body("[0].id",
                equalTo(consentId));
        // a person's consent history is a disclosure about that person: audited (issue 29, item 19)
        org.assertj.core.api.Assertions.assertThat(nl.thvhub.testing.Db.count("audit_regel where actie = "
                + "'TOESTEMMINGEN_LEZEN' and betrokkene_id = '" + uhg + "' and actor_gebruiker = 'zorgcoordinator'"))
                .isEqualTo(gelezen + 1);
    }
}
