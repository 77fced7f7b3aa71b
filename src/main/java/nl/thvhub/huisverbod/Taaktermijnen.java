package nl.thvhub.huisverbod;

import java.time.Duration;

/**
 * The due periods of the tasks ({@code thv.taken.*}): after imposition for the assignments and the first contact,
 * before the end for the extension advice, after the oldest unfollowed violation, before the end of monitoring for the
 * report (and when it opens), after the end of monitoring for closing, after a question to GGZ for its answer.
 */
public record Taaktermijnen(Duration gezinsmanager, Duration eersteContact, Duration verlengingsadviesVoorEinde,
        Duration overtredingOpvolgen, Duration eindrapportOpent, Duration afsluiten, Duration verwijzingGestart,
        Duration peilmomentMarge, Duration overdrachtBevestiging, Duration ggzVraag) {

    /** The defaults of the issue that introduced the work queue (and of {@code application.properties}). */
    public static final Taaktermijnen STANDAARD = new Taaktermijnen(Duration.ofDays(2), Duration.ofDays(1),
            Duration.ofDays(2), Duration.ofDays(2), Duration.ofDays(14), Duration.ofDays(14), Duration.ofDays(21),
            Duration.ofDays(7), Duration.ofDays(5), Duration.ofDays(3));
}
