package nl.thvhub.statistiek;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.thvhub.huisverbod.Gemeente;

/** A statistics row is built by name: every field is a grouping key, a measure, a median or the suppressed list. */
class StatistiekregelTest {

    @Test
    void every_measure_lands_in_the_field_of_its_name_and_the_keys_in_theirs() {
        Long[] maten = new Long[Statistiekregel.MATEN.size()];
        for (int i = 0; i < maten.length; i++) {
            maten[i] = (long) i;
        }
        Object[] sleutels = {2026, null, "AMSTERDAM", null, "PARTNERGEWELD", null, null, true, null};
        sleutels[2] = Gemeente.AMSTERDAM;
        Statistiekregel r = Statistiekregel.van(sleutels, maten, 3.5, 40.0, List.of("rihg"));
        assertThat(r.jaar()).isEqualTo(2026);
        assertThat(r.gemeente()).isEqualTo(Gemeente.AMSTERDAM);
        assertThat(r.geweldType()).isEqualTo("PARTNERGEWELD");
        assertThat(r.herhaald()).isTrue();
        assertThat(r.aantal()).isZero();
        assertThat(r.rihgMetThv()).isEqualTo(Statistiekregel.MATEN.indexOf("rihgMetThv"));
        assertThat(r.dreigingAfgenomenJa()).isEqualTo(Statistiekregel.MATEN.indexOf("dreigingAfgenomenJa"));
        assertThat(r.wachttijdMediaanDagen()).isEqualTo(3.5);
        assertThat(r.monitoringDuurMediaanDagen()).isEqualTo(40.0);
        assertThat(r.onderdrukt()).containsExactly("rihg");
    }

    @Test
    void the_csv_keeps_the_columns_of_before_first_so_consumers_reading_by_position_keep_working() {
        List<String> velden = Arrays.stream(Statistiekregel.class.getRecordComponents()).map(c -> c.getName()).toList();
        assertThat(velden.subList(0, 33)).startsWith("jaar", "kwartaal", "gemeente", "regio", "aantal")
                .endsWith("ingetrokkenAnders", "wachttijdMediaanDagen");
    }
}
