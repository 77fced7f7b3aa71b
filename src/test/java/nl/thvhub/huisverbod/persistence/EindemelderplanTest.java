package nl.thvhub.huisverbod.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

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
        String plan = plan(OnderhoudRepository.EINDE_NIET_GEMELD.replace("$1", "now()").replace("$2", "500"));

        assertThat(plan).as(plan).contains("huisverbod_einde_te_melden").doesNotContain("Seq Scan on huisverbod");
    }

    /** The plan as the runtime role gets it, with sequential scans priced out: on a test database's few rows the
     * planner would rightly prefer one, so what is checked is that the index can answer the poll at all. */
    private static String plan(String sql) {
        StringBuilder plan = new StringBuilder();
        try (Connection c = Db.connectAsRuntimeRole(); Statement s = c.createStatement()) {
            s.execute("set enable_seqscan = off");
            try (ResultSet rs = s.executeQuery("explain " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return plan.toString();
    }
}
