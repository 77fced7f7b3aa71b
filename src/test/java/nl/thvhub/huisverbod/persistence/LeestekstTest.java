package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Where;
import nl.thvhub.privacy.SharingPolicy;

/**
 * A case read's statement text is one instance per reach and condition (issue 37): the SQL client finds its prepared
 * statement by the text, so the same read for the next request must not be a new 5 KB string to hash and compare.
 */
class LeestekstTest {

    private final SharingPolicy policy = new SharingPolicy();
    private final HuisverbodRepository repository = Zaakstanden.repository();

    private HuisverbodRepository.Lezer lezer(Rol rol, Organisatie org) {
        return new HuisverbodRepository.Lezer(org, "doel", "sub", Instant.EPOCH,
                policy.leesbereik(policy.regel(rol).orElseThrow()));
    }

    private String lees(HuisverbodRepository.Lezer lezer) {
        Where where = lezer.where().en("h.id = ?", UUID.randomUUID());
        return repository.findOne(where, lezer);
    }

    @Test
    void the_same_read_for_another_case_is_the_same_text_instance() {
        assertThat(lees(lezer(Rol.OM_ZSM, Organisatie.OM))).isSameAs(lees(lezer(Rol.OM_ZSM, Organisatie.OM)));
    }

    @Test
    void another_reach_is_another_text() {
        String om = lees(lezer(Rol.OM_ZSM, Organisatie.OM));
        String politie = lees(lezer(Rol.POLITIE_THV, Organisatie.POLITIE));
        assertThat(politie).isNotEqualTo(om);
        assertThat(lees(lezer(Rol.POLITIE_THV, Organisatie.POLITIE))).isSameAs(politie);
    }

    @Test
    void the_kept_text_is_the_text_built_from_its_parts() {
        HuisverbodRepository.Lezer lezer = lezer(Rol.OM_ZSM, Organisatie.OM);
        String eerst = lees(lezer);
        assertThat(lees(lezer)).isEqualTo(eerst).contains("select h.*", "from huisverbod h").endsWith("h.id = $5");
    }
}
