package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.SharingPolicy;

/**
 * A case read computes only the feature columns of the categories the reader could be shown (issue 37, item 2): the
 * police never pay for the care record, the OM for none of its plans, the coordinator for everything.
 */
class LeesvormTest {

    private static final SharingPolicy POLICY = new SharingPolicy();

    private static String kolommenVoor(Rol rol) {
        return Leesvorm.kolommen(POLICY.leesbereik(POLICY.regel(rol).orElseThrow()));
    }

    @Test
    void a_police_read_computes_no_column_of_the_care_record_nor_the_ggz_flags() {
        assertThat(kolommenVoor(Rol.POLITIE_THV)).doesNotContain("z.").doesNotContain("o.laatste_peilmoment")
                .doesNotContain("o.eindrapport").doesNotContain("o.zorgadvies").doesNotContain("s.ggz_signalen")
                .contains("s.overtredingen as overtredingen", "u.politieverzoek as politieverzoek",
                        "r.zsm_beoordeeld as zsm_beoordeeld");
    }

    @Test
    void the_om_reads_the_care_input_but_no_plan_contact_or_report_of_the_care_record() {
        assertThat(kolommenVoor(Rol.OM_ZSM)).contains("o.zorgadviesaanvraag as zorgadviesaanvraag")
                .doesNotContain("z.plan_tekst", "z.contacten", "o.eindrapport", "z.nazorg", "u.politieverzoek");
    }

    @Test
    void every_reader_reads_the_open_requests_its_decision_depends_on() {
        for (Rol rol : Rol.values()) {
            POLICY.regel(rol).ifPresent(r -> assertThat(Leesvorm.kolommen(POLICY.leesbereik(r)))
                    .contains("o.reclasseringsaanvraag as reclasseringsaanvraag", "u.ggzvraag as ggzvraag"));
        }
    }

    @Test
    void a_change_reads_every_column() {
        assertThat(Leesvorm.kolommen(Leesvorm.ALLES)).doesNotContain("null::").doesNotContain("'[]'::json as");
    }
}
