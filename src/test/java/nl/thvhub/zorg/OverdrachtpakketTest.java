package nl.thvhub.zorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;

/**
 * Issue 35.4, the hand-over package through the real API: the receiving hub partner reads the family's plans and, per
 * person with that person's consent for the receiver, the referrals — audited per subject — until it confirms and a
 * set time after; never in its lists.
 */
@QuarkusTest
class OverdrachtpakketTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    TestClock clock;

    private String id;
    private String uhg;
    private String ab;

    private String vandaag() {
        return LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).toString();
    }

    private void overgedragen() {
        id = Cases.imposedWithCoordinator(clock.instant().minusSeconds(600));
        uhg = Api.as("zorgcoordinator").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        ab = Api.as("zorgcoordinator").get(BASE + id).extract().path("betrokkenen.find { it.rol == 'ACHTERBLIJVER' }.id");
        Api.as("zorgcoordinator").put(BASE + id + "/hulpverlening", Map.of("plan", "Traject relatiegeweld",
                "veiligheidsafspraken", "Geen contact")).statusCode(200);
        for (String p : List.of(uhg, ab)) {
            Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", p, "naar", "Buurtteam",
                    "code", "BUURTTEAM", "leefgebied", "DAGBESTEDING", "aangemeldOp", vandaag())).statusCode(201);
        }
        clock.advance(Duration.ofDays(20));
        Cases.eindrapportAfgezien(id);
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", Map.of("overdrachtAan", "Sociaal Team AA",
                "overdrachtDatum", vandaag(), "gezamenlijkGesprek", true, "overdrachtOrganisatie", "SOCIAAL_TEAM_AA",
                "beeindigingGrond", "ZORG_ELDERS_GEBORGD")).statusCode(200);
    }

    private void toestemming(String persoon) {
        Api.as("veilig-thuis").post("/api/v1/toestemmingen", Map.of("betrokkeneId", persoon, "categorie", "HULPVERLENING",
                "ontvanger", "SOCIAAL_TEAM_AA", "doel", "zorgcoordinatie", "vorm", "SCHRIFTELIJK", "formulierReferentie",
                "TF-2026-3504", "geldigTot", clock.instant().plus(Duration.ofDays(200)).toString())).statusCode(201);
    }

    @Test
    void the_receiver_reads_the_plans_and_a_persons_referrals_only_with_that_persons_consent() {
        overgedragen();
        Api.as("sociaal-team").get(BASE + id + "/plannen/hulpverleningsplan").statusCode(200)
                .body("items[0].doel", equalTo("Traject relatiegeweld"));
        List<String> zonder = Api.as("sociaal-team").get(BASE + id + "/verwijzingen").statusCode(200).extract()
                .path("betrokkeneId");
        assertThat(zonder).isEmpty();
        toestemming(ab);
        List<String> met = Api.as("sociaal-team").get(BASE + id + "/verwijzingen").statusCode(200).extract()
                .path("betrokkeneId");
        assertThat(met).containsExactly(ab);
        Api.as("sociaal-team").get(BASE + id).statusCode(200)
                .body("onthoudenUitleg.find { it.betrokkeneId == '" + uhg + "' && it.categorie == 'HULPVERLENING' }.reden",
                        equalTo("GEEN_TOESTEMMING"));
        assertThat(
                Db.count("audit_regel where huisverbod_id = '" + id + "' and actor_organisatie = 'SOCIAAL_TEAM_AA' and actie ="
                        + " 'VERWIJZINGEN_LEZEN' and betrokkene_id = '" + ab + "'"))
                .as("audited per subject").isPositive();
    }

    @Test
    void the_package_never_puts_the_case_in_the_receivers_lists_and_ends_a_set_time_after_confirmation() {
        overgedragen();
        List<String> lijst = Api.as("sociaal-team").get("/api/v1/huisverboden?limiet=100").statusCode(200).extract()
                .path("items.id");
        assertThat(lijst).doesNotContain(id);
        Api.as("sociaal-team").post(BASE + id + "/overdracht/bevestiging", Map.of("bevestigdOp", vandaag())).statusCode(200);
        clock.advance(Duration.ofDays(13));
        Api.as("sociaal-team").get(BASE + id + "/plannen/hulpverleningsplan").statusCode(200);
        clock.advance(Duration.ofDays(2));
        Api.as("sociaal-team").get(BASE + id + "/plannen/hulpverleningsplan").statusCode(404);
        Api.as("zorgcoordinator").get(BASE + id + "/geschiedenis").statusCode(200).body("soort",
                hasItem("OVERDRACHT_BEVESTIGD"));
    }
}
