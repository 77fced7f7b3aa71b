package nl.thvhub.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.testing.Api;
import nl.thvhub.testing.Browser;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;

/**
 * The decisions of issue 34 at the desks, in a real browser without JavaScript: ZSM's list with its second section and
 * the request for the care advice; the mayor's office reading the advice's reasons and deciding not to extend.
 */
@QuarkusTest
class BesluitschermTest {

    private static final String BASE = "/api/v1/huisverboden/";

    private static String morgen() {
        return LocalDate.now(Huisverbod.TIJDZONE).plusDays(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
    }

    private static String registratienummer(String id) {
        return Api.as("politie-thv").get(BASE + id).statusCode(200).extract().path("registratienummer");
    }

    @Test
    void zsm_sees_a_repeat_thv_without_a_track_in_the_second_section_and_asks_care_for_input() {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600));
        body.put("strafrechtelijkTraject", false);
        String id = Cases.imposed(body);
        Db.execute("update huisverbod set herhaling_grond = 'PERSOON' where id = '" + id + "'");
        String nummer = registratienummer(id);
        try (Browser b = Browser.zonderJavascript().inloggen("om-zsm")) {
            b.open("/werkplek/zsm");
            String tekst = b.tekst();
            assertThat(tekst).contains("Met strafrechtelijk traject").contains("Zonder strafrechtelijk traject");
            assertThat(tekst.substring(tekst.indexOf("Zonder strafrechtelijk traject"))).contains(nummer)
                    .contains("Geen straftraject");

            b.volgLink(nummer).verstuur("Zorginbreng vragen");
            assertThat(b.veld("zorginbreng-termijn-fout").getText()).startsWith("Fout:");
            b.vul("zorginbreng-termijn", morgen()).vul("zorginbreng-vraag", "Ziet u risico zonder aangifte?")
                    .verstuur("Zorginbreng vragen");
            assertThat(b.tekst()).contains("De vraag om de zorginbreng is verstuurd.");
        }
        Api.as("om-zsm").get(BASE + id + "/zorgadvies").statusCode(200)
                .body("openAanvraag.vraag", org.hamcrest.Matchers.equalTo("Ziet u risico zonder aangifte?"));
    }

    @Test
    void the_mayors_office_reads_the_advices_reasons_and_decides_not_to_extend() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(600));
        Api.as("zorgcoordinator").post(BASE + id + "/verlengingsadvies", Map.of("advies", "VERLENGEN", "motivering",
                "Achterblijver nog niet veilig", "gronden", List.of("UHG_NIET_BEREIKT"))).statusCode(200);
        try (Browser b = Browser.zonderJavascript().inloggen("gemeente")) {
            b.open("/werkplek/huisverboden/" + id);
            assertThat(b.tekst()).contains("UHG niet bereikt").contains("Achterblijver nog niet veilig");
            b.verstuur("Besluit vastleggen");
            assertThat(b.veld("besluit-fout").getText()).startsWith("Fout:");
            b.klik("besluit-NIET_VERLENGEN").vul("motivering", "Veiligheidsafspraken volstaan")
                    .verstuur("Besluit vastleggen");
            assertThat(b.tekst()).contains("Het besluit over verlenging is vastgelegd.")
                    .contains("Niet verlengen").contains("Veiligheidsafspraken volstaan");
        }
        Api.as("gemeente").get(BASE + id).statusCode(200)
                .body("verlengingsbesluit.besluit", org.hamcrest.Matchers.equalTo("NIET_VERLENGEN"));
    }
}
