package nl.thvhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;

/** Coalescing without staleness: callers share a round only if it started after they asked. */
class SamenloopTest {

    private final Samenloop<String, Integer> samenloop = new Samenloop<>();
    private final List<UniEmitter<? super Integer>> lopend = new ArrayList<>();
    private final AtomicInteger rondes = new AtomicInteger();

    /** A computation that ends when the test says so, answering the number of its round. */
    private Uni<Integer> berekening() {
        int nr = rondes.incrementAndGet();
        return Uni.createFrom().<Integer>emitter(lopend::add).map(x -> nr);
    }

    private void eindigRonde(int index) {
        lopend.get(index).complete(0);
    }

    private static Integer uitkomst(Uni<Integer> u) {
        return u.await().atMost(Duration.ofSeconds(5));
    }

    @Test
    void a_caller_alone_gets_its_own_round() {
        Uni<Integer> een = samenloop.vraag("lijst", this::berekening);
        eindigRonde(0);
        assertThat(uitkomst(een)).isEqualTo(1);
        assertThat(rondes).hasValue(1);
    }

    @Test
    void callers_arriving_while_a_round_runs_share_the_next_round_not_the_running_one() {
        Uni<Integer> eerste = samenloop.vraag("lijst", this::berekening).memoize().indefinitely();
        eerste.subscribe().with(x -> {
        });
        List<Uni<Integer>> later = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            Uni<Integer> u = samenloop.vraag("lijst", this::berekening).memoize().indefinitely();
            u.subscribe().with(x -> {
            });
            later.add(u);
        }
        assertThat(rondes).as("the late callers wait; nothing stale is handed out").hasValue(1);
        eindigRonde(0);
        assertThat(uitkomst(eerste)).isEqualTo(1);
        assertThat(rondes).as("the waiting round starts when the running one ends").hasValue(2);
        eindigRonde(1);
        assertThat(later).allSatisfy(u -> assertThat(uitkomst(u)).isEqualTo(2));
        assertThat(rondes).hasValue(2);
    }

    @Test
    void a_caller_after_a_round_ended_starts_a_new_one() {
        Uni<Integer> een = samenloop.vraag("lijst", this::berekening);
        eindigRonde(0);
        assertThat(uitkomst(een)).isEqualTo(1);
        Uni<Integer> twee = samenloop.vraag("lijst", this::berekening);
        eindigRonde(1);
        assertThat(uitkomst(twee)).isEqualTo(2);
    }

    @Test
    void different_keys_never_share() {
        Uni<Integer> a = samenloop.vraag("AMSTERDAM", this::berekening);
        Uni<Integer> b = samenloop.vraag("DIEMEN", this::berekening);
        assertThat(rondes).hasValue(2);
        eindigRonde(1);
        eindigRonde(0);
        assertThat(uitkomst(a)).isEqualTo(1);
        assertThat(uitkomst(b)).isEqualTo(2);
    }

    @Test
    void a_failed_round_fails_its_callers_and_the_next_caller_computes_again() {
        Uni<Integer> een = samenloop.vraag("lijst", () -> Uni.createFrom().failure(new IllegalStateException("db weg")));
        assertThatThrownBy(() -> uitkomst(een)).hasMessageContaining("db weg");
        Uni<Integer> twee = samenloop.vraag("lijst", () -> Uni.createFrom().item(7));
        assertThat(uitkomst(twee)).isEqualTo(7);
        Uni<Integer> drie = samenloop.vraag("lijst", () -> {
            throw new IllegalArgumentException("fout bij opbouw");
        });
        assertThatThrownBy(() -> uitkomst(drie)).hasMessageContaining("fout bij opbouw");
        assertThat(uitkomst(samenloop.vraag("lijst", () -> Uni.createFrom().item(8)))).isEqualTo(8);
    }
}
