package nl.thvhub.huisverbod;

import java.time.Instant;
import java.util.Map;

/** One entry of a case's append-only lifecycle history: what happened, when, and who did it for which organisation. */
public record Gebeurtenis(long id, Instant tijdstip, String soort, String actor, String rol, String organisatie,
        Map<String, Object> details) {
}
