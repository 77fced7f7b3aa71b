package nl.thvhub.huisverbod;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import nl.thvhub.privacy.SharingPolicy;

/** Every kind of history entry is named in the policy file, and the policy file names no other (plain JUnit). */
class GebeurtenissoortTest {

    @Test
    void the_policy_file_decides_every_kind_of_history_entry_and_no_unknown_one() {
        assertThat(SharingPolicy.load().onthulling().geschiedenis().keySet())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Gebeurtenissoort.values()).map(Enum::name).toList());
    }
}
