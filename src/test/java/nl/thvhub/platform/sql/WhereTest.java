package nl.thvhub.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The WHERE builder numbers its parameters itself, in the order the values are added. */
class WhereTest {

    @Test
    void no_condition_is_an_empty_clause() {
        assertThat(new Where().sql()).isEmpty();
    }

    @Test
    void each_question_mark_becomes_the_next_numbered_parameter() {
        Where w = new Where().en("a = ?", 1).en("(b, c) < (?, ?)", "x", "y");
        assertThat(w.sql()).isEqualTo(" where a = $1 and (b, c) < ($2, $3)");
        assertThat(w.tuple().size()).isEqualTo(3);
        assertThat(w.tuple().getValue(1)).isEqualTo("x");
    }

    @Test
    void parameters_outside_the_clause_share_the_numbering() {
        Where w = new Where();
        assertThat(w.param("lezer")).isEqualTo("$1");
        w.en("h.id = ?", "zaak");
        assertThat(w.sql()).isEqualTo(" where h.id = $2");
        assertThat(" limit " + w.param(10)).isEqualTo(" limit $3");
    }

    @Test
    void a_placeholder_without_a_value_or_a_value_without_a_placeholder_is_a_bug_caught_at_once() {
        assertThatThrownBy(() -> new Where().en("a = ? and b = ?", 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Where().en("a = ?", 1, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
