package nl.thvhub.platform;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Coalesces concurrent requests for the same computation without ever answering with a result computed before the
 * request came in: a caller joins the round of its key that has not started yet, or starts one; while a round runs, the
 * callers that arrive wait for the next, which starts as soon as the running one ends. So per key at most one round runs
 * and one waits, and every answer was computed from a state read after its caller arrived (what it would have seen by
 * computing alone, only shared). Sixteen desks refreshing the same list at once cost two computations, not sixteen.
 *
 * @param <K> what makes two computations the same (everything their result depends on)
 * @param <V> the result, shared by the callers of a round: it must not be changed by them
 */
public final class Samenloop<K, V> {

    /** The rounds of one key: the one running, and the one its late callers wait for (with what it will compute). */
    private final class Rondes {

        CompletableFuture<V> lopend;
        CompletableFuture<V> wachtend;
        Supplier<Uni<V>> wachtendeBerekening;
    }

    private final Map<K, Rondes> rondes = new HashMap<>();

    /** The result of {@code berekening} for {@code sleutel}, computed after this call, possibly shared with others. */
    public Uni<V> vraag(K sleutel, Supplier<Uni<V>> berekening) {
        CompletableFuture<V> ronde;
        boolean start = false;
        synchronized (rondes) {
            Rondes r = rondes.computeIfAbsent(sleutel, k -> new Rondes());
            if (r.lopend == null) {
                ronde = r.lopend = new CompletableFuture<>();
                start = true;
            } else if (r.wachtend != null) {
                ronde = r.wachtend;
            } else {
                ronde = r.wachtend = new CompletableFuture<>();
                r.wachtendeBerekening = berekening;
            }
        }
        if (start) {
            draai(sleutel, ronde, berekening);
        }
        return afgeleverd(ronde);
    }

    private void draai(K sleutel, CompletableFuture<V> ronde, Supplier<Uni<V>> berekening) {
        Uni<V> uitkomst;
        try {
            uitkomst = berekening.get();
        } catch (RuntimeException e) {
            uitkomst = Uni.createFrom().failure(e);
        }
        uitkomst.subscribe().with(v -> klaar(sleutel, ronde, v, null), e -> klaar(sleutel, ronde, null, e));
    }

    private void klaar(K sleutel, CompletableFuture<V> ronde, V waarde, Throwable fout) {
        CompletableFuture<V> volgende;
        Supplier<Uni<V>> berekening;
        synchronized (rondes) {
            Rondes r = rondes.get(sleutel);
            volgende = r.wachtend;
            berekening = r.wachtendeBerekening;
            r.lopend = volgende;
            r.wachtend = null;
            r.wachtendeBerekening = null;
            if (volgende == null) {
                rondes.remove(sleutel);
            }
        }
        if (volgende != null) {
            draai(sleutel, volgende, berekening);
        }
        if (fout != null) {
            ronde.completeExceptionally(fout);
        } else {
            ronde.complete(waarde);
        }
    }

    /** The round's result, handed over on the caller's own Vert.x context (the round may end on another event loop). */
    private static <V> Uni<V> afgeleverd(CompletableFuture<V> ronde) {
        Context context = Vertx.currentContext();
        return Uni.createFrom().emitter(em -> ronde.whenComplete((v, e) -> {
            Runnable lever = () -> {
                if (e != null) {
                    em.fail(e);
                } else {
                    em.complete(v);
                }
            };
            if (context == null || context == Vertx.currentContext()) {
                lever.run();
            } else {
                context.runOnContext(x -> lever.run());
            }
        }));
    }
}
