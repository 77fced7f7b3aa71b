package nl.thvhub.huisverbod.persistence;

import static nl.thvhub.platform.Tijd.odt;

import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.platform.sql.Where;

/** The case list's filters as SQL conditions on {@code huisverbod h}, including the status rules of the clock. */
final class Zaakfilter {

    private Zaakfilter() {
    }

    static void filter(Where where, Zoekfilter f, Cursor after) {
        if (f.gemeente() != null) {
            where.en("h.gemeente = ?", f.gemeente().name());
        }
        if (f.wijk() != null) {
            where.en("h.wijk = ?", f.wijk());
        }
        if (f.actiefOp() != null) {
            String p = where.param(odt(f.actiefOp()));
            where.en("h.opgelegd_op <= " + p + " and h.eindmoment > " + p
                    + " and (h.ingetrokken_op is null or h.ingetrokken_op > "
                    + p + ")");
        }
        if (f.eindigtVoor() != null) {
            where.en("h.eindmoment < ?", odt(f.eindigtVoor()));
        }
        if (f.status() != null) {
            where.en(statusPredicate(f.status().name(), where.param(odt(f.now()))));
        }
        if (after != null) {
            where.en("(h.opgelegd_op, h.id) < (?, ?)", odt(after.opgelegdOp()), after.id());
        }
    }

    /** The status rules of {@link Huisverbod#status} as SQL, so status filters run in the database. */
    static String statusPredicate(String status, String now) {
        String open = "h.afgesloten_op is null and h.ingetrokken_op is null";
        return switch (status) {
            case "AFGESLOTEN" -> "h.afgesloten_op is not null";
            case "INGETROKKEN" -> "h.afgesloten_op is null and h.ingetrokken_op is not null";
            case "OPGELEGD" -> open + " and h.eindmoment > " + now + " and h.verlengd_op is null";
            case "VERLENGD" -> open + " and h.eindmoment > " + now + " and h.verlengd_op is not null";
            case "MONITORING" ->
                open + " and h.eindmoment <= " + now + " and h.beeindigd_op is null and h.monitoring_einde > " + now;
            case "BEEINDIGD" ->
                open + " and h.eindmoment <= " + now + " and (h.beeindigd_op is not null or h.monitoring_einde <= " + now + ")";
            default -> throw new IllegalArgumentException(status);
        };
    }
}
