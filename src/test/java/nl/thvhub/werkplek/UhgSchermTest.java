package nl.thvhub.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Browser;
import nl.thvhub.testing.Cases;

/**
 * Issue 33 on the werkplek, in a real browser with JavaScript off: the case page names both coordinators and whom each
 * covers; the UHG's page shows his coordinator where he stays, with who knew what when, and the shelter decision, and
 * shows the victims' coordinator only whether a place is known, "Afgeschermd" with the reason beside it.
 */
@QuarkusTest
class UhgSchermTest {

    private static final String BASE = "/api/v1/huisverboden/";

    @Test
    void both_coordinators_see_each_other_and_only_the_uhgs_coordinator_sees_where_he_stays() {
        String[] z = Cases.metTweeCoordinatoren();
        String vandaag = LocalDate.now(Huisverbod.TIJDZONE).toString();
        Api.as("politie-thv").put(BASE + z[0] + "/betrokkenen/" + z[1] + "/verblijf", Map.of("soort", "HOTEL", "adres",
                "Hotel aan het IJ", "sinds", vandaag, "bron", "eigen verklaring")).statusCode(200);
        Api.as("veilig-thuis").put(BASE + z[0] + "/betrokkenen/" + z[1] + "/opvang", Map.of("inAanmerking", true,
                "reden", "Geen netwerk", "nachten", 7, "besluitOp", vandaag)).statusCode(200);
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator-2")) {
            b.open("/werkplek/huisverboden/" + z[0]);
            assertThat(b.tekst()).contains("Zorgcoördinator: zorgcoordinator (voor Slachtoffer")
                    .contains("Zorgcoördinator: zorgcoordinator-2 (voor Pleger");
            b.volgLink("Verblijfplek, opvang en verzoeken aan de politie");
            assertThat(b.tekst()).contains("Verblijfplek van de uithuisgeplaatste").contains("Hotel, Hotel aan het IJ")
                    .contains("Wie wist wat wanneer").contains("politie-thv (Politie)").contains("Opvang toegekend\nja")
                    .contains("Geen netwerk");
        }
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator")) {
            b.open("/werkplek/huisverboden/" + z[0] + "/personen/" + z[1]);
            assertThat(b.tekst()).contains("Verblijfplek bekend\nja").doesNotContain("Hotel aan het IJ")
                    .contains("Afgeschermd: Verblijf van de uithuisgeplaatste — uw toewijzing dekt deze persoon niet")
                    .contains("Opvang toegekend\nja").doesNotContain("Geen netwerk");
        }
    }

    /** Today as a desk types it: 3-12-2026. */
    private static String vandaag() {
        return LocalDate.now(Huisverbod.TIJDZONE).format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
    }

    @Test
    void the_uhgs_coordinator_records_where_he_stays_and_asks_the_police_and_the_wijkagent_answers_from_the_queue() {
        String[] z = Cases.metTweeCoordinatoren();
        try (Browser b = Browser.zonderJavascript().inloggen("zorgcoordinator-2")) {
            b.open("/werkplek/huisverboden/" + z[0]).volgLink("Verblijfplek, opvang en verzoeken aan de politie");
            b.vul("verblijf-soort", "AUTO_STRAAT").vul("verblijf-sinds", vandaag()).vul("verblijf-bron", "zijn broer")
                    .verstuur("Verblijf vastleggen");
            assertThat(b.adres()).contains("/uithuisgeplaatste?gedaan=verblijf");
            assertThat(b.tekst()).contains("Het verblijf van de uithuisgeplaatste is vastgelegd.").contains("Auto straat");
            // a refused form comes back on this page, the problem beside its field and the rest as typed
            b.vul("politieverzoek-soort", "VERBLIJF_ACHTERHALEN").vul("politieverzoek-toelichting", "Slaapt in zijn auto")
                    .verstuur("Verzoek aan de politie sturen");
            assertThat(b.tekst()).contains("Het formulier is niet verstuurd").contains("Uithuisgeplaatste: Pleger")
                    .contains("Verblijfplek van de uithuisgeplaatste");
            assertThat(b.veld("politieverzoek-termijn-fout").getText()).startsWith("Fout:");
            assertThat(b.veld("politieverzoek-toelichting").getText()).isEqualTo("Slaapt in zijn auto");
            b.vul("politieverzoek-termijn", vandaag()).verstuur("Verzoek aan de politie sturen");
            assertThat(b.tekst()).contains("Het verzoek is naar de politie gestuurd.").contains("nog niet beantwoord");
        }
        try (Browser b = Browser.zonderJavascript().inloggen("wijkagent-centrum")) {
            b.open("/werkplek/taken?soort=POLITIEVERZOEK_UITVOEREN&huisverbod=" + z[0]);
            assertThat(b.tekst()).contains("Politieverzoek uitvoeren");
            b.open("/werkplek/huisverboden/" + z[0] + "/uithuisgeplaatste");
            assertThat(b.tekst()).contains("Slaapt in zijn auto").contains("Auto straat");
            b.vul("politieverzoekantwoord-uitkomst", "UITGEVOERD")
                    .vul("politieverzoekantwoord-toelichting", "Aangesproken bij zijn auto; belt de coördinator")
                    .verstuur("Antwoord vastleggen");
            assertThat(b.tekst()).contains("Het antwoord op het verzoek is vastgelegd.")
                    .contains("Uitgevoerd: Aangesproken bij zijn auto");
            b.open("/werkplek/taken?soort=POLITIEVERZOEK_UITVOEREN&huisverbod=" + z[0]);
            assertThat(b.tekst()).contains("Geen open taken.");
        }
        try (Browser b = Browser.zonderJavascript().inloggen("veilig-thuis")) {
            b.open("/werkplek/huisverboden/" + z[0] + "/uithuisgeplaatste");
            assertThat(b.tekst()).contains("Afgeschermd: Verzoeken aan de politie");
            b.klik("opvang-inAanmerking").vul("opvang-reden", "Geen plek bij familie").vul("opvang-nachten", "7")
                    .vul("opvang-besluitOp", vandaag()).verstuur("Besluit vastleggen");
            assertThat(b.tekst()).contains("Het besluit over opvang is vastgelegd.").contains("Geen plek bij familie");
        }
    }
}
