package nl.thvhub.statistiek.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The import's line reader: lines as readLine gives them, and a line past the bound skipped in constant memory. */
class RegellezerTest {

    private static List<Regellezer.Regel> alles(Reader in, int max) throws IOException {
        Regellezer lezer = new Regellezer(in, max);
        List<Regellezer.Regel> regels = new ArrayList<>();
        for (Regellezer.Regel r = lezer.volgende(); r != null; r = lezer.volgende()) {
            regels.add(r);
        }
        return regels;
    }

    @Test
    void reads_lines_ended_by_newline_or_crlf_and_a_last_line_without_one() throws IOException {
        assertThat(alles(new StringReader("a\nbb\r\n\nccc"), 10)).extracting(Regellezer.Regel::tekst)
                .containsExactly("a", "bb", "", "ccc");
        assertThat(alles(new StringReader(""), 10)).isEmpty();
        assertThat(alles(new StringReader("x\n"), 10)).extracting(Regellezer.Regel::tekst).containsExactly("x");
    }

    @Test
    void a_line_at_the_bound_is_read_and_one_past_it_is_too_long_and_the_next_line_goes_on() throws IOException {
        List<Regellezer.Regel> regels = alles(new StringReader("12345\r\n123456\nok"), 5);
        assertThat(regels).extracting(Regellezer.Regel::teLang).containsExactly(false, true, false);
        assertThat(regels).extracting(Regellezer.Regel::tekst).containsExactly("12345", null, "ok");
    }

    @Test
    void a_line_of_fifty_million_characters_is_skipped_without_holding_it() throws IOException {
        long lang = 50_000_000L;
        Reader bron = new Reader() {

            private long geleverd;
            private final String staart = "\n{\"na\":1}\n";
            private int staartPositie;

            @Override
            public int read(char[] buf, int off, int len) {
                if (geleverd < lang) {
                    int n = (int) Math.min(len, lang - geleverd);
                    java.util.Arrays.fill(buf, off, off + n, 'x');
                    geleverd += n;
                    return n;
                }
                if (staartPositie == staart.length()) {
                    return -1;
                }
                int n = Math.min(len, staart.length() - staartPositie);
                staart.getChars(staartPositie, staartPositie + n, buf, off);
                staartPositie += n;
                return n;
            }

            @Override
            public void close() {
            }
        };
        List<Regellezer.Regel> regels = alles(bron, 65_536);
        assertThat(regels).extracting(Regellezer.Regel::teLang).containsExactly(true, false);
        assertThat(regels.get(1).tekst()).isEqualTo("{\"na\":1}");
    }
}
