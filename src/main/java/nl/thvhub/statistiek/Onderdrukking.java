package nl.thvhub.statistiek;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Small-cell suppression of a ROLLUP table for readers who may not see exact small counts (as statistical offices do,
 * e.g. τ-ARGUS): a count from 1 to {@value #GRENS} is hidden (primary suppression), and then, group by group, enough
 * further cells are hidden that no hidden cell can be recomputed from the subtotal and the cells shown beside it
 * (secondary suppression). A group is a subtotal row and the rows it totals. Per measure, until nothing changes:
 * <ul>
 * <li>a shown subtotal with exactly one hidden part: hide the smallest non-zero shown part as well, or else the
 * subtotal;</li>
 * <li>a subtotal with a single part: they are equal, so both are hidden or neither;</li>
 * <li>a hidden subtotal whose parts are all shown is their sum: hide its smallest non-zero part.</li>
 * </ul>
 * Zero is never primary-suppressed: it is not a person. A pure rule, tested without a database.
 */
public final class Onderdrukking {

    /** The largest count that is hidden for its own sake. */
    public static final long GRENS = 4;

    private Onderdrukking() {
    }

    /**
     * One row: its grouping values in grouping order ({@code null} = the total over that grouping, as ROLLUP gives) and
     * its counts, one per measure.
     */
    public record Rij(List<Object> sleutel, long[] waarden) {
    }

    /** Which cells of a ROLLUP table (one hierarchy over all grouping positions) to hide: {@code [row][measure]}. */
    public static boolean[][] bepaal(List<Rij> rijen) {
        int n = rijen.isEmpty() ? 0 : rijen.get(0).sleutel().size();
        return bepaal(rijen, List.of(java.util.stream.IntStream.range(0, n).toArray()));
    }

    /**
     * Which cells of a table with several hierarchies to hide, {@code [row][measure]}: each chain lists key positions from
     * coarse to fine (time: year then quarter; place: regio then gemeente), and a group is a row with the rows one level
     * finer in one chain and equal on every other position. Every line of the table, along each hierarchy, is protected
     * as a ROLLUP group is; the table is suppressed once, so every answer cut from it shows a cell the same way.
     */
    public static boolean[][] bepaal(List<Rij> rijen, List<int[]> ketens) {
        int maten = rijen.isEmpty() ? 0 : rijen.get(0).waarden().length;
        boolean[][] verborgen = new boolean[rijen.size()][maten];
        for (int i = 0; i < rijen.size(); i++) {
            for (int m = 0; m < maten; m++) {
                long v = rijen.get(i).waarden()[m];
                verborgen[i][m] = v >= 1 && v <= GRENS;
            }
        }
        List<int[]> groepen = groepen(rijen, ketens);
        for (int m = 0; m < maten; m++) {
            boolean veranderd = true;
            while (veranderd) {
                veranderd = false;
                for (int[] groep : groepen) {
                    veranderd |= beschermGroep(rijen, verborgen, groep, m);
                }
            }
        }
        return verborgen;
    }

    /** One pass over a group (index 0 = the subtotal, the rest its parts); whether it hid anything. */
    private static boolean beschermGroep(List<Rij> rijen, boolean[][] verborgen, int[] groep, int m) {
        int totaal = groep[0];
        int[] delen = Arrays.copyOfRange(groep, 1, groep.length);
        long verborgenDelen = Arrays.stream(delen).filter(d -> verborgen[d][m]).count();
        if (delen.length == 1) {
            if (verborgen[totaal][m] != verborgen[delen[0]][m]) {
                verborgen[totaal][m] = true;
                verborgen[delen[0]][m] = true;
                return true;
            }
            return false;
        }
        boolean nodig = (!verborgen[totaal][m] && verborgenDelen == 1) || (verborgen[totaal][m] && verborgenDelen == 0);
        if (!nodig) {
            return false;
        }
        int kandidaat = -1;
        for (int d : delen) {
            long v = rijen.get(d).waarden()[m];
            if (!verborgen[d][m] && v > 0 && (kandidaat < 0 || v < rijen.get(kandidaat).waarden()[m])) {
                kandidaat = d;
            }
        }
        if (kandidaat >= 0) {
            verborgen[kandidaat][m] = true;
            return true;
        }
        if (!verborgen[totaal][m]) {
            verborgen[totaal][m] = true;
            return true;
        }
        return false;
    }

    /** Every row with the rows one level finer in one chain that equal it everywhere else. */
    private static List<int[]> groepen(List<Rij> rijen, List<int[]> ketens) {
        List<int[]> groepen = new ArrayList<>();
        for (int p = 0; p < rijen.size(); p++) {
            List<Object> ouder = rijen.get(p).sleutel();
            for (int[] keten : ketens) {
                int diepte = diepte(ouder, keten);
                if (diepte == keten.length) {
                    continue;
                }
                int positie = keten[diepte];
                List<Integer> delen = new ArrayList<>();
                delen.add(p);
                for (int c = 0; c < rijen.size(); c++) {
                    List<Object> kind = rijen.get(c).sleutel();
                    if (kind.get(positie) != null && diepte(kind, keten) == diepte + 1 && gelijkBehalve(ouder, kind, positie)) {
                        delen.add(c);
                    }
                }
                if (delen.size() > 1) {
                    groepen.add(delen.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        return groepen;
    }

    private static boolean gelijkBehalve(List<Object> a, List<Object> b, int positie) {
        for (int i = 0; i < a.size(); i++) {
            if (i != positie && !Objects.equals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** How many leading positions of a chain are set (a chain's rows are prefixes of it). */
    private static int diepte(List<Object> sleutel, int[] keten) {
        int d = 0;
        while (d < keten.length && Objects.nonNull(sleutel.get(keten[d]))) {
            d++;
        }
        return d;
    }
}
