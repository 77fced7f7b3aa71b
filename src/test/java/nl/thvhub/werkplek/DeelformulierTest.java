package nl.thvhub.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Browser;
import nl.thvhub.testing.Cases;

/**
 * Issue 32, item 3: a form on a sub-page that the service refuses comes back on its own page — the problem in the
 * summary and beside its field, what was typed kept — not on the case page; and nothing is stored.
 */
@QuarkusTest
class DeelformulierTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Test
    void a_refused_violation_follow_up_comes_back_on_the_violations_page_beside_its_field() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        String oid = Api.as("politie-thv").post(BASE + id + "/overtredingen", Map.of("moment",
                Instant.now().minusSeconds(60).toString(), "soort", "AANWEZIG_BIJ_WONING", "melder", "BUURT",
                "omschrijving", "Gezien bij de voordeur")).statusCode(201).extract().path("id");
        try (Browser b = Browser.zonderJavascript().inloggen("wijkagent-centrum")) {
            b.open("/werkplek/huisverboden/" + id + "/overtredingen");
            b.vul("vervolgactie-" + oid, "GEEN").verstuurFormulierVan("vervolgactie-" + oid);
            assertThat(b.tekst()).contains("Overtredingen en hun opvolging").contains("Er is een probleem")
                    .doesNotContain("Personen in deze zaak");
            assertThat(b.veld("vervolgReden-" + oid + "-fout").getText()).startsWith("Fout:");
            assertThat(b.veld("vervolgactie-" + oid).getAttribute("value")).isEqualTo("GEEN");
        }
        Api.as("politie-thv").get(BASE + id + "/overtredingen").statusCode(200)
                .body("[0].vervolgactie", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void a_refused_referral_step_comes_back_on_the_persons_page_beside_its_field() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        String uhg = Cases.persoon(id, "UITHUISGEPLAATSTE");
        String vid = Api.as("zorgcoordinator").post(BASE + id + "/verwijzingen", Map.of("betrokkeneId", uhg, "naar",
                "Schuldhulp", "code", "SCHULDHULP", "aangemeldOp", LocalDate.now(Huisverbod.TIJDZONE).toString()))
                .statusCode(201).extract().path("id");
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + id + "/personen/" + uhg);
            b.vul("stapdatum-" + vid, "31-2-2026").verstuurFormulierVan("stapdatum-" + vid);
            assertThat(b.tekst()).contains("Er is een probleem").contains("Verwijzingen van deze persoon")
                    .doesNotContain("Status en termijnen");
            assertThat(b.veld("stapdatum-" + vid + "-fout").getText()).startsWith("Fout:");
            assertThat(b.veld("stapdatum-" + vid).getAttribute("value")).isEqualTo("31-2-2026");
        }
        Api.as("zorgcoordinator").get(BASE + id + "/verwijzingen").statusCode(200).body("[0].status",
                org.hamcrest.Matchers.equalTo("AANGEMELD"));
    }

    /** Issue 32, item 1: the coordinator registers and withdraws a person's consent on the person's page. */
    @Test
    void the_coordinator_registers_a_consent_on_the_persons_page_and_withdraws_it() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        String ab = Cases.persoon(id, "ACHTERBLIJVER");
        String totEnMet = LocalDate.now(Huisverbod.TIJDZONE).plusMonths(3)
                .format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + id + "/personen/" + ab);
            assertThat(b.tekst()).contains("Nog geen toestemmingen vastgelegd.").contains("Afgeschermd: Netwerk");
            b.vul("toestemming-categorie", "NETWERK").vul("toestemming-ontvanger", "BLIJF_GROEP")
                    .vul("toestemming-doel", "zorgcoordinatie").vul("toestemming-vorm", "SCHRIFTELIJK")
                    .vul("toestemming-geldigTot", totEnMet).verstuur("Toestemming vastleggen");
            // a written consent names its form: refused, back on the person's page beside that field
            assertThat(b.tekst()).contains("Er is een probleem").contains("Toestemmingen van deze persoon");
            assertThat(b.veld("toestemming-formulierReferentie-fout").getText()).startsWith("Fout:");
            assertThat(b.veld("toestemming-geldigTot").getAttribute("value")).isEqualTo(totEnMet);
            b.vul("toestemming-formulierReferentie", "TF-2026-0777").verstuur("Toestemming vastleggen");
            assertThat(b.tekst()).contains("De toestemming is vastgelegd.").contains("Netwerk Blijf Groep zorgcoordinatie")
                    .doesNotContain("Afgeschermd: Netwerk");
            b.verstuurFormulierVan(b.veldMetIdBegin("intrekkingReden-"));
            assertThat(b.tekst()).contains("De toestemming is ingetrokken.").contains("ingetrokken")
                    .contains("Afgeschermd: Netwerk");
        }
    }
}
