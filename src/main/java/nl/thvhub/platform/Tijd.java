package nl.thvhub.platform;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Conversions between the hub's instants and PostgreSQL's {@code timestamptz} as the reactive client sees it (null-safe). */
public final class Tijd {

    private Tijd() {
    }

    public static OffsetDateTime odt(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime o) {
        return o == null ? null : o.toInstant();
    }
}
