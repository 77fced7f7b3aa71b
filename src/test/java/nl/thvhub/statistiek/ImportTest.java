package nl.thvhub.statistiek;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Await;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.Tokens;

/**
 * The gemeente's bulk import of historical THVs: every line on its own, bad lines reported by number and never stored,
 * re-imports without duplicates, CSV like NDJSON, a large file streamed, and the import's place in repeat detection.
 */
@QuarkusTest
class ImportTest {

    private static final String PAD = "/api/v1/import/huisverboden";

    /** Posts a body and waits until the import is no longer BEZIG; its final status. */
    static JsonPath importeer(String user, String type, InputStream body) {
        String locatie = given().auth().oauth2(Tokens.of(user)).contentType(type).body(body).post(PAD).then()
                .statusCode(202).body("status", equalTo("BEZIG")).extract().header("Location");
        assertThat(locatie).contains("/api/v1/import/");
        String pad = locatie.substring(locatie.indexOf("/api/v1/import/"));
        JsonPath[] status = new JsonPath[1];
        Await.until("import " + locatie + " done", Duration.ofMinutes(3), () -> {
            status[0] = Api.as(user).get(pad).statusCode(200).extract().jsonPath();
            return !"BEZIG".equals(status[0].getString("status"));
        });
        return status[0];
    }

