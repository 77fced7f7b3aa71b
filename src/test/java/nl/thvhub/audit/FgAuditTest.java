package nl.thvhub.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;

/** The privacy officer's queries, CSV export and the data-subject access report. */
@QuarkusTest
class FgAuditTest {

    private String[] caseReadByPoliceAndCoordinator(boolean strafrecht) {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600));
        body.put("strafrechtelijkTraject", strafrecht);
        var created = Api.as("politie-thv").post("/api/v1/huisverboden", body).statusCode(201).extract();
        String id = created.path("id");
        String uhg = created.path("betrokkenen.find { it.rol == 'UITHUISGEPLAATSTE' }.id");
        Api.as("veilig-thuis")
                .post("/api/v1/huisverboden/" + id + "/toewijzingen",
                        Map.of("rol", "ZORGCOORDINATOR", "gebruikersnaam", "zorgcoordinator"))
                .statusCode(200);
        Api.as("zorgcoordinator").get("/api/v1/huisverboden/" + id).statusCode(200);
        Api.as("om-zsm").get("/api/v1/huisverboden/" + id).statusCode(200);
        return new String[]{id, uhg};
    }

    @Test
    void the_fg_queries_the_log_by_case_and_organisation_and_pages_without_totals() {
        String id = caseReadByPoliceAndCoordinator(true)[0];
        List<String> orgs = Api.as("fg").get("/api/v1/audit?huisverbodId=" + id).statusCode(200)
                .body("$", not(org.hamcrest.Matchers.hasKey("totaal")))
                .extract().path("items.actorOrganisatie");
        assertThat(orgs).contains("POLITIE", "BLIJF_GROEP", "OM", "VEILIG_THUIS");
        List<String> om = Api.as("fg").get("/api/v1/audit?huisverbodId=" + id + "&organisatie=OM").extract()
                .path("items.actorOrganisatie");
        assertThat(om).isNotEmpty().containsOnly("OM");
        String next = Api.as("fg").get("/api/v1/audit?huisverbodId=" + id + "&limiet=2").extract().path("volgende");
        assertThat(next).isNotNull();
        Api.as("zorgcoordinator").get("/api/v1/audit").statusCode(403);
    }

    @Test
    void the_csv_export_has_a_header_escapes_fields_and_is_itself_audited() {
        String id = caseReadByPoliceAndCoordinator(true)[0];
        String csv = Api.as("fg").request().accept("text/csv").get("/api/v1/audit?huisverbodId=" + id).then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        assertThat(csv).startsWith("id,tijdstip,traceId,").contains("\r\n").contains("OM");
        List<String> acties = Api.as("fg").get("/api/v1/audit?actor=fg&limiet=5").extract().path("items.actie");
        assertThat(acties).contains("AUDIT_EXPORT");
    }

    @Test
    void the_access_report_names_organisations_and_purposes_but_no_employees_and_defers_police_and_om_while_open() {
        String[] c = caseReadByPoliceAndCoordinator(true);
        var report = Api.as("fg").get("/api/v1/inzage/" + c[1]).statusCode(200).body("betrokkeneId", equalTo(c[1]))
                .body("mogelijkUitgesteld", equalTo(true)).body("regels.organisatie", hasItem("BLIJF_GROEP"))
                .body("regels.organisatie", not(hasItem("OM"))).body("regels.organisatie", not(hasItem("POLITIE"))).extract()
                .asString();
        assertThat(report).doesNotContain("zorgcoordinator\"").doesNotContain("actorGebruiker").doesNotContain("om-zsm");
        Api.as("fg").get("/api/v1/inzage/" + c[1]).body("regels[0]", org.hamcrest.Matchers.hasKey("doel"))
                .body("regels[0]", org.hamcrest.Matchers.hasKey("categorieen"));
        Api.as("gemeente").get("/api/v1/inzage/" + c[1]).statusCode(403);
    }

    @Test
    void once_the_case_is_withdrawn_and_has_no_criminal_track_police_entries_appear() {
        String[] c = caseReadByPoliceAndCoordinator(false);
        Api.as("gemeente").post("/api/v1/huisverboden/" + c[0] + "/intrekking", Map.of("reden", "Onterecht")).statusCode(200);
        Api.as("fg").get("/api/v1/inzage/" + c[1]).statusCode(200).body("mogelijkUitgesteld", equalTo(false))
                .body("regels.organisatie", hasItem("POLITIE")).body("regels.organisatie", hasItem("OM"));
    }

    @Test
    void an_emergency_reason_written_as_a_formula_reaches_the_csv_export_neutralised() {
        String id = caseReadByPoliceAndCoordinator(false)[0];
        Api.as("wijkagent-zuidoost").request().header("Noodtoegang", "=HYPERLINK(\"http://evil.example\",\"klik\")")
                .get("/api/v1/huisverboden/" + id).then().statusCode(200);
        String csv = Api.as("fg").request().accept("text/csv").get("/api/v1/audit?huisverbodId=" + id).then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains(",\"'=HYPERLINK(").doesNotContain(",=HYPERLINK(");
    }
}
