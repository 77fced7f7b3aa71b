package nl.thvhub.statistiek;

import java.util.TreeMap;

/**
 * The median of whole days from how many fall on each day, exactly as PostgreSQL's {@code percentile_cont(0.5)} over the
 * days themselves: the middle value, or the mean of the two middle values. The summary keeps counts per day, so a median
 * over a million cases sums a few hundred numbers instead of sorting a million.
 */
public final class Mediaan {

    private final TreeMap<Integer, Long> perDag = new TreeMap<>();
    private long totaal;

    /** Counts {@code aantal} more (or, negative, fewer) values of {@code dagen}. */
    public Mediaan tel(int dagen, long aantal) {
        perDag.merge(dagen, aantal, Long::sum);
        totaal += aantal;
        return this;
    }

    /** The median, or null when nothing was counted. */
    public Double mediaan() {
        if (totaal <= 0) {
            return null;
        }
        // percentile_cont(0.5): the value at position (n - 1) / 2 (from 0), between two values their mean
        long laag = (totaal - 1) / 2;
        long hoog = totaal / 2;
        Integer onder = null;
        long gezien = 0;
        for (var e : perDag.entrySet()) {
            gezien += e.getValue();
            if (onder == null && gezien > laag) {
                onder = e.getKey();
            }
            if (gezien > hoog) {
                return (onder + e.getKey()) / 2.0;
            }
        }
        throw new IllegalStateException("negative counts in a distribution");
    }
}
