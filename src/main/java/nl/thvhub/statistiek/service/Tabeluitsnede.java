package nl.thvhub.statistiek.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.thvhub.statistiek.Groepering;
import nl.thvhub.statistiek.Onderdrukking;
import nl.thvhub.statistiek.persistence.StatistiekRepository;

/**
 * Statistics for readers who get suppressed counts ({@code beleid}) as slices of one published table (issue 29, item 5):
 * the table holds every year, quarter, regio and gemeente with the subtotals along both hierarchies and is suppressed
 * once ({@link Onderdrukking}), so a cell is shown or hidden the same way in every answer; an answer is the table's rows
 * of the asked grouping — always per year, in a fixed order — for the years asked, and never a total over another range
 * of years. Subtracting two answers, or reading one grouping in two orders, therefore gives nothing the table hides.
 */
final class Tabeluitsnede {

    /** The table's hierarchies as key positions of {@link StatistiekRepository#TABEL}: time (year, quarter), place. */
    static final List<int[]> KETENS = List.of(new int[]{0, 1}, new int[]{2, 3});

    private Tabeluitsnede() {
    }

    /** The rows of one answer, in the answer's grouping order, with the table's suppression of each. */
    record Uitsnede(List<StatistiekRepository.Telling> tellingen, boolean[][] verborgen,
            Map<List<Object>, Double> mediaan, Map<List<Object>, Double> duur) {
    }

    /** The asked grouping in the table's order, per year always: {@code gemeente,jaar} and {@code gemeente} are jaar,gemeente. */
    static List<Groepering> canoniek(List<Groepering> gevraagd) {
        Set<Groepering> set = EnumSet.copyOf(gevraagd.isEmpty() ? List.of(Groepering.JAAR) : gevraagd);
        set.add(Groepering.JAAR);
        return StatistiekRepository.TABEL.stream().filter(set::contains).toList();
    }

    /**
     * The answer for years {@code van} to {@code tot}: the table's rows at the levels a ROLLUP over {@code canoniek}
     * gives (the subtotal per year, and finer), in that order; the total over all years only when every year is asked.
     */
    static Uitsnede snijd(List<StatistiekRepository.Telling> tabel, Map<List<Object>, Double> mediaanTabel,
            Map<List<Object>, Double> duurTabel, List<Groepering> canoniek, int van, int tot, boolean alleJaren) {
        boolean[][] verborgen = Onderdrukking.bepaal(
                tabel.stream().map(t -> new Onderdrukking.Rij(t.sleutel(), t.tellingen())).toList(), KETENS);
        List<Set<Integer>> niveaus = new ArrayList<>();
        for (int i = alleJaren ? 0 : 1; i <= canoniek.size(); i++) {
            Set<Integer> posities = new java.util.HashSet<>();
            for (Groepering g : canoniek.subList(0, i)) {
                posities.add(StatistiekRepository.TABEL.indexOf(g));
            }
            if (posities.contains(StatistiekRepository.TABEL.indexOf(Groepering.GEMEENTE))) {
                posities.add(StatistiekRepository.TABEL.indexOf(Groepering.REGIO)); // a gemeente lies in one regio
            }
            niveaus.add(posities);
        }
        List<Integer> gekozen = new ArrayList<>();
        for (int r = 0; r < tabel.size(); r++) {
            List<Object> sleutel = tabel.get(r).sleutel();
            Set<Integer> gezet = new java.util.HashSet<>();
            for (int i = 0; i < sleutel.size(); i++) {
                if (sleutel.get(i) != null) {
                    gezet.add(i);
                }
            }
            Object jaar = sleutel.get(0);
            boolean inPeriode = jaar == null || ((Number) jaar).intValue() >= van && ((Number) jaar).intValue() <= tot;
            if (niveaus.contains(gezet) && inPeriode) {
                gekozen.add(r);
            }
        }
        List<StatistiekRepository.Telling> tellingen = new ArrayList<>();
        boolean[][] uitVerborgen = new boolean[gekozen.size()][];
        Map<List<Object>, Double> mediaan = new HashMap<>();
        Map<List<Object>, Double> duur = new HashMap<>();
        gekozen.sort(Comparator.comparing(r -> tabel.get(r).sleutel(), Tabeluitsnede::volgorde));
        for (int i = 0; i < gekozen.size(); i++) {
            StatistiekRepository.Telling t = tabel.get(gekozen.get(i));
            List<Object> sleutel = canoniek.stream().map(g -> t.sleutel().get(StatistiekRepository.TABEL.indexOf(g))).toList();
            tellingen.add(new StatistiekRepository.Telling(new ArrayList<>(sleutel), t.tellingen()));
            uitVerborgen[i] = verborgen[gekozen.get(i)];
            mediaan.put(new ArrayList<>(sleutel), mediaanTabel.get(t.sleutel()));
            duur.put(new ArrayList<>(sleutel), duurTabel.get(t.sleutel()));
        }
        return new Uitsnede(tellingen, uitVerborgen, mediaan, duur);
    }

    /** The order of a ROLLUP answer: by year, quarter, regio, gemeente, each total after its parts. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int volgorde(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            if (x == null && y == null) {
                continue;
            }
            if (x == null || y == null) {
                return x == null ? 1 : -1;
            }
            int c = ((Comparable) x).compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
