package nl.thvhub.testing;

import java.time.Duration;

import nl.thvhub.notificaties.service.Dispatcher;

/** Waits until every committed event is dispatched, by this call or by the scheduled dispatcher running beside it. */
public final class Verzonden {

    private Verzonden() {
    }

    /**
     * Dispatches now, then waits for events another dispatcher run holds: it skips locked rows, so one call alone does
     * not promise that every event is in the inboxes when it returns.
     */
    public static void alles(Dispatcher dispatcher) {
        dispatcher.verwerk().await().atMost(Duration.ofSeconds(30));
        Await.until("all events dispatched", Duration.ofSeconds(10),
                () -> Db.count("outbox where verwerkt_op is null") == 0);
    }
}
