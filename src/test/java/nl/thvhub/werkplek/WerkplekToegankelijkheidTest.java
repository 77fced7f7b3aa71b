package nl.thvhub.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Browser;
import nl.thvhub.testing.Cases;

/**
 * Every werkplek screen passes axe-core's WCAG 2.1 A and AA rules without a serious or critical violation (JavaScript
 * on: axe runs as a script in the page), and each is saved as a screenshot: to target/werkplek-schermafdrukken, or to
 * the folder named by {@code -Dwerkplek.schermafdrukken} (docs/werkplek for README's pictures).
 */
@QuarkusTest
class WerkplekToegankelijkheidTest {

    private static final Path MAP = Path.of(System.getProperty("werkplek.schermafdrukken", "target/werkplek-schermafdrukken"));

    private static void controleer(Browser b, String pad, String naam) {
        b.open(pad);
        assertThat(b.toegankelijkheidsfouten()).as("axe-core on " + naam + " (" + pad + ")").isEmpty();
        b.schermafdruk(MAP.resolve(naam + ".png"));
    }

    @Test
    void the_zsm_desks_screens_are_accessible() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        try (Browser b = Browser.metJavascript().inloggen("om-zsm")) {
            controleer(b, "/werkplek/zsm", "zsm-prioriteitenlijst");
            controleer(b, "/werkplek/huisverboden/" + id, "zaak-om-zsm");
            b.vul("beslissing", "SEPOT").verstuur("Afdoening registreren");
            assertThat(b.toegankelijkheidsfouten()).as("axe-core on a form with errors").isEmpty();
            b.schermafdruk(MAP.resolve("formulier-met-fouten.png"));
        }
    }

    @Test
    void the_coordinators_screens_are_accessible() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        try (Browser b = Browser.metJavascript().inloggen("zorgcoordinator")) {
            controleer(b, "/werkplek/", "werkvoorraad-zorgcoordinator");
            controleer(b, "/werkplek/huisverboden/" + id, "zaak-zorgcoordinator");
            controleer(b, "/werkplek/huisverboden/" + id + "/geschiedenis", "geschiedenis-zorgcoordinator");
            controleer(b, "/werkplek/huisverboden/" + id + "/strafrecht", "strafrecht-zorgcoordinator");
            controleer(b, "/werkplek/inbox", "inbox");
            String uhg = Api.as("zorgcoordinator").get("/api/v1/huisverboden/" + id).statusCode(200).extract()
                    .path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
            controleer(b, "/werkplek/huisverboden/" + id + "/personen/" + uhg, "persoon-zorgcoordinator");
        }
    }

    @Test
    void the_police_screens_with_shielded_parts_are_accessible() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("politie-thv").get("/api/v1/huisverboden/" + id).statusCode(200);
        try (Browser b = Browser.metJavascript().inloggen("politie-thv")) {
            controleer(b, "/werkplek/huisverboden/" + id, "zaak-politie-afgeschermd");
            controleer(b, "/werkplek/huisverboden/" + UUID.randomUUID(), "niet-gevonden");
        }
    }

    @Test
    void the_wijkagent_and_veilig_thuis_screens_are_accessible() {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(3600)));
        Api.as("politie-thv").post("/api/v1/huisverboden/" + id + "/overtredingen",
                java.util.Map.of("moment", Instant.now().minusSeconds(600).toString(), "soort", "AANWEZIG_BIJ_WONING", "melder",
                        "BUURT", "omschrijving", "Gezien bij de voordeur"))
                .statusCode(201);
        try (Browser b = Browser.metJavascript().inloggen("wijkagent-centrum")) {
            controleer(b, "/werkplek/huisverboden/" + id + "/overtredingen", "overtredingen-wijkagent");
            controleer(b, "/werkplek/", "werkvoorraad-wijkagent");
            controleer(b, "/werkplek/huisverboden", "lopende-zaken-wijkagent");
        }
        try (Browser b = Browser.metJavascript().inloggen("veilig-thuis")) {
            controleer(b, "/werkplek/", "werkvoorraad-veilig-thuis");
            b.volgLink("Uitloggen");
            assertThat(b.toegankelijkheidsfouten()).as("axe-core on the logout page").isEmpty();
            b.schermafdruk(MAP.resolve("afgemeld.png"));
        }
    }

    @Test
    void the_mayors_desk_and_veilig_thuis_case_forms_are_accessible() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        Api.as("zorgcoordinator").post("/api/v1/huisverboden/" + id + "/verlengingsadvies",
                java.util.Map.of("advies", "VERLENGEN", "motivering", "Dreiging houdt aan", "gronden",
                        java.util.List.of("DREIGING_HOUDT_AAN")))
                .statusCode(200);
        try (Browser b = Browser.metJavascript().inloggen("gemeente")) {
            controleer(b, "/werkplek/huisverboden/" + id, "zaak-gemeente-verlengen");
        }
        String nieuw = Cases.imposed(Cases.valid(Instant.now().minusSeconds(3600)));
        try (Browser b = Browser.metJavascript().inloggen("veilig-thuis")) {
            controleer(b, "/werkplek/huisverboden/" + nieuw, "zaak-veilig-thuis-toewijzen");
        }
    }

    /** Issue 33: the UHG's page, as his coordinator (forms, history) and as the victims' coordinator (shielded). */
    @Test
    void the_uhgs_page_is_accessible_for_both_coordinators() {
        String[] z = Cases.metTweeCoordinatoren();
        Api.as("politie-thv").put("/api/v1/huisverboden/" + z[0] + "/betrokkenen/" + z[1] + "/verblijf", java.util.Map.of(
                "soort", "HOTEL", "adres", "Hotel aan het IJ", "sinds", java.time.LocalDate.now().toString(), "bron",
                "eigen verklaring")).statusCode(200);
        try (Browser b = Browser.metJavascript().inloggen("zorgcoordinator-2")) {
            controleer(b, "/werkplek/huisverboden/" + z[0] + "/uithuisgeplaatste", "uithuisgeplaatste-zijn-coordinator");
            b.vul("politieverzoek-soort", "BEGELEIDING").verstuur("Verzoek aan de politie sturen");
            assertThat(b.toegankelijkheidsfouten()).as("axe-core on the UHG page's form with errors").isEmpty();
        }
        try (Browser b = Browser.metJavascript().inloggen("zorgcoordinator")) {
            controleer(b, "/werkplek/huisverboden/" + z[0] + "/uithuisgeplaatste",
                    "uithuisgeplaatste-coordinator-slachtoffers");
        }
    }

    @Test
    void the_pages_of_care_that_carries_on_rihg_and_outcomes_are_accessible() {
        String id = Cases.imposedWithCoordinator(Instant.now().minusSeconds(3600));
        try (Browser b = Browser.metJavascript().inloggen("zorgcoordinator")) {
            controleer(b, "/werkplek/huisverboden/" + id + "/eindrapport", "eindrapport-zorgcoordinator");
            controleer(b, "/werkplek/huisverboden/" + id + "/gesprekken", "gesprekken-zorgcoordinator");
            b.verstuur("Gesprek vastleggen");
            assertThat(b.toegankelijkheidsfouten()).as("axe-core on the conversation form with errors").isEmpty();
            controleer(b, "/werkplek/huisverboden/" + id + "/nazorg", "nazorg-zorgcoordinator");
        }
        try (Browser b = Browser.metJavascript().inloggen("politie-thv")) {
            controleer(b, "/werkplek/rihg", "rihg-politie");
            controleer(b, "/werkplek/huisverboden/" + id + "/gesprekken", "gesprekken-politie-afgeschermd");
        }
        try (Browser b = Browser.metJavascript().inloggen("gemeente")) {
            controleer(b, "/werkplek/cijfers", "uitkomsten-gemeente");
        }
    }

    @Test
    void the_fgs_screen_is_accessible() {
        try (Browser b = Browser.metJavascript().inloggen("fg")) {
            controleer(b, "/werkplek/fg", "fg-noodtoegang-auditketen");
        }
    }
}
