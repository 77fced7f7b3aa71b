package nl.thvhub.platform.csv;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hub's one CSV writer and reader, in plain JUnit: RFC 4180 quoting, a header and CRLF, no cell a spreadsheet would
 * run as a formula (OWASP CSV injection), and the reader undoing what the writer does.
 */
class CsvTabelTest {

    private static String cel(Object waarde) {
        String tekst = CsvTabel.met("a").regel(waarde).tekst();
        return tekst.substring("a\r\n".length(), tekst.length() - 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"})
    void a_cell_that_starts_like_a_formula_gets_an_apostrophe_first(String formule) {
        String geschreven = cel(formule);
        String zonderAanhalingsteken = geschreven.startsWith("\"") ? geschreven.substring(1) : geschreven;
        assertThat(zonderAanhalingsteken).startsWith("'");
        assertThat(CsvTabel.cellen(geschreven)).containsExactly("'" + formule);
    }

    @Test
    void an_ordinary_cell_is_left_as_it_is_and_quoted_only_where_it_must_be() {
        assertThat(cel("THV-2026-000123")).isEqualTo("THV-2026-000123");
        assertThat(cel("a,b")).isEqualTo("\"a,b\"");
        assertThat(cel("zeg \"hoi\"")).isEqualTo("\"zeg \"\"hoi\"\"\"");
        assertThat(cel("twee\nregels")).isEqualTo("\"twee\nregels\"");
        assertThat(cel(null)).isEmpty();
        assertThat(cel(42)).isEqualTo("42");
    }

    @Test
    void a_table_has_its_header_and_crlf_line_ends() {
        assertThat(CsvTabel.met("soort", "aantal").regel("A", 1).regel(null, 2).tekst())
                .isEqualTo("soort,aantal\r\nA,1\r\n,2\r\n");
    }

    @Test
    void a_row_with_another_number_of_cells_than_columns_is_a_programming_error() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvTabel.met("a", "b").regel("x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_reader_splits_a_line_and_keeps_empty_cells() {
        assertThat(CsvTabel.cellen("AMS-1,2019-03-14,AMSTERDAM,,true")).containsExactly("AMS-1", "2019-03-14", "AMSTERDAM", "",
                "true");
        assertThat(CsvTabel.cellen("a,")).containsExactly("a", "");
        assertThat(CsvTabel.cellen("")).containsExactly("");
    }

    @Test
    void the_reader_undoes_quoting() {
        assertThat(CsvTabel.cellen("\"a,b\",\"zeg \"\"hoi\"\"\",c")).containsExactly("a,b", "zeg \"hoi\"", "c");
    }

    @Test
    void a_quote_left_open_is_no_record_because_a_record_may_not_span_lines() {
        assertThat(CsvTabel.cellen("a,\"open")).isNull();
    }
}
