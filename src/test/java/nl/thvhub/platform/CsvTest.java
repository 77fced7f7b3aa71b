package nl.thvhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV cells: RFC 4180 quoting, and no cell a spreadsheet would run as a formula (OWASP CSV injection). */
class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"})
    void a_cell_that_starts_like_a_formula_is_neutralised(String cell) {
        String escaped = Csv.escape(cell);
        assertThat(escaped).startsWith("\"'");
        assertThat(escaped.substring(1)).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-")
                .doesNotStartWith("@");
    }

    @Test
    void an_ordinary_cell_is_left_as_it_is() {
        assertThat(Csv.escape("THV-2026-000123")).isEqualTo("THV-2026-000123");
        assertThat(Csv.escape("a,b")).isEqualTo("\"a,b\"");
        assertThat(Csv.escape("zeg \"hoi\"")).isEqualTo("\"zeg \"\"hoi\"\"\"");
        assertThat(Csv.escape(null)).isEmpty();
    }
}
