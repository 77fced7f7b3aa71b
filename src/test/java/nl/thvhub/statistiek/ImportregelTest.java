package nl.thvhub.statistiek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.thvhub.huisverbod.Gemeente;

/** One import line, checked on its own, in milliseconds. */
class ImportregelTest {

    private static final Instant NU = Instant.parse("2026-06-01T10:00:00Z");

    private static List<String> velden(Importregel.Uitkomst u) {
        return u.fouten().stream().map(f -> f.veld() + ": " + f.reden()).toList();
    }

    @Test
    void a_complete_line_is_a_historical_thv() {
        Importregel.Uitkomst u = Importregel.uitJson(
                """
                        {"externId":"AMS-1","opgelegdOp":"2019-03-14","gemeente":"AMSTERDAM","wijk":"centrum","verlengd":true,
                         "aantalOvertredingen":2,"geweldType":"PARTNERGEWELD","betrokkenen":[{"rol":"UITHUISGEPLAATSTE","naam":"P. Jansen","geboortedatum":"1980-01-01"}]}
                        """
                        .replace("\n", ""),
                1, NU);
        assertThat(u.geldig()).as(velden(u).toString()).isTrue();
        assertThat(u.historisch().gemeente()).isEqualTo(Gemeente.AMSTERDAM);
        assertThat(u.historisch().verlengd()).isTrue();
        assertThat(u.historisch().ingetrokken()).isFalse();
        assertThat(u.historisch().aantalOvertredingen()).isEqualTo(2);
        assertThat(u.historisch().betrokkenen()).hasSize(1);
    }

    @Test
    void malformed_json_is_reported_by_its_line() {
        Importregel.Uitkomst u = Importregel.uitJson("{\"externId\": ", 7, NU);
        assertThat(u.geldig()).isFalse();
        assertThat(u.fouten()).singleElement().satisfies(f -> assertThat(f.regel()).isEqualTo(7));
    }

    @Test
    void an_unknown_gemeente_an_impossible_date_and_an_unknown_field_are_each_named() {
        Importregel.Uitkomst u = Importregel.uitJson(
                "{\"externId\":\"X\",\"opgelegdOp\":\"2021-02-30\",\"gemeente\":\"HAARLEM\",\"kleur\":\"blauw\"}", 3, NU);
        assertThat(velden(u)).anyMatch(v -> v.startsWith("opgelegdOp:")).anyMatch(v -> v.startsWith("gemeente:"))
                .anyMatch(v -> v.startsWith("kleur:"));
    }

    @Test
    void a_thv_before_the_law_or_in_the_future_cannot_exist() {
        assertThat(velden(Importregel.uitJson("{\"externId\":\"X\",\"opgelegdOp\":\"2008-12-31\",\"gemeente\":\"DIEMEN\"}", 1,
                NU))).singleElement().asString().startsWith("opgelegdOp:");
        assertThat(velden(Importregel.uitJson("{\"externId\":\"X\",\"opgelegdOp\":\"2027-01-01\",\"gemeente\":\"DIEMEN\"}", 1,
                NU))).singleElement().asString().contains("toekomst");
    }

    @Test
    void types_are_not_coerced() {
        assertThat(velden(Importregel.uitJson(
                "{\"externId\":\"X\",\"opgelegdOp\":\"2019-01-01\",\"gemeente\":\"DIEMEN\",\"verlengd\":\"ja\",\"aantalOvertredingen\":1.5}",
                1, NU))).hasSize(2);
    }

    @Test
    void a_csv_record_under_its_header_reads_the_same_fields() {
        List<String> kop = nl.thvhub.platform.csv.CsvTabel.cellen("externId,opgelegdOp,gemeente,verlengd,wijk");
        assertThat(Importregel.controleerKop(kop)).isEmpty();
        Importregel.Uitkomst u = Importregel.uitCsv(kop,
                nl.thvhub.platform.csv.CsvTabel.cellen("\"AA-1\",2020-05-05T10:00:00+02:00,AALSMEER,TRUE,\"oost, noord\""),
                2, NU);
        assertThat(u.geldig()).as(velden(u).toString()).isTrue();
        assertThat(u.historisch().wijk()).isEqualTo("oost, noord");
        assertThat(u.historisch().verlengd()).isTrue();
    }

    @Test
    void a_csv_header_without_the_required_columns_is_refused() {
        assertThat(Importregel.controleerKop(List.of("externId", "gemeente", "betrokkenen")))
                .extracting(Importstatus.Fout::veld).containsExactlyInAnyOrder("betrokkenen", "opgelegdOp");
    }

    @Test
    void an_open_quote_is_not_a_record() {
        assertThat(nl.thvhub.platform.csv.CsvTabel.cellen("a,\"b")).isNull();
        assertThat(nl.thvhub.platform.csv.CsvTabel.cellen("a,\"b \"\"c\"\"\",")).containsExactly("a", "b \"c\"", "");
    }
}
