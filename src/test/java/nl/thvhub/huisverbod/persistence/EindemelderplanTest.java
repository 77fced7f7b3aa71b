package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Db;

/**
 * The end announcer's poll runs every minute on every instance: it must be answerable from the partial index of cases
 * still to be told (V45), so its cost follows what is pending and not every case ever kept (issue 37).
 */
@QuarkusTest
class EindemelderplanTest {

    @Test
    void the_end_announcers_poll_reads_the_index_of_cases_still_to_be_told() {
        // sequential scans priced out: on a test database's few rows the planner would rightly prefer one, so what is
        // checked is that the index can answer the poll at all
        String plan = Db.planAsRuntimeRole(
                OnderhoudRepository.EINDE_NIET_GEMELD.replace("$1", "now()").replace("$2", "500"), "enable_seqscan = off");

        assertThat(plan).as(plan).contains("huisverbod_einde_te_melden").doesNotContain("Seq Scan on huisverbod");
    }
}
