package nl.thvhub.werkplek;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Browser;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/**
 * Issue 35 on the werkplek, in a real browser with JavaScript off: the coordinator writes the monitoring report with
 * why each adult was not referred and living apart, extends monitoring, records a family conversation the gezinsmanager
 * reads and the police do not, and runs ICM after closing from its own page; the police register a RiHG; the mayor's
 * office reads the outcome figures. Each form's refusal comes back beside its field.
 */
@QuarkusTest
class VervolgschermTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Inject
    TestClock clock;

    /** A day as a desk types it: 3-12-2026. */
    private String dag(int dagenVanaf) {
        return LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).plusDays(dagenVanaf)
                .format(DateTimeFormatter.ofPattern("d-M-yyyy"));
    }

    /** A day as the page shows it: 24 mrt 2027. */
    private String datum(int dagenVanaf) {
        return nl.thvhub.werkplek.api.Labels
                .datum(LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).plusDays(dagenVanaf));
    }

    private String inMonitoring() {
        String id = Cases.imposedWithCoordinator(clock.instant().minusSeconds(600));
        clock.advance(Duration.ofDays(20));
        return id;
    }

    @Test
    void the_coordinator_writes_the_report_with_a_reason_per_adult_and_living_apart_then_closes() {
        String id = inMonitoring();
        String uhg = Cases.persoon(id, "UITHUISGEPLAATSTE");
        String ab = Cases.persoon(id, "ACHTERBLIJVER");
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + id).volgLink("Eindrapport van de monitoring");
            assertThat(b.tekst()).contains("Nog geen eindrapport vastgelegd.");
            b.vul("eindrapport-dreigingAfgenomen", "JA").vul("eindrapport-relatieBeeindigd", "JA")
                    .vul("eindrapport-gescheidenWonen", "JA").vul("eindrapport-recidiveBekend", "NEE")
                    .vul("eindrapport-geen-" + ab, "WEIGERT").vul("eindrapport-geen-" + uhg, "ELDERS_IN_ZORG")
                    .vul("eindrapport-toelichting", "Rust in het gezin").verstuur("Eindrapport vastleggen");
            assertThat(b.adres()).contains("/eindrapport?gedaan=eindrapport");
            assertThat(b.tekst()).contains("Het eindrapport is vastgelegd.").contains("Gescheiden wonen\nJa")
                    .contains("Niet verwezen: weigert hulp").contains("Niet verwezen: al elders in zorg");
            // the form shows the report as recorded, to change rather than start over
            assertThat(b.veld("eindrapport-gescheidenWonen").getAttribute("value")).isEqualTo("JA");
            b.open("/werkplek/huisverboden/" + id);
            b.vul("overdrachtAan", "Wijkteam Centrum").vul("overdrachtDatum", dag(0)).klik("gezamenlijkGesprek-ja")
                    .vul("beeindigingGrond", "DOEL_BEREIKT").verstuur("Zaak afsluiten");
            assertThat(b.tekst()).contains("De zaak is afgesloten met een warme overdracht.");
        }
        Api.as("zorgcoordinator").get(BASE + id + "/monitoring/eindrapport").statusCode(200)
                .body("gescheidenWonen", equalTo("JA")).body("zonderVerwijzing.reden", hasItem("WEIGERT"));
    }

    @Test
    void monitoring_is_extended_from_the_case_page_and_a_date_past_its_bound_comes_back_beside_the_field() {
        String id = inMonitoring();
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + id);
            b.vul("monitoring-tot", dag(500)).vul("monitoring-reden", "VERSLAVING")
                    .vul("monitoring-toelichting", "Traject Jellinek loopt pas net").verstuur("Monitoring verlengen");
            assertThat(b.veld("monitoring-tot-fout").getText()).startsWith("Fout:");
            assertThat(b.veld("monitoring-toelichting").getText()).isEqualTo("Traject Jellinek loopt pas net");
            b.vul("monitoring-tot", dag(120)).verstuur("Monitoring verlengen");
            assertThat(b.tekst()).contains("De monitoring is verlengd.").contains("Monitoring verlengd tot")
                    .contains("Verslaving: Traject Jellinek loopt pas net");
        }
    }

    @Test
    void a_family_conversation_is_recorded_and_read_by_the_gezinsmanager_but_not_by_the_police() {
        String id = Cases.imposedWithCoordinator(clock.instant().minusSeconds(600));
        Api.as("veilig-thuis").post(BASE + id + "/toewijzingen",
                Map.of("rol", "GEZINSMANAGER", "gebruikersnaam", "gezinsmanager", "organisatie", "JBRA")).statusCode(200);
        String ab = Cases.persoon(id, "ACHTERBLIJVER");
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + id).volgLink("Gesprekken met het gezin");
            assertThat(b.tekst()).contains("Nog geen gesprekken die u mag zien.");
            b.vul("gesprek-soort", "SYSTEEMGESPREK").vul("gesprek-datum", dag(0)).klik("gesprek-met-" + ab)
                    .klik("gesprek-org-JBRA").verstuur("Gesprek vastleggen");
            // the refusal keeps what was ticked
            assertThat(b.veld("gesprek-verslag-fout").getText()).startsWith("Fout:");
            assertThat(b.veld("gesprek-met-" + ab).isSelected()).isTrue();
            b.vul("gesprek-verslag", "Samen met de gezinsmanager de afspraken doorgenomen").verstuur("Gesprek vastleggen");
            assertThat(b.tekst()).contains("Het gesprek is vastgelegd.").contains("Systeemgesprek met het gezin")
                    .contains("Samen met de gezinsmanager de afspraken doorgenomen");
        }
        try (Browser b = Browser.zonderJavascript().inloggen("gezinsmanager")) {
            b.open("/werkplek/huisverboden/" + id + "/gesprekken");
            assertThat(b.tekst()).contains("Samen met de gezinsmanager de afspraken doorgenomen");
        }
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.open("/werkplek/huisverboden/" + id + "/gesprekken");
            assertThat(b.tekst()).contains("Afgeschermd").doesNotContain("afspraken doorgenomen")
                    .doesNotContain("Gesprek vastleggen");
        }
    }

    @Test
    void the_coordinator_starts_icm_after_closing_reviews_it_and_ends_it_with_an_outcome() {
        String id = inMonitoring();
        Cases.eindrapportAfgezien(id);
        Api.as("zorgcoordinator").post(BASE + id + "/afsluiting", Map.of("overdrachtAan", "Wijkteam Centrum",
                "overdrachtDatum", LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).toString(),
                "gezamenlijkGesprek", true, "beeindigingGrond", "ZORG_ELDERS_GEBORGD")).statusCode(200);
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + id).volgLink("Nazorg en intensieve casemanagement");
            assertThat(b.tekst()).contains("Er loopt of liep geen nazorg op deze zaak.");
            b.vul("icm-start", dag(0)).vul("icm-evaluatieOp", dag(-1)).verstuur("Intensieve casemanagement starten");
            assertThat(b.veld("icm-evaluatieOp-fout").getText()).startsWith("Fout:");
            b.vul("icm-evaluatieOp", dag(90)).verstuur("Intensieve casemanagement starten");
            assertThat(b.tekst()).contains("De intensieve casemanagement is gestart.").contains("Icm").contains(datum(90));
            String track = b.veldMetIdBegin("nazorgevaluatie-volgendeEvaluatieOp-")
                    .substring("nazorgevaluatie-volgendeEvaluatieOp-".length());
            b.vul("nazorgevaluatie-volgendeEvaluatieOp-" + track, dag(180))
                    .vul("nazorgevaluatie-toelichting-" + track, "Schulden in beeld").verstuur("Evaluatie vastleggen");
            assertThat(b.tekst()).contains("De evaluatie is vastgelegd.").contains(datum(180)).contains("Schulden in beeld");
            b.vul("nazorgeinde-einde-" + track, dag(0)).vul("nazorgeinde-uitkomst-" + track, "DOEL_BEREIKT")
                    .verstuur("Traject beëindigen");
            assertThat(b.tekst()).contains("Het traject is beëindigd.").contains("Doel bereikt")
                    .doesNotContain("Evaluatie vastleggen");
        }
    }

    @Test
    void the_police_register_a_rihg_without_a_thv_and_a_future_date_comes_back_beside_the_field() {
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.open("/werkplek/rihg");
            b.vul("rihg-datum", dag(3)).vul("rihg-gemeente", "DIEMEN").klik("rihg-door").klik("rihg-uitkomst-GEEN_THV")
                    .verstuur("RiHG registreren");
            assertThat(b.veld("rihg-datum-fout").getText()).contains("ligt in de toekomst");
            b.vul("rihg-datum", dag(0)).verstuur("RiHG registreren");
            assertThat(b.tekst()).contains("De RiHG is geregistreerd.");
        }
        try (Browser b = Browser.zonderJavascript().inloggen("gemeente")) {
            b.open("/werkplek/rihg");
            assertThat(b.tekst()).contains("Geen toegang").doesNotContain("RiHG registreren\n");
        }
    }

    @Test
    void the_mayors_office_reads_the_outcomes_and_beleid_is_told_case_features_are_not_for_it() {
        try (Browser b = Browser.zonderJavascript().inloggen("gemeente")) {
            b.open("/werkplek/").volgLink("Uitkomsten");
            assertThat(b.tekst()).contains("Uitkomsten van het huisverbod").contains("Dreiging afgenomen: ja")
                    .contains("Achterblijver niet verwezen").contains("Totaal");
            b.vul("cijfers-groepering", "geweldtype").verstuur("Toon de cijfers");
            assertThat(b.adres()).contains("groepering=geweldtype");
            assertThat(b.tekst()).contains("Duur van de monitoring, mediaan in dagen");
        }
        try (Browser b = Browser.zonderJavascript().inloggen("beleid")) {
            b.open("/werkplek/cijfers?groepering=geweldtype");
            assertThat(b.veld("cijfers-groepering-fout").getText()).startsWith("Fout:");
        }
        try (Browser b = Browser.zonderJavascript().inloggen("politie-thv")) {
            b.open("/werkplek/cijfers");
            assertThat(b.tekst()).contains("Geen toegang");
        }
    }
}
