package nl.thvhub.statistiek;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Small-cell suppression of a ROLLUP table, primary and secondary, as a pure rule. */
class OnderdrukkingTest {

    private static Onderdrukking.Rij rij(Object jaar, Object gemeente, long aantal) {
        return new Onderdrukking.Rij(Arrays.asList(jaar, gemeente), new long[]{aantal});
    }

    private static boolean[] verborgen(List<Onderdrukking.Rij> rijen) {
        boolean[][] v = Onderdrukking.bepaal(rijen);
        boolean[] kolom = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            kolom[i] = v[i][0];
        }
        return kolom;
    }

    @Test
    void counts_of_five_and_more_and_zero_are_shown() {
        List<Onderdrukking.Rij> rijen = List.of(rij(2019, "AMSTERDAM", 120), rij(2019, "DIEMEN", 0), rij(2019, null, 120),
                rij(null, null, 120));
        assertThat(verborgen(rijen)).containsExactly(false, false, false, false);
    }

    @Test
    void a_count_from_one_to_four_is_hidden_and_so_is_a_second_cell_of_its_group_or_it_could_be_recomputed() {
        // 2019: Amsterdam 120, Diemen 3, Aalsmeer 9 → the total 132 minus 120 and 9 would give Diemen's 3 back
        List<Onderdrukking.Rij> rijen = List.of(rij(2019, "AALSMEER", 9), rij(2019, "AMSTERDAM", 120), rij(2019, "DIEMEN", 3),
                rij(2019, null, 132), rij(null, null, 132));
        boolean[] v = verborgen(rijen);
        assertThat(v[2]).as("Diemen, 3: primary").isTrue();
        assertThat(v[0]).as("Aalsmeer, the smallest other part: secondary").isTrue();
        assertThat(v[1]).as("Amsterdam").isFalse();
        assertThat(v[3]).as("the subtotal stays").isFalse();
    }

    @Test
    void when_no_other_part_can_protect_the_cell_the_subtotal_is_hidden_and_the_protection_climbs_a_level() {
        // 2019: Diemen 3 and Uithoorn 0 → only the subtotal can hide it; the 2019 subtotal hidden is then recomputable
        // from the grand total minus 2020, so 2020 is hidden as well
        List<Onderdrukking.Rij> rijen = List.of(rij(2019, "DIEMEN", 3), rij(2019, "UITHOORN", 0), rij(2019, null, 3),
                rij(2020, "DIEMEN", 40), rij(2020, null, 40), rij(null, null, 43));
        boolean[] v = verborgen(rijen);
        assertThat(v[0]).isTrue();
        assertThat(v[2]).as("2019 subtotal (3, also primary)").isTrue();
        assertThat(v[4]).as("2020 subtotal, so 2019 cannot be recomputed from the grand total").isTrue();
        assertThat(v[3]).as("a single part equals its subtotal").isTrue();
        assertThat(v[5]).as("the grand total stays").isFalse();
    }

    @Test
    void no_hidden_cell_can_be_recomputed_from_the_cells_shown_beside_it() {
        List<Onderdrukking.Rij> rijen = new ArrayList<>();
        long[][] waarden = {{7, 2, 30, 1}, {0, 12, 4, 50}, {3, 3, 3, 3}};
        long totaal = 0;
        for (int j = 0; j < waarden.length; j++) {
            long sub = 0;
            for (int g = 0; g < waarden[j].length; g++) {
                rijen.add(rij(2018 + j, "G" + g, waarden[j][g]));
                sub += waarden[j][g];
            }
            rijen.add(rij(2018 + j, null, sub));
            totaal += sub;
        }
        rijen.add(rij(null, null, totaal));
        boolean[] v = verborgen(rijen);
        // every group (a year and its gemeenten; the total and its years) shows either no hidden cell or at least two
        // hidden, or its subtotal is hidden too
        for (int j = 0; j < waarden.length; j++) {
            int sub = j * 5 + 4;
            int hidden = 0;
            for (int g = 0; g < 4; g++) {
                hidden += v[j * 5 + g] ? 1 : 0;
            }
            assertThat(hidden == 0 || hidden >= 2 || v[sub]).as("year " + (2018 + j)).isTrue();
            assertThat(!v[sub] || hidden >= 1).as("a hidden subtotal is not the sum of shown parts").isTrue();
        }
        int hiddenYears = 0;
        for (int j = 0; j < waarden.length; j++) {
            hiddenYears += v[j * 5 + 4] ? 1 : 0;
        }
        assertThat(hiddenYears == 0 || hiddenYears >= 2).isTrue();
        for (int i = 0; i < rijen.size(); i++) {
            long w = rijen.get(i).waarden()[0];
            if (w >= 1 && w <= 4) {
                assertThat(v[i]).as("row " + i + " with " + w).isTrue();
            }
        }
    }

    @Test
    void in_a_table_with_two_hierarchies_a_hidden_cell_cannot_be_recomputed_along_either_of_them() {
        // year x gemeente with both margins: 2019 Diemen 3 hidden; along the year a second cell of 2019 is hidden, and
        // along Diemen (2019 + 2020 = its total over the years) a second year of Diemen as well
        List<Onderdrukking.Rij> rijen = List.of(rij(2019, "AMSTERDAM", 100), rij(2019, "DIEMEN", 3), rij(2019, null, 103),
                rij(2020, "AMSTERDAM", 90), rij(2020, "DIEMEN", 20), rij(2020, null, 110), rij(null, "AMSTERDAM", 190),
                rij(null, "DIEMEN", 23), rij(null, null, 213));
        boolean[][] v = Onderdrukking.bepaal(rijen, List.of(new int[]{0}, new int[]{1}));
        assertThat(v[1][0]).as("Diemen 2019").isTrue();
        assertThat(v[0][0] || v[2][0]).as("a second cell of 2019").isTrue();
        assertThat(v[4][0] || v[7][0]).as("a second cell of Diemen").isTrue();
        // every line (a total and its parts along one hierarchy) has no hidden cell or at least two
        int[][] lijnen = {{2, 0, 1}, {5, 3, 4}, {8, 2, 5}, {6, 0, 3}, {7, 1, 4}, {8, 6, 7}};
        for (int[] lijn : lijnen) {
            long verborgen = Arrays.stream(lijn).filter(i -> v[i][0]).count();
            assertThat(verborgen).as("line " + Arrays.toString(lijn)).isNotEqualTo(1);
        }
    }
}
