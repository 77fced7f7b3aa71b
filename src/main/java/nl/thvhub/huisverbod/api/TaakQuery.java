package nl.thvhub.huisverbod.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Taakpositie;
import nl.thvhub.huisverbod.Taaksoort;
import nl.thvhub.huisverbod.service.Werkvoorraad;
import nl.thvhub.platform.problem.ProblemException;

/** Parses the work queue's filters and cursor for both APIs, naming any bad parameter (400). */
final class TaakQuery {

    private TaakQuery() {
    }

    static Werkvoorraad.Vraag vraag(List<String> soort, String vervaltVoor, Boolean verlopen, String huisverbodId,
            String gemeente, Boolean mijn) {
        List<Taaksoort> soorten = new ArrayList<>();
        for (String s : soort == null ? List.<String>of() : soort) {
            for (String deel : s.split(",")) {
                try {
                    soorten.add(Taaksoort.valueOf(deel.trim()));
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid("soort", "een of meer van " + List.of(Taaksoort.values()));
                }
            }
        }
        return new Werkvoorraad.Vraag(soorten, tijdstip(vervaltVoor), verlopen, uuid(huisverbodId), gemeente(gemeente),
                Boolean.TRUE.equals(mijn));
    }

    /** A moment (ISO 8601) or a date, meaning the start of that day in Amsterdam. */
    private static Instant tijdstip(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return waarde.length() == 10
                    ? LocalDate.parse(waarde).atStartOfDay(Huisverbod.TIJDZONE).toInstant()
                    : Instant.parse(waarde);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("vervaltVoor", "een datum als 2026-12-03 of een tijdstip als 2026-12-03T12:00:00Z");
        }
    }

    private static UUID uuid(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("huisverbodId", "een UUID");
        }
    }

    private static String gemeente(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            return Gemeente.valueOf(waarde).name();
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("gemeente", "een van " + List.of(Gemeente.values()));
        }
    }

    static Taakpositie cursor(String waarde) {
        if (waarde == null || waarde.isBlank()) {
            return null;
        }
        try {
            String[] p = new String(Base64.getUrlDecoder().decode(waarde), StandardCharsets.UTF_8).split("\\|", -1);
            return new Taakpositie(Instant.parse(p[0]), UUID.fromString(p[1]), Taaksoort.valueOf(p[2]),
                    p[3].isEmpty() ? null : UUID.fromString(p[3]));
        } catch (RuntimeException e) {
            throw ProblemException.invalid("volgende", "een cursor zoals de vorige pagina die gaf");
        }
    }

    static String encode(Taakpositie p) {
        if (p == null) {
            return null;
        }
        String raw = p.vervaltOp() + "|" + p.huisverbodId() + "|" + p.soort() + "|"
                + (p.betrokkeneId() == null ? "" : p.betrokkeneId());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }
}
