package nl.thvhub.notificaties.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The retry schedule of a failing webhook delivery, in plain JUnit: doubling from the base, capped, jittered. */
class TerugvalTest {

    private static final Duration BASIS = Duration.ofSeconds(30);
    private static final Duration MAX = Duration.ofHours(1);

    @Test
    void the_wait_doubles_with_every_failed_attempt() {
        assertThat(Bezorger.wachttijd(1, BASIS, MAX, 1.0)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Bezorger.wachttijd(2, BASIS, MAX, 1.0)).isEqualTo(Duration.ofSeconds(60));
        assertThat(Bezorger.wachttijd(5, BASIS, MAX, 1.0)).isEqualTo(Duration.ofSeconds(480));
    }

    @Test
    void the_wait_never_exceeds_the_cap_however_many_attempts_failed() {
        assertThat(Bezorger.wachttijd(8, BASIS, MAX, 1.0)).isEqualTo(MAX);
        assertThat(Bezorger.wachttijd(10_000, BASIS, MAX, 1.0)).isEqualTo(MAX);
    }

    @Test
    void jitter_spreads_the_wait_between_half_and_one_and_a_half_times() {
        assertThat(Bezorger.wachttijd(2, BASIS, MAX, 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(Bezorger.wachttijd(2, BASIS, MAX, 1.49)).isEqualTo(Duration.ofMillis(89_400));
    }

    @Test
    void a_first_attempt_counted_as_zero_waits_the_base() {
        assertThat(Bezorger.wachttijd(0, BASIS, MAX, 1.0)).isEqualTo(BASIS);
    }
}
