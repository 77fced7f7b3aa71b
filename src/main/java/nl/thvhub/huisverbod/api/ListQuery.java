package nl.thvhub.huisverbod.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import nl.thvhub.huisverbod.Cursor;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.platform.problem.ProblemException;

/** Parses the list filters and the cursor of both APIs into the repository's filter, naming any bad parameter. */
public final class ListQuery {

    private ListQuery() {
    }

    static Zoekfilter filter(String status, String gemeente, String wijk, String actiefOp, String eindigtVoor,
            Instant now) {
        Status s = null;
        if (status != null) {
            try {
                s = Status.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("status",
                        "een van OPGELEGD, VERLENGD, INGETROKKEN, BEEINDIGD, MONITORING, AFGESLOTEN");
            }
        }
        Gemeente g = null;
        if (gemeente != null) {
            try {
                g = Gemeente.valueOf(gemeente);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("gemeente",
                        "een van AMSTERDAM, DIEMEN, UITHOORN, OUDER_AMSTEL, AMSTELVEEN, AALSMEER");
            }
        }
        if (wijk != null && !wijk.matches("^[a-z][a-z0-9-]{1,39}$")) {
            throw ProblemException.invalid("wijk", "een wijkcode in kleine letters, zoals centrum");
        }
        Instant actief = null;
        if (actiefOp != null) {
            try {
                // a case is active on a date when it runs at noon of that day, Amsterdam time
                actief = LocalDate.parse(actiefOp).atTime(12, 0).atZone(Huisverbod.TIJDZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("actiefOp", "een datum als 2026-11-28");
            }
        }
        Instant voor = null;
        if (eindigtVoor != null) {
            try {
                voor = Instant.parse(eindigtVoor);
            } catch (DateTimeParseException e) {
                throw ProblemException.invalid("eindigtVoor", "een tijdstip als 2026-11-28T12:00:00Z");
            }
        }
        return new Zoekfilter(s, g, wijk, actief, voor, now);
    }

    /** The page size asked for: 1 to 100, 25 when absent. */
    public static int limiet(Integer limiet) {
        if (limiet != null && (limiet < 1 || limiet > 100)) {
            throw ProblemException.invalid("limiet", "tussen 1 en 100");
        }
        return limiet == null ? 25 : limiet;
    }

    public static Cursor cursor(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|");
            return new Cursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("volgende", "een cursor zoals de vorige pagina die gaf");
        }
    }

    public static String encode(Cursor cursor) {
        if (cursor == null) {
            return null;
        }
        String raw = cursor.opgelegdOp() + "|" + cursor.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
