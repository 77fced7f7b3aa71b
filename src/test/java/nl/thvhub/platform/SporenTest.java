package nl.thvhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spans are recorded where they are exported; exporting with nothing recorded is named at start. */
class SporenTest {

    @Test
    void no_exporter_and_no_recording_is_the_quiet_default() {
        assertThat(new Sporen("none", "always_off").exporteertNiets()).isFalse();
    }

    @Test
    void an_exporter_with_a_sampler_that_records_nothing_is_named() {
        assertThat(new Sporen("otlp", "always_off").exporteertNiets()).isTrue();
        assertThat(new Sporen("otlp", "parentbased_always_on").exporteertNiets()).isFalse();
    }
}