    static JsonPath importeer(String type, String body) {
        return importeer("gemeente", type, new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String lijn(String extern, String datum, String gemeente) {
        return "{\"externId\":\"" + extern + "\",\"opgelegdOp\":\"" + datum + "\",\"gemeente\":\"" + gemeente + "\"}";
    }

    @Test
    void each_bad_line_is_reported_by_its_number_and_stores_nothing_while_the_good_lines_are_stored() {
        String p = "T1-" + UUID.randomUUID() + "-";
        String body = String.join("\n", lijn(p + 1, "2016-01-10", "AMSTERDAM"), "{\"externId\": ",
                lijn(p + 3, "2016-02-10", "HAARLEM"), lijn(p + 4, "2016-03-10", "DIEMEN"), lijn(p + 5, "2016-02-30", "DIEMEN"),
                "",
                lijn(p + 7, "2016-04-10", "AALSMEER")) + "\n";
        JsonPath s = importeer(ImportResource_NDJSON, body);
        assertThat(s.getString("status")).isEqualTo("GEREED");
        assertThat(s.getInt("verwerkt")).isEqualTo(6);
        assertThat(s.getInt("geaccepteerd")).isEqualTo(3);
        assertThat(s.getInt("afgewezen")).isEqualTo(3);
        assertThat(s.<Integer>getList("fouten.regel")).containsExactlyInAnyOrder(2, 3, 5);
        assertThat(s.<String>getList("fouten.veld")).contains("gemeente", "opgelegdOp");
        assertThat(Db.count("historisch_huisverbod where extern_id like '" + p + "%'")).isEqualTo(3);
        assertThat(Db.count("historisch_huisverbod where extern_id in ('" + p + "3', '" + p + "5')")).isZero();
    }

    @Test
    void a_line_with_a_very_long_unknown_field_name_is_one_rejected_line_and_the_rest_is_stored() {
        String p = "T17-" + UUID.randomUUID() + "-";
        String lang = "x".repeat(300);
        String body = String.join("\n", lijn(p + 1, "2016-01-10", "AMSTERDAM"),
                "{\"externId\":\"" + p + "2\",\"opgelegdOp\":\"2016-01-11\",\"gemeente\":\"DIEMEN\",\"" + lang + "\":1}",
                lijn(p + 3, "2016-01-12", "AALSMEER")) + "\n";
        JsonPath s = importeer(ImportResource_NDJSON, body);
        assertThat(s.getString("status")).isEqualTo("GEREED");
        assertThat(s.getInt("geaccepteerd")).isEqualTo(2);
        assertThat(s.getInt("afgewezen")).isEqualTo(1);
        assertThat(s.<Integer>getList("fouten.regel")).containsExactly(2);
        assertThat(s.<String>getList("fouten.veld").get(0)).hasSize(100).startsWith("xxx").endsWith("…");
        assertThat(Db.count("historisch_huisverbod where extern_id like '" + p + "%'")).isEqualTo(2);
    }

    @Test
    void a_line_longer_than_the_bound_is_one_rejected_line_and_the_rest_is_stored() {
        String p = "T6-" + UUID.randomUUID() + "-";
        String body = String.join("\n", lijn(p + 1, "2016-01-10", "AMSTERDAM"),
                "{\"externId\":\"" + p + "2\",\"x\":\"" + "y".repeat(70_000) + "\"}", lijn(p + 3, "2016-01-12", "AALSMEER"))
                + "\n";
        JsonPath s = importeer(ImportResource_NDJSON, body);
        assertThat(s.getString("status")).isEqualTo("GEREED");
        assertThat(s.getInt("verwerkt")).isEqualTo(3);
        assertThat(s.getInt("afgewezen")).isEqualTo(1);
        assertThat(s.<Integer>getList("fouten.regel")).containsExactly(2);
        assertThat(s.<String>getList("fouten.reden").get(0)).contains("langer dan 65536 tekens");
        assertThat(Db.count("historisch_huisverbod where extern_id like '" + p + "%'")).isEqualTo(2);
    }

    @Test
    void a_retried_upload_under_the_same_idempotency_key_answers_the_first_import_and_another_body_is_422() {
        String p = "T8-" + UUID.randomUUID() + "-";
        byte[] body = (lijn(p + 1, "2016-06-01", "DIEMEN") + "\n").getBytes(StandardCharsets.UTF_8);
        String sleutel = UUID.randomUUID().toString();
        String id = given().auth().oauth2(Tokens.of("gemeente")).header("Idempotency-Key", sleutel)
                .contentType(ImportResource_NDJSON).body(body).post(PAD).then().statusCode(202).extract().path("id");
        given().auth().oauth2(Tokens.of("gemeente")).header("Idempotency-Key", sleutel).contentType(ImportResource_NDJSON)
                .body(body).post(PAD).then().statusCode(202).header("Idempotent-Replayed", "true").body("id", equalTo(id))
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/import/" + id));
        given().auth().oauth2(Tokens.of("gemeente")).header("Idempotency-Key", sleutel).contentType(ImportResource_NDJSON)
                .body((lijn(p + 2, "2016-06-02", "DIEMEN") + "\n").getBytes(StandardCharsets.UTF_8)).post(PAD).then()
                .statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of("gemeente")).header("Idempotency-Key", " ").contentType(ImportResource_NDJSON)
                .body(body).post(PAD).then().statusCode(400).body("invalidParams[0].name", equalTo("Idempotency-Key"));
        Await.until("import " + id + " done", Duration.ofMinutes(1),
                () -> Db.count("huisverbod_import where id = '" + id + "' and status = 'GEREED'") == 1);
        assertThat(Db.count("historisch_huisverbod where extern_id like '" + p + "%'")).isEqualTo(1);
    }

    @Test
    void an_upload_left_by_a_stop_is_removed_at_start_up_and_its_import_ends_failed() throws Exception {
        UUID id = UUID.randomUUID();
        Db.execute("insert into huisverbod_import (id, organisatie, door, formaat, status, gestart_op) values ('" + id
                + "', 'GEMEENTE', 'gemeente', 'NDJSON', 'BEZIG', now())");
        java.nio.file.Path map = java.nio.file.Path.of(config.importMap());
        java.nio.file.Files.createDirectories(map);
        java.nio.file.Path achtergelaten = java.nio.file.Files.writeString(map.resolve(id + ".ndjson"), "{}\n");
        java.nio.file.Path vreemd = java.nio.file.Files.writeString(map.resolve("iets-anders.tmp"), "x");
        importService.ruimOp(null);
        assertThat(achtergelaten).doesNotExist();
        assertThat(vreemd).doesNotExist();
        Api.as("gemeente").get("/api/v1/import/" + id).statusCode(200).body("status", equalTo("MISLUKT"))
                .body("reden", org.hamcrest.Matchers.containsString("onderbroken"));
    }

    @jakarta.inject.Inject
    nl.thvhub.statistiek.service.ImportService importService;

    @jakarta.inject.Inject
    nl.thvhub.statistiek.service.StatistiekConfig config;

    @Test
    void importing_the_same_extern_ids_again_creates_no_duplicate_and_changes_nothing() {
        String p = "T2-" + UUID.randomUUID() + "-";
        String body = lijn(p + 1, "2016-05-01", "AMSTERDAM") + "\n" + lijn(p + 2, "2016-05-02", "AMSTERDAM") + "\n";
        importeer(ImportResource_NDJSON, body);
        JsonPath again = importeer(ImportResource_NDJSON,
                body.replace("AMSTERDAM\"}", "AMSTERDAM\",\"verlengd\":true}"));
        assertThat(again.getInt("geaccepteerd")).isEqualTo(2);
        assertThat(Db.count("historisch_huisverbod where extern_id like '" + p + "%'")).isEqualTo(2);
        assertThat(Db.count("historisch_huisverbod where extern_id like '" + p + "%' and verlengd")).isZero();
    }

    @Test
    void a_csv_file_with_a_header_row_imports_like_ndjson() {
        String p = "T3-" + UUID.randomUUID() + "-";
        String csv = "externId,opgelegdOp,gemeente,verlengd,ingetrokken,aantalOvertredingen\r\n" + p
                + "1,2016-06-01,AMSTELVEEN,true,,2\r\n" + p + "2,2016-06-02,UITHOORN,,true,0\r\n" + p
                + "3,2016-06-03,AMSTELVEEN,misschien,,\r\n";
        JsonPath s = importeer("text/csv", csv);
        assertThat(s.getString("formaat")).isEqualTo("CSV");
        assertThat(s.getInt("geaccepteerd")).isEqualTo(2);
        assertThat(s.<Integer>getList("fouten.regel")).containsExactly(4);
        assertThat(
                Db.count("historisch_huisverbod where extern_id = '" + p + "1' and verlengd and aantal_overtredingen = 2"))
                .isEqualTo(1);
    }

    @Test
    void a_csv_file_without_the_required_columns_fails_as_a_whole() {
        JsonPath s = importeer("text/csv", "externId,gemeente\r\nX,AMSTERDAM\r\n");
        assertThat(s.getString("status")).isEqualTo("MISLUKT");
        assertThat(s.<String>getList("fouten.veld")).contains("opgelegdOp");
    }

    @Test
    void imported_persons_are_audited_one_line_each_and_count_in_repeat_detection_of_a_new_case() {
        String p = "T4-" + UUID.randomUUID();
        String naam = "Historische Pleger " + UUID.randomUUID().toString().substring(0, 8);
        importeer(ImportResource_NDJSON, "{\"externId\":\"" + p + "\",\"opgelegdOp\":\"2016-07-01\",\"gemeente\":\"AMSTERDAM\","
                + "\"betrokkenen\":[{\"rol\":\"UITHUISGEPLAATSTE\",\"naam\":\"" + naam + "\",\"geboortedatum\":\"1975-05-05\"},"
                + "{\"rol\":\"ACHTERBLIJVER\",\"naam\":\"Partner\",\"geboortedatum\":\"1977-07-07\"}]}\n");
        String zaak = Db.count("historisch_huisverbod where extern_id = '" + p + "'") == 1 ? p : null;
        assertThat(zaak).isNotNull();
        assertThat(Db.count("audit_regel where actie = 'IMPORTEREN' and betrokkene_id is not null and huisverbod_id in"
                + " (select id from historisch_huisverbod where extern_id = '" + p + "')")).isEqualTo(2);
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600));
        Cases.persons(body).stream().filter(b -> "UITHUISGEPLAATSTE".equals(b.get("rol"))).forEach(b -> {
            b.put("naam", naam);
            b.put("geboortedatum", "1975-05-05");
        });
        Api.as("politie-thv").post("/api/v1/huisverboden", body).statusCode(201).body("herhaling", equalTo(true));
    }

    /** Imports one historical THV in the gemeente naming this UHG; the import's id. */
    private static String importeerPleger(String user, String gemeente, String naam) {
        String body = "{\"externId\":\"T7-" + UUID.randomUUID() + "\",\"opgelegdOp\":\"2016-07-01\",\"gemeente\":\""
                + gemeente + "\",\"betrokkenen\":[{\"rol\":\"UITHUISGEPLAATSTE\",\"naam\":\"" + naam
                + "\",\"geboortedatum\":\"1975-05-05\"}]}\n";
        JsonPath s = importeer(user, ImportResource_NDJSON,
                new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(s.getInt("geaccepteerd")).isEqualTo(1);
        return s.getString("id");
    }

    /** Imposes a case whose UHG is this person; its id. */
    private static String zaakMetPleger(String naam) {
        Map<String, Object> body = Cases.valid(Instant.now().minusSeconds(600));
        Cases.persons(body).stream().filter(b -> "UITHUISGEPLAATSTE".equals(b.get("rol"))).forEach(b -> {
            b.put("naam", naam);
            b.put("geboortedatum", "1975-05-05");
        });
        return Cases.imposed(body);
    }

    @Test
    void a_repeat_found_only_in_an_import_names_the_import_as_its_ground() {
        String naam = "Geimporteerde Pleger " + UUID.randomUUID().toString().substring(0, 8);
        String importId = importeerPleger("gemeente", "AMSTERDAM", naam);
        String zaak = zaakMetPleger(naam);
        Api.as("om-zsm").get("/api/v1/huisverboden/" + zaak).statusCode(200).body("herhaling", equalTo(true))
                .body("herhalingVan.grond", equalTo("IMPORT")).body("herhalingVan.importId", equalTo(importId))
                .body("herhalingVan.huisverbodId", org.hamcrest.Matchers.nullValue())
                .body("herhalingVan.geimporteerdOp", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void the_importing_gemeente_withdraws_an_import_and_its_repeats_and_statistics_go_with_it() {
        String naam = "Ingetrokken Pleger " + UUID.randomUUID().toString().substring(0, 8);
        String importId = importeerPleger("gemeente", "AMSTERDAM", naam);
        String zaak = zaakMetPleger(naam);
        String pad = "/api/v1/import/" + importId;
        Api.as("gemeente-diemen").request().delete(pad).then().statusCode(403).contentType("application/problem+json");
        Api.as("politie-thv").request().delete(pad).then().statusCode(403);
        given().delete(pad).then().statusCode(401);
        Api.as("gemeente").request().delete(pad).then().statusCode(200).body("status", equalTo("INGETROKKEN"));
        assertThat(Db.count("historisch_huisverbod where import_id = '" + importId + "'")).isZero();
        Api.as("om-zsm").get("/api/v1/huisverboden/" + zaak).statusCode(200).body("herhaling", equalTo(false))
                .body("herhalingVan", org.hamcrest.Matchers.nullValue());
        assertThat(Db.count("audit_regel where actie = 'IMPORT_INGETROKKEN' and huisverbod_id = '" + zaak + "'"))
                .isEqualTo(1);
        Api.as("gemeente").request().delete(pad).then().statusCode(409);
        Api.as("gemeente").request().delete("/api/v1/import/" + UUID.randomUUID()).then().statusCode(404);
        // a new case of the same person repeats the real case, not the withdrawn import
        Api.as("om-zsm").get("/api/v1/huisverboden/" + zaakMetPleger(naam)).statusCode(200)
                .body("herhalingVan.grond", equalTo("PERSOON")).body("herhalingVan.huisverbodId", equalTo(zaak));
    }

    @Test
    void an_account_imports_only_for_the_gemeenten_it_acts_for() {
        String p = "T9-" + UUID.randomUUID() + "-";
        String body = lijn(p + 1, "2016-01-10", "DIEMEN") + "\n" + lijn(p + 2, "2016-01-11", "AMSTERDAM") + "\n";
        JsonPath s = importeer("gemeente-diemen", ImportResource_NDJSON,
                new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        assertThat(s.getInt("geaccepteerd")).isEqualTo(1);
        assertThat(s.<Integer>getList("fouten.regel")).containsExactly(2);
        assertThat(s.<String>getList("fouten.veld")).containsExactly("gemeente");
        assertThat(Db.count("historisch_huisverbod where extern_id = '" + p + "2'")).isZero();
    }

    @Test
    void a_hundred_thousand_lines_are_streamed_and_all_stored() {
        String p = "T5-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        int n = 100_000;
        JsonPath s = importeer("gemeente", ImportResource_NDJSON, new Regels(n, i -> lijn(p + i, "2017-0" + (1 + i % 9) + "-15",
                List.of("AMSTERDAM", "DIEMEN", "AMSTELVEEN").get(i % 3))));
        assertThat(s.getString("status")).isEqualTo("GEREED");
        assertThat(s.getInt("verwerkt")).isEqualTo(n);
        assertThat(s.getInt("afgewezen")).isZero();
        assertThat(Db.count("historisch_huisverbod where extern_id like '" + p + "%'")).isEqualTo(n);
    }

    @Test
    void only_the_gemeente_imports() {
        for (String user : List.of("politie-thv", "beleid", "zorgcoordinator", "fg")) {
            given().auth().oauth2(Tokens.of(user)).contentType(ImportResource_NDJSON)
                    .body(lijn("X", "2016-01-01", "AMSTERDAM").getBytes(StandardCharsets.UTF_8))
                    .post(PAD).then().statusCode(403);
        }
        given().contentType(ImportResource_NDJSON).body(lijn("X", "2016-01-01", "AMSTERDAM").getBytes(StandardCharsets.UTF_8))
                .post(PAD).then().statusCode(401);
    }

    @Test
    void a_json_array_is_not_an_import_format() {
        given().auth().oauth2(Tokens.of("gemeente")).contentType("application/json").body("[]".getBytes(StandardCharsets.UTF_8))
                .post(PAD).then()
                .statusCode(415);
    }

    @Test
    void an_unknown_import_is_not_found() {
        Api.as("gemeente").get("/api/v1/import/" + UUID.randomUUID()).statusCode(404);
    }

    static final String ImportResource_NDJSON = "application/x-ndjson";

    /** NDJSON lines generated as they are read: the test never holds the file in memory either. */
    static final class Regels extends InputStream {

        private final int aantal;
        private final java.util.function.IntFunction<String> regel;
        private int volgende;
        private byte[] huidig = new byte[0];
        private int positie;

        Regels(int aantal, java.util.function.IntFunction<String> regel) {
            this.aantal = aantal;
            this.regel = regel;
        }

        @Override
        public int read() {
            if (positie == huidig.length) {
                if (volgende == aantal) {
                    return -1;
                }
                huidig = (regel.apply(volgende++) + "\n").getBytes(StandardCharsets.UTF_8);
                positie = 0;
            }
            return huidig[positie++] & 0xff;
        }
    }
}
