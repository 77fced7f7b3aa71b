package nl.thvhub.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Browser;
import nl.thvhub.testing.Cases;

/**
 * The desks work in a real browser (issue 32): Debian's chromium through Selenium, JavaScript off, logging in on the
 * real Keycloak login page; every screen is the API's decision, redaction and audit.
 */
@QuarkusTest
class WerkplekBrowserTest {

    @jakarta.inject.Inject
    nl.thvhub.testing.TestClock clock;

    private static final String BASE = "/api/v1/huisverboden/";

    /** Today as a desk types it: 3-12-2026. */
    private static String vandaag() {
        return LocalDate.now(Huisverbod.TIJDZONE).format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
    }

    private static String registratienummer(String id) {
        return Api.as("politie-thv").get(BASE + id).statusCode(200).extract().path("registratienummer");
    }

    @Test
    void om_zsm_sees_the_priority_list_registers_an_afdoening_and_sees_it_on_the_case() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        String nummer = registratienummer(id);
        try (Browser b = Browser.zonderJavascript().inloggen("om-zsm")) {
            b.open("/werkplek/zsm");
            assertThat(b.tekst()).contains("ZSM-prioriteitenlijst").contains(nummer);

            b.volgLink(nummer);
            assertThat(b.adres()).endsWith("/werkplek/huisverboden/" + id);
            b.vul("beslissing", "STRAFBESCHIKKING").vul("zsmBeoordelingDatum", vandaag())
                    .verstuur("Afdoening registreren");

            assertThat(b.adres()).contains("/werkplek/huisverboden/" + id + "/strafrecht?gedaan=afdoening");
            assertThat(b.tekst()).contains("De afdoening is geregistreerd.").contains("Strafbeschikking");
        }
    }

    @Test
    void an_invalid_form_comes_back_with_the_problem_beside_the_field_and_nothing_stored() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("om-zsm")) {
            b.open("/werkplek/huisverboden/" + id).vul("beslissing", "SEPOT").verstuur("Afdoening registreren");

            assertThat(b.tekst()).contains("Het formulier is niet verstuurd");
            assertThat(b.veld("sepotGrond-fout").getText()).isEqualTo("Fout: verplicht bij een sepot");
            assertThat(b.veld("sepotGrond").getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(b.veld("beslissing").getAttribute("value")).isEqualTo("SEPOT");
        }
        Api.as("om-zsm").get(BASE + id + "/afdoeningen").statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void a_coordinator_records_a_contact_attempt_for_the_uhg_and_the_task_leaves_the_queue() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        String uhg = Api.as("zorgcoordinator").get(BASE + id).statusCode(200).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/taken?soort=EERSTE_CONTACT&huisverbod=" + id);
            assertThat(b.tekst()).contains("Open taken, eerst vervallend (2)").contains("Uithuisgeplaatste");

            b.open("/werkplek/huisverboden/" + id).vul("betrokkeneId", uhg)
                    .vul("datum", vandaag()).vul("vorm", "TELEFOON").klik("bereikt-ja").vul("medewerking", "JA")
                    .verstuur("Contactpoging vastleggen");
            assertThat(b.tekst()).contains("De contactpoging is vastgelegd.");

            b.open("/werkplek/taken?soort=EERSTE_CONTACT&huisverbod=" + id);
            assertThat(b.tekst()).contains("Open taken, eerst vervallend (1)").doesNotContain("Uithuisgeplaatste");
        }
    }

    @Test
    void a_wijkagent_registers_a_violation_in_the_own_wijk() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("wijkagent-centrum")) {
            b.open("/werkplek/huisverboden/" + id)
                    .vul("moment",
                            LocalDateTime.now(Huisverbod.TIJDZONE)
                                    .format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")))
                    .vul("soort", "AANWEZIG_BIJ_WONING")
                    .vul("melder", "BUURT").vul("omschrijving", "Uithuisgeplaatste gezien bij de voordeur")
                    .verstuur("Overtreding registreren");

            assertThat(b.tekst()).contains("De overtreding is geregistreerd.").contains("Aantal\n1");

            b.volgLink("De overtredingen en hun opvolging");
            String vervolg = b.veldMetIdBegin("vervolgactie-");
            b.vul(vervolg, "GESPREK_REPRIMANDE").verstuurFormulierVan(vervolg);
            assertThat(b.tekst()).contains("De opvolging van de overtreding is vastgelegd.").contains("Gesprek reprimande");
        }
    }

    @Test
    void the_police_see_afgeschermd_with_the_reason_for_the_help_data_of_a_case() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.open("/werkplek/huisverboden/" + id);

            assertThat(b.tekst()).contains("Afgeschermd: Hulpverlening — niet in uw taak. Grondslag: Taak van de politie");
            assertThat(b.tekst()).doesNotContain("Contactpoging vastleggen");
            // the police read the priority list, but not the care input: its column says so instead of "nog niet"
            b.open("/werkplek/zsm");
            assertThat(b.tekst()).contains("Met strafrechtelijk traject").contains("afgeschermd").doesNotContain("nog niet");
        }
        // the menu offers only what the role may open: the priority list is ZSM's and the police's (issue 34.1), not the
        // coordinator's (found in the production profile)
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + id);
            assertThat(b.tekst()).doesNotContain("ZSM-prioriteitenlijst");
        }
    }

    @Test
    void a_form_post_without_the_form_token_is_refused_and_stores_nothing() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("om-zsm")) {
            b.open("/werkplek/huisverboden/" + id);
            HttpResponse<String> r = b.postZonderFormulier("/werkplek/huisverboden/" + id + "/afdoening",
                    "beslissing=STRAFBESCHIKKING");

            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("Dit formulier is verlopen of komt niet van de werkplek");
        }
        Api.as("om-zsm").get(BASE + id + "/afdoeningen").statusCode(200).body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void after_logout_the_back_button_shows_no_case_data() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.open("/werkplek/huisverboden/" + id);
            String nummer = registratienummer(id);
            assertThat(b.tekst()).contains(nummer);

            b.volgLink("Uitloggen");
            assertThat(b.tekst()).contains("U bent uitgelogd");
            b.terug();

            assertThat(b.tekst()).doesNotContain(nummer).doesNotContain("Personen in deze zaak");
        }
    }

    @Test
    void a_case_out_of_reach_gets_the_same_404_page_as_a_case_that_does_not_exist() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        try (Browser b = Browser.zonderJavascript().inloggen("reclassering")) {
            b.open("/werkplek/huisverboden/" + id);
            String buitenBereik = b.tekst();
            b.open("/werkplek/huisverboden/" + java.util.UUID.randomUUID());
            String bestaatNiet = b.tekst();

            assertThat(buitenBereik).contains("Niet gevonden").isEqualTo(bestaatNiet);
        }
    }

    @Test
    void veilig_thuis_assigns_a_coordinator_to_a_new_thv() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        try (Browser b = Browser.zonderJavascript().inloggen("veilig-thuis")) {
            b.open("/werkplek/taken?soort=ZORGCOORDINATOR_TOEWIJZEN&huisverbod=" + id);
            assertThat(b.tekst()).contains("Zorgcoordinator toewijzen");

            b.open("/werkplek/huisverboden/" + id).vul("rol", "ZORGCOORDINATOR").vul("gebruikersnaam", "zorgcoordinator-2")
                    .verstuur("Toewijzen");

            assertThat(b.tekst()).contains("De toewijzing is vastgelegd.").contains("Zorgcoördinator: zorgcoordinator-2");
        }
    }

    @Test
    void the_gemeente_extends_and_a_change_in_between_shows_the_new_state_instead_of_overwriting_it() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Api.as("zorgcoordinator").post(BASE + id + "/verlengingsadvies",
                java.util.Map.of("advies", "VERLENGEN", "motivering", "Dreiging houdt aan", "gronden",
                        java.util.List.of("DREIGING_HOUDT_AAN")))
                .statusCode(200);
        try (Browser b = Browser.zonderJavascript().inloggen("gemeente")) {
            b.open("/werkplek/huisverboden/" + id).klik("besluit").vul("motivering", "Gewogen: de dreiging houdt aan");
            // meanwhile Veilig Thuis assigns a gezinsmanager: the page's version is stale
            Api.as("veilig-thuis").post(BASE + id + "/toewijzingen",
                    java.util.Map.of("rol", "GEZINSMANAGER", "gebruikersnaam", "gezinsmanager", "organisatie", "JBRA"))
                    .statusCode(200);
            b.verstuur("Besluit vastleggen");

            assertThat(b.tekst()).contains("Iemand anders heeft deze zaak intussen gewijzigd");
            assertThat(b.veld("motivering").getAttribute("value")).isEqualTo("Gewogen: de dreiging houdt aan");
            assertThat(b.veld("besluit").isSelected()).isTrue();
            b.verstuur("Besluit vastleggen");

            assertThat(b.tekst()).contains("Het besluit over verlenging is vastgelegd.").contains("Verlengd\nja");
        }
    }

    @Test
    void a_wijkagent_sees_the_running_thvs_of_the_own_wijk_only() {
        String centrum = registratienummer(Cases.imposed(Cases.valid(Instant.now().minusSeconds(600), "AMSTERDAM", "centrum")));
        String zuidoost = registratienummer(
                Cases.imposed(Cases.valid(Instant.now().minusSeconds(600), "AMSTERDAM", "zuidoost")));
        try (Browser b = Browser.zonderJavascript().inloggen("wijkagent-centrum")) {
            b.open("/werkplek/huisverboden");

            assertThat(b.tekst()).contains("Lopende huisverboden").contains(centrum).doesNotContain(zuidoost);
        }
    }

    @Test
    void the_fg_sees_the_audit_chain_verify_and_reviews_a_break_the_glass_use() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Api.as("zorgcoordinator-2").request().header("Noodtoegang", "Collega ziek, melding acute dreiging bij achterblijver")
                .get(BASE + id).then().statusCode(200);
        String grant = Api.as("fg").get("/api/v1/noodtoegang?onbeoordeeld=true").statusCode(200).extract()
                .path("find { it.huisverbodId == '" + id + "' }.id");
        try (Browser b = Browser.zonderJavascript().inloggen("fg")) {
            b.open("/werkplek/fg");
            assertThat(b.tekst()).contains("De keten klopt").contains("Collega ziek, melding acute dreiging");

            b.klik("terecht-" + grant).vul("oordeel-" + grant, "Acute dreiging, collega afwezig")
                    .verstuurFormulierVan("oordeel-" + grant);

            assertThat(b.tekst()).contains("Het oordeel over de noodtoegang is vastgelegd.")
                    .contains("terecht: Acute dreiging, collega afwezig");
        }
    }

    @Test
    void a_persons_page_shows_the_coordinator_the_contact_and_shows_the_police_afgeschermd() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        String uhg = Api.as("zorgcoordinator").get(BASE + id).statusCode(200).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        Api.as("zorgcoordinator").post(BASE + id + "/contactmomenten", java.util.Map.of("betrokkeneId", uhg, "datum",
                LocalDate.now(Huisverbod.TIJDZONE).toString(), "vorm", "HUISBEZOEK", "bereikt", true, "medewerking", "DEELS"))
                .statusCode(201);
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + id).volgLink(Api.as("zorgcoordinator").get(BASE + id).extract()
                    .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.naam") + " (uithuisgeplaatste)");

            assertThat(b.tekst()).contains("Contactpogingen met deze persoon").contains("Huisbezoek").contains("Deels");
        }
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.open("/werkplek/huisverboden/" + id + "/personen/" + uhg);

            assertThat(b.tekst()).contains("Afgeschermd: Hulpverlening — niet in uw taak").doesNotContain("Huisbezoek");
        }
    }

    @Test
    void the_coordinator_registers_a_referral_and_closes_the_case_with_a_warme_overdracht() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        String uhg = Api.as("zorgcoordinator").get(BASE + id).statusCode(200).extract()
                .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + id).vul("verwijzingBetrokkeneId", uhg).vul("naar", "Schuldhulp Amsterdam")
                    .vul("leefgebied", "FINANCIEN")
                    .vul("aangemeldOp", vandaag()).verstuur("Verwijzing aanmelden");
            assertThat(b.tekst()).contains("De verwijzing is aangemeld.");
            b.open("/werkplek/huisverboden/" + id + "/personen/" + uhg);
            String stap = b.veldMetIdBegin("status-");
            String datum = b.veldMetIdBegin("stapdatum-");
            b.vul(stap, "INTAKE_GEPLAND").vul(datum, vandaag()).verstuurFormulierVan(stap);
            assertThat(b.tekst()).contains("De stap van de verwijzing is vastgelegd.").contains("Intake gepland");
            assertThat(b.tekst()).doesNotContain("Afsluiten met warme overdracht");

            clock.advance(java.time.Duration.ofDays(40));
            Cases.eindrapportAfgezien(id);
            String dag = LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE)
                    .format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
            b.open("/werkplek/huisverboden/" + id).vul("peildatum", dag).klik("veilig-ZORGEN").klik("terugval-DREIGING")
                    .klik("terugval-HULP_AFGEHAAKT").vul("hulpLoopt", "DEELS").verstuur("Peilmoment vastleggen");
            assertThat(b.tekst()).contains("Het peilmoment is vastgelegd.");
            b.open("/werkplek/huisverboden/" + id).vul("overdrachtAan", "Wijkteam Centrum").vul("overdrachtDatum", dag)
                    .klik("gezamenlijkGesprek-ja").vul("beeindigingGrond", "DOEL_BEREIKT").verstuur("Zaak afsluiten");

            assertThat(b.tekst()).contains("De zaak is afgesloten met een warme overdracht.").contains("Status\nAfgesloten");
        }
    }
}
