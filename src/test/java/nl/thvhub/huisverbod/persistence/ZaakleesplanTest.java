package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.platform.sql.Where;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.SharingPolicy;
import nl.thvhub.testing.Db;

/**
 * The case read's plan, as the runtime role gets it: the features' columns are subqueries of the case, so the case table
 * is scanned once however many features publish columns (a view per feature joined it to itself once each, issue 30's
 * page of 50) and nothing is joined, and a reader's reach still decides which features' tables are read at all (issue
 * 37, item 2).
 */
@QuarkusTest
class ZaakleesplanTest {

    private static final Pattern SCAN_VAN_ZAAK = Pattern.compile("Scan (using \\S+ )?on huisverbod ");

    private final SharingPolicy policy = new SharingPolicy();

    @Inject
    HuisverbodRepository repository;

    @Test
    void the_case_read_with_every_feature_scans_the_case_table_once() {
        String plan = plan(Leesvorm.ALLES);

        assertThat(scansVanZaak(plan)).as(plan).isEqualTo(1);
        String hoofdplan = plan.lines().takeWhile(r -> !r.contains("SubPlan")).collect(Collectors.joining("\n"));
        assertThat(hoofdplan).as("nothing is joined to the case: " + plan).contains("on huisverbod h")
                .doesNotContain("Join", "Nested Loop");
        assertThat(plan).contains("peilmoment", "zorgdocument", "overtreding", "afdoening", "politieverzoek");
    }

    @Test
    void a_police_read_does_not_touch_the_care_and_follow_through_tables() {
        Set<Categorie> bereik = policy.leesbereik(policy.regel(Rol.POLITIE_THV).orElseThrow());

        String plan = plan(bereik);

        assertThat(scansVanZaak(plan)).as(plan).isEqualTo(1);
        assertThat(plan).doesNotContain("peilmoment", "contactmoment", "zorgdocument", "nazorg", "zorgadviesaanvraag");
    }

    /** The plan of a page of 50 for a reader with this reach, as the runtime role gets it. */
    private String plan(Set<Categorie> bereik) {
        HuisverbodRepository.Lezer lezer = new HuisverbodRepository.Lezer(Organisatie.OM, "zsm-beoordeling", "plan",
                Instant.EPOCH, bereik);
        Where where = lezer.where().en("h.id = ?", UUID.randomUUID());
        String lees = repository.findOne(where, lezer).replace("$1", "'OM'").replace("$2", "'zsm-beoordeling'")
                .replace("$3", "'plan'").replace("$4", "now()").replace("$5", "'" + UUID.randomUUID() + "'")
                + " order by h.opgelegd_op desc, h.id desc limit 50";
        return Db.planAsRuntimeRole(lees);
    }

    private static int scansVanZaak(String plan) {
        Matcher m = SCAN_VAN_ZAAK.matcher(plan);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
