package nl.thvhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.thvhub.platform.csv.Csvvoorkeur;

/** CSV only when the client prefers it: a generated client naming both media types gets JSON. */
class CsvvoorkeurTest {

    @Test
    void csv_alone_is_csv() {
        assertThat(Csvvoorkeur.wilCsv("text/csv")).isTrue();
    }

    @Test
    void both_listed_as_a_generated_client_does_is_json() {
        assertThat(Csvvoorkeur.wilCsv("application/json, text/csv, application/problem+json")).isFalse();
    }

    @Test
    void csv_with_the_higher_quality_is_csv() {
        assertThat(Csvvoorkeur.wilCsv("application/json;q=0.5, text/csv")).isTrue();
    }

    @Test
    void csv_beside_a_wildcard_is_csv() {
        assertThat(Csvvoorkeur.wilCsv("text/csv, */*")).isTrue();
    }

    @Test
    void no_accept_header_is_json() {
        assertThat(Csvvoorkeur.wilCsv(null)).isFalse();
        assertThat(Csvvoorkeur.wilCsv("*/*")).isFalse();
    }
}
