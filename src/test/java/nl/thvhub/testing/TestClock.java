package nl.thvhub.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;

/**
 * The hub's clock in tests: real time plus an offset that a test can move forward to cross deadlines. Every
 * {@code @QuarkusTest} gets it back at real time after each test ({@link Terugzetter}), so no test resets it by hand
 * and none inherits another's deadline.
 */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    public void advance(Duration d) {
        offset = offset.plus(d);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    /** Puts the clock back after every test of the suite (a Quarkus test callback, registered as a service). */
    public static final class Terugzetter implements io.quarkus.test.junit.callback.QuarkusTestAfterEachCallback {

        @Override
        public void afterEach(io.quarkus.test.junit.callback.QuarkusTestMethodContext context) {
            io.quarkus.arc.ArcContainer arc = io.quarkus.arc.Arc.container();
            if (arc != null && arc.isRunning()) {
                io.quarkus.arc.InstanceHandle<TestClock> klok = arc.instance(TestClock.class);
                if (klok.isAvailable()) {
                    klok.get().reset();
                }
            }
        }
    }
}
