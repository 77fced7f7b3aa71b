package nl.thvhub.statistiek;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Db;
import nl.thvhub.testing.TestClock;

/**
 * The statistics' summary kept current (issue 37.4): every read counts every write committed before it, a case that
 * changes moves from its old cell to its new one, the cells are exactly the sum of the cases' rows, and a rebuild from
 * the cases gives the same figures. The statistics are shared by every test, so each figure is read as a change.
 */
@QuarkusTest
class SamenvattingTest {

    /** Cells (and day distributions) that differ from the sum of the cases' rows: none, in either direction. */
    private static final String CELLEN_VERSCHIL = """
            (select jaar, kwartaal, gemeente, geweld_type, geweld_ernst, intieme_terreur, herhaald, straftraject, tellingen
               from statistiek_cel
             except
             select jaar, kwartaal, gemeente, geweld_type, geweld_ernst, intieme_terreur, herhaald, straftraject,
                    array_agg(s order by i)
               from (select jaar, kwartaal, gemeente, geweld_type, geweld_ernst, intieme_terreur, herhaald, straftraject, i,
                            sum(v)::bigint as s
                       from statistiek_zaak cross join unnest(tellingen) with ordinality as u(v, i)
                      group by 1, 2, 3, 4, 5, 6, 7, 8, 9) x
              group by 1, 2, 3, 4, 5, 6, 7, 8) d""";

    private static final String VERDELING_VERSCHIL = """
            (select soort, jaar, kwartaal, gemeente, dagen, sum(aantal) from statistiek_verdeling group by 1, 2, 3, 4, 5
             except
             (select 'MONITORING', jaar, kwartaal, gemeente, duur_dagen, count(*) from statistiek_zaak
               where duur_dagen is not null group by 1, 2, 3, 4, 5
              union all
              select 'WACHTTIJD', jaar, kwartaal, gemeente, w, count(*) from statistiek_zaak cross join unnest(wachttijden) w
               group by 1, 2, 3, 4, 5)) d""";

    @Inject
    TestClock clock;

    private int jaar() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Amsterdam")).getYear();
    }

    private List<Map<String, Object>> lees(String groepering) {
        return Api.as("gemeente").get("/api/v1/statistieken/huisverboden?van=2009&tot=" + jaar() + "&groepering=" + groepering)
                .statusCode(200).extract().jsonPath().getList("items");
    }

    /** THVs of this year in one gemeente, as the exact figures say. */
    private long aantal(String gemeente) {
        return lees("jaar,gemeente").stream()
                .filter(r -> Integer.valueOf(jaar()).equals(r.get("jaar")) && gemeente.equals(r.get("gemeente")))
                .mapToLong(r -> ((Number) r.get("aantal")).longValue()).findFirst().orElse(0);
    }

    @Test
    void a_case_imposed_after_a_read_is_counted_by_the_next_read_without_waiting() {
        long voor = aantal("UITHOORN");
        Cases.imposed(Cases.valid(clock.instant().minusSeconds(60), "UITHOORN", "centrum"));
        assertThat(aantal("UITHOORN")).isEqualTo(voor + 1);
    }

    @Test
    void a_case_that_changes_moves_from_its_old_cell_to_its_new_one() {
        String id = Cases.imposed(Cases.valid(clock.instant().minusSeconds(60), "AALSMEER", "centrum"));
        long aalsmeer = aantal("AALSMEER");
        long ouderAmstel = aantal("OUDER_AMSTEL");
        // a correction straight in the database: the trigger marks the case like any write through the hub would
        Db.execute("update huisverbod set gemeente = 'OUDER_AMSTEL' where id = '" + id + "'");
        assertThat(aantal("AALSMEER")).isEqualTo(aalsmeer - 1);
        assertThat(aantal("OUDER_AMSTEL")).isEqualTo(ouderAmstel + 1);
    }

    @Test
    void the_cells_and_day_distributions_are_exactly_the_sum_of_the_cases_rows() {
        Cases.imposed(Cases.valid(clock.instant().minusSeconds(60), "DIEMEN", "centrum"));
        lees("jaar");
        assertThat(Db.count(CELLEN_VERSCHIL)).isZero();
        assertThat(Db.count(VERDELING_VERSCHIL)).isZero();
        assertThat(Db.count("statistiek_zaak z where not exists (select 1 from huisverbod h where h.id = z.huisverbod_id)"))
                .isZero();
    }

    @Test
    void a_rebuild_from_the_cases_gives_the_same_figures() {
        lees("jaar"); // work off what other tests left marked
        List<Map<String, Object>> voor = lees("jaar,gemeente,geweldtype,strafrecht");
        Db.execute("""
                delete from statistiek_cel; delete from statistiek_verdeling; delete from statistiek_zaak;
                insert into statistiek_wachtrij (huisverbod_id) select id from huisverbod""");
        assertThat(lees("jaar,gemeente,geweldtype,strafrecht")).isEqualTo(voor);
    }
}
