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
            b.volgLink("Verblijfplek en opvang van");
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
}
