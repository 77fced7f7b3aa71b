package nl.thvhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Keyset pages: one row more than shown is read, and only tells that a next page exists. */
class PaginaTest {

    @Test
    void a_short_read_is_the_last_page() {
        Pagina<Integer, Integer> p = Pagina.uit(List.of(1, 2), 2, i -> i);
        assertThat(p.items()).containsExactly(1, 2);
        assertThat(p.volgende()).isNull();
    }

    @Test
    void the_extra_row_is_cut_and_the_cursor_is_the_last_row_shown() {
        Pagina<Integer, Integer> p = Pagina.uit(List.of(1, 2, 3), 2, i -> i * 10);
        assertThat(p.items()).containsExactly(1, 2);
        assertThat(p.volgende()).isEqualTo(20);
    }

    @Test
    void the_page_size_is_at_least_one_and_at_most_the_maximum() {
        assertThat(Pagina.grootte(0)).isEqualTo(1);
        assertThat(Pagina.grootte(1000)).isEqualTo(Pagina.MAXIMUM);
        assertThat(Pagina.leesGrens(25)).isEqualTo(26);
    }
}
