package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.thvhub.huisverbod.Zaakstandbron;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.SharingPolicy;

/**
 * A case read computes only the feature columns of the categories the reader could be shown (issue 37, item 2): the
 * police never pay for the care record, the OM for none of its plans, the coordinator for everything. A table outside
 * the reader's reach is not even named in its statement, so PostgreSQL neither plans nor locks it.
 */
class LeesvormTest {

    private static final SharingPolicy POLICY = new SharingPolicy();
    private static final Leesvorm LEESVORM = new Leesvorm(Zaakstanden.alle());

    private static String kolommenVoor(Rol rol) {
        return LEESVORM.kolommen(POLICY.leesbereik(POLICY.regel(rol).orElseThrow()));
    }

    @Test
    void a_police_read_names_no_table_of_the_care_record_nor_the_ggz_flags() {
        assertThat(kolommenVoor(Rol.POLITIE_THV))
                .doesNotContain("from zorgdocument ", "from contactmoment ", "from verwijzing ", "from nazorg ",
                        "from peilmoment ", "from opvolging_eindrapport ", "from opvolging_zorgadvies ",
                        "from zorgadviesaanvraag ", "from ggz_signaal ")
                .contains("from overtreding ", "from politieverzoek ", "from afdoening ");
    }

    @Test
    void the_om_reads_the_care_input_but_no_plan_contact_or_report_of_the_care_record() {
        assertThat(kolommenVoor(Rol.OM_ZSM)).contains("from zorgadviesaanvraag ", "from opvolging_zorgadvies ")
                .doesNotContain("from zorgdocument ", "from contactmoment ", "from opvolging_eindrapport ", "from nazorg ",
                        "from politieverzoek ");
    }

    @Test
    void every_reader_reads_the_open_requests_its_decision_depends_on() {
        for (Rol rol : Rol.values()) {
            POLICY.regel(rol).ifPresent(r -> assertThat(LEESVORM.kolommen(POLICY.leesbereik(r)))
                    .contains("from reclasseringsadvies ", "from ggzvraag ", "from huisverbod_import "));
        }
    }

    @Test
    void a_change_reads_every_column() {
        assertThat(LEESVORM.kolommen(Leesvorm.ALLES)).doesNotContain("null::").doesNotContain("'[]'::json as")
                .contains("from zorgdocument ", "from contactmoment ", "from ggz_signaal ", "from peilmoment ");
    }

    @Test
    void the_statement_does_not_depend_on_the_order_the_features_are_found_in() {
        List<Zaakstandbron> omgekeerd = new ArrayList<>(Zaakstanden.alle());
        java.util.Collections.reverse(omgekeerd);

        assertThat(new Leesvorm(omgekeerd).kolommen(Leesvorm.ALLES)).isEqualTo(LEESVORM.kolommen(Leesvorm.ALLES));
    }

    @Test
    void a_column_no_feature_publishes_stops_the_hub_from_starting() {
        List<Zaakstandbron> zonderStrafrecht = Zaakstanden.alle().stream()
                .filter(b -> b.kolommen().stream().noneMatch(k -> k.naam().equals("zsm_beoordeeld"))).toList();

        assertThatThrownBy(() -> new Leesvorm(zonderStrafrecht)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zsm_beoordeeld");
    }

    @Test
    void a_column_published_twice_stops_the_hub_from_starting() {
        List<Zaakstandbron> dubbel = new ArrayList<>(Zaakstanden.alle());
        dubbel.add(() -> List.of(Zaakstandbron.Kolom.altijd("ggzvraag", "null::json")));

        assertThatThrownBy(() -> new Leesvorm(dubbel)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("once");
    }
}
