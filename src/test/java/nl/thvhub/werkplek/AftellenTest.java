package nl.thvhub.werkplek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Deadlines in words, as the werkplek shows them: overdue said in text, the THV's day in its period. */
class AftellenTest {

    private static final Instant NU = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void a_deadline_within_two_days_counts_hours() {
        assertThat(Aftellen.tot(NU.plus(Duration.ofHours(26)), NU)).isEqualTo("nog 26 uur");
    }

    @Test
    void a_later_deadline_counts_days() {
        assertThat(Aftellen.tot(NU.plus(Duration.ofDays(3)).plusSeconds(60), NU)).isEqualTo("nog 3 dagen");
    }

    @Test
    void an_overdue_deadline_says_so_in_words() {
        assertThat(Aftellen.tot(NU.minus(Duration.ofHours(5)), NU)).isEqualTo("verlopen, 5 uur te laat");
        assertThat(Aftellen.tot(NU.minus(Duration.ofDays(4)), NU)).isEqualTo("verlopen, 4 dagen te laat");
    }

    @Test
    void the_third_day_of_a_thv_is_day_3_of_10() {
        Instant opgelegd = NU.minus(Duration.ofDays(2));
        assertThat(Aftellen.dag(opgelegd, opgelegd.plus(Duration.ofDays(10)), NU)).isEqualTo("dag 3 van 10");
    }

    @Test
    void an_extended_thv_counts_to_28() {
        Instant opgelegd = NU.minus(Duration.ofDays(12));
        assertThat(Aftellen.dag(opgelegd, opgelegd.plus(Duration.ofDays(28)), NU)).isEqualTo("dag 13 van 28");
    }
}
