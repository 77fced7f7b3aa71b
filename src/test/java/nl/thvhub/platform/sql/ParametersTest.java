package nl.thvhub.platform.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Named parameters translated to positional SQL, in plain JUnit. */
class ParametersTest {

    @Test
    void each_name_gets_one_number_in_order_of_first_use() {
        Parameters.Vertaling v = Parameters.vertaal("insert into t (a, b, c) values (#{a}, #{nu}, #{nu})");
        assertThat(v.sql()).isEqualTo("insert into t (a, b, c) values ($1, $2, $2)");
        assertThat(v.namen()).containsExactly("a", "nu");
    }

    @Test
    void casts_and_other_text_are_left_alone() {
        Parameters.Vertaling v = Parameters.vertaal("select * from unnest(#{ids}::uuid[]) where x = '#' and y::text = 'z'");
        assertThat(v.sql()).isEqualTo("select * from unnest($1::uuid[]) where x = '#' and y::text = 'z'");
    }

    @Test
    void a_template_is_translated_once() {
        String t = "update t set a = #{a} where id = #{id}";
        assertThat(Parameters.vertaal(t)).isSameAs(Parameters.vertaal(t));
    }
}
