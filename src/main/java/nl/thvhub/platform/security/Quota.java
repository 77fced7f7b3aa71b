package nl.thvhub.platform.security;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import nl.thvhub.platform.problem.Problem;

/**
 * Counts requests per client and per user in fixed windows and refuses those over quota with 429. Counters are per key
 * and in memory: a partner over its quota costs the others nothing, and with several hub instances each enforces its own
 * share (set the quotas per instance).
 */
@ApplicationScoped
public class Quota {

    /** 429 with the seconds until the window ends, for the {@code Retry-After} header. */
    public static final class Overschreden extends nl.thvhub.platform.problem.Wachttijd {

        Overschreden(String wie, long retryAfter) {
            super(Problem.of(429, "Te veel verzoeken",
                    "Het quotum van " + wie + " is bereikt; probeer het over " + retryAfter + " s opnieuw."), retryAfter);
        }
    }

    private final QuotaConfig config;
    private final Clock clock;
    private final ConcurrentHashMap<String, long[]> vensters = new ConcurrentHashMap<>();

    public Quota(QuotaConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Counts one request (or one GraphQL root field) of the actor; throws {@link Overschreden} when over quota. */
    public void tel(Actor actor) {
        long now = clock.millis();
        if (actor.clientId() != null) {
            check("c:" + actor.clientId(), config.clients().getOrDefault(actor.clientId(), config.perClient()),
                    "client " + actor.clientId(), now);
        }
        if (!actor.systeem()) {
            check("u:" + actor.subject(), config.perGebruiker(), "gebruiker " + actor.gebruikersnaam(), now);
        }
    }

    private void check(String key, int limit, String wie, long now) {
        long venster = config.venster().toMillis();
        long[] w = vensters.compute(key, (k, v) -> {
            // a window restarts when it has passed, or when the clock was set back
            if (v == null || now >= v[0] + venster || now < v[0]) {
                return new long[]{now, 1};
            }
            v[1]++;
            return v;
        });
        if (w[1] > limit) {
            throw new Overschreden(wie, Math.max(1, (w[0] + venster - now + 999) / 1000));
        }
    }
}
