package nl.thvhub.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a keyset-paged list and the cursor of the next page ({@code null} on the last). A page is read as one row
 * more than it shows: that row only tells that a next page exists, so lists never count what a reader may not see.
 */
public record Pagina<T, C>(List<T> items, C volgende) {

    /** The largest page any list serves. */
    public static final int MAXIMUM = 100;

    /** The page size actually served for a requested limit: at least 1, at most {@link #MAXIMUM}. */
    public static int grootte(int gevraagd) {
        return Math.max(1, Math.min(gevraagd, MAXIMUM));
    }

    /** How many rows to read for a page of {@code grootte}: one more. */
    public static int leesGrens(int grootte) {
        return grootte + 1;
    }

    /** Cuts the rows read with {@link #leesGrens} to a page; the cursor is taken from its last item. */
    public static <T, C> Pagina<T, C> uit(List<T> rijen, int grootte, Function<T, C> cursor) {
        if (rijen.size() <= grootte) {
            return new Pagina<>(List.copyOf(rijen), null);
        }
        List<T> items = List.copyOf(rijen.subList(0, grootte));
        return new Pagina<>(items, cursor.apply(items.get(grootte - 1)));
    }

    /** The same page with its items mapped (the cursor is kept). */
    public <U> Pagina<U, C> map(Function<T, U> f) {
        return new Pagina<>(items.stream().map(f).toList(), volgende);
    }
}
