package nl.thvhub.statistiek;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The median from counts per day is the median of the days themselves (percentile_cont(0.5)). */
class MediaanTest {

    @Test
    void nothing_counted_has_no_median() {
        assertThat(new Mediaan().mediaan()).isNull();
    }

    @Test
    void an_odd_number_of_values_has_the_middle_one() {
        assertThat(new Mediaan().tel(3, 1).tel(10, 1).tel(4, 1).mediaan()).isEqualTo(4.0);
    }

    @Test
    void an_even_number_of_values_has_the_mean_of_the_middle_two() {
        assertThat(new Mediaan().tel(3, 1).tel(4, 1).mediaan()).isEqualTo(3.5);
        assertThat(new Mediaan().tel(1, 2).tel(8, 2).mediaan()).isEqualTo(4.5);
    }

    @Test
    void many_values_on_one_day_count_each() {
        assertThat(new Mediaan().tel(2, 5).tel(9, 4).mediaan()).isEqualTo(2.0);
        assertThat(new Mediaan().tel(2, 5).tel(9, 5).mediaan()).isEqualTo(5.5);
    }

    @Test
    void counts_that_cancel_out_leave_no_median() {
        assertThat(new Mediaan().tel(7, 3).tel(7, -3).mediaan()).isNull();
    }
}
