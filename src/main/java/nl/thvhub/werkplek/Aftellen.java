package nl.thvhub.werkplek;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import nl.thvhub.huisverbod.Huisverbod;

/**
 * How a desk reads a deadline, in words: "nog 26 uur", "nog 3 dagen", "5 uur te laat" — overdue is said in text, never
 * only by colour — and where a THV stands in its ten days: "dag 3 van 10".
 */
public final class Aftellen {

    private Aftellen() {
    }

    /** Time left until a due moment, or how late it is: hours below two days, days beyond. */
    public static String tot(Instant vervaltOp, Instant nu) {
        Duration rest = Duration.between(nu, vervaltOp);
        if (rest.isNegative() || rest.isZero()) {
            Duration laat = rest.negated();
            return laat.toHours() < 48
                    ? "verlopen, " + Math.max(1, laat.toHours()) + " uur te laat"
                    : "verlopen, " + laat.toDays() + " dagen te laat";
        }
        if (rest.toHours() < 48) {
            long uren = rest.toHours();
            return uren == 0 ? "nog " + Math.max(1, rest.toMinutes()) + " minuten" : "nog " + uren + " uur";
        }
        long dagen = rest.toDays();
        return "nog " + dagen + (dagen == 1 ? " dag" : " dagen");
    }

    /**
     * The day of a THV in its period, counted in Amsterdam's calendar from the day of imposition (day 1); a THV of ten
     * times 24 hours has ten days: "dag 3 van 10" (of 28 after an extension).
     */
    public static String dag(Instant opgelegdOp, Instant eindmoment, Instant nu) {
        LocalDate start = LocalDate.ofInstant(opgelegdOp, Huisverbod.TIJDZONE);
        LocalDate eind = LocalDate.ofInstant(eindmoment, Huisverbod.TIJDZONE);
        LocalDate vandaag = LocalDate.ofInstant(nu, Huisverbod.TIJDZONE);
        long totaal = Math.max(1, ChronoUnit.DAYS.between(start, eind));
        long dag = Math.min(totaal, Math.max(1, ChronoUnit.DAYS.between(start, vandaag) + 1));
        return "dag " + dag + " van " + totaal;
    }
}
