package nl.thvhub.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;

import nl.thvhub.platform.problem.ProblemException;

/**
 * Keeps long-lived GraphQL subscriptions honest: at most a few open per user (429 above the cap), and each one ends when
 * the token it was opened with expires, checked on every tick, so a subscription never outlives its authorisation.
 * Counts are per instance, like the request quotas.
 */
@ApplicationScoped
public class Abonnementbewaking {

    private final ConcurrentHashMap<String, AtomicInteger> open = new ConcurrentHashMap<>();
    private final int maxPerGebruiker;
    private final Clock clock;

    public Abonnementbewaking(nl.thvhub.platform.graphql.GraphQLConfig config, Clock clock) {
        this.maxPerGebruiker = config.abonnementenPerGebruiker();
        this.clock = clock;
    }

    /**
     * Opens a guarded subscription: {@code ticks} is the tick source, {@code perTick} the work per tick; the stream stops
     * at the first tick after {@code geldigTot} and releases its slot however it ends.
     */
    public <T, R> Multi<R> bewaak(Actor actor, Instant geldigTot, Multi<T> ticks, Function<Multi<T>, Multi<R>> perTick) {
        AtomicInteger teller = open.computeIfAbsent(actor.subject(), k -> new AtomicInteger());
        if (teller.incrementAndGet() > maxPerGebruiker) {
            teller.decrementAndGet();
            throw ProblemException.tooMany("U heeft al " + maxPerGebruiker + " open abonnementen; sluit er een.");
        }
        Multi<T> geldig = ticks.select().first(t -> clock.instant().isBefore(geldigTot));
        return perTick.apply(geldig).onTermination().invoke(teller::decrementAndGet);
    }

    /** How many subscriptions this user has open now (for tests and metrics). */
    public int open(Actor actor) {
        AtomicInteger teller = open.get(actor.subject());
        return teller == null ? 0 : teller.get();
    }
}
