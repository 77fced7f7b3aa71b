package nl.thvhub.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for an asynchronous outcome (a scheduled job's work) without fixed sleeps. */
public final class Await {

    private Await() {
    }

    public static void until(String what, Duration max, BooleanSupplier condition) {
        long deadline = System.nanoTime() + max.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + max + " waiting for: " + what);
    }
}
