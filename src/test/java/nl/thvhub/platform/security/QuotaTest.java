package nl.thvhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.thvhub.testing.TestClock;

/** Quota windows in plain JUnit, on the tests' clock moved by hand: per client, per user, overrides, windows that restart. */
class QuotaTest {

    private static QuotaConfig config(int perClient, int perGebruiker, Map<String, Integer> clients) {
        return new QuotaConfig() {

            @Override
            public Duration venster() {
                return Duration.ofMinutes(1);
            }

            @Override
            public int perClient() {
                return perClient;
            }

            @Override
            public int perGebruiker() {
                return perGebruiker;
            }

            @Override
            public Map<String, Integer> clients() {
                return clients;
            }
        };
    }

    private static final Actor SYSTEEM = new Actor("sa", "sa", Rol.OM_ZSM, Organisatie.OM, null, "partner-om", true);

    private static Actor persoon(String naam) {
        return new Actor(naam, naam, Rol.POLITIE_THV, Organisatie.POLITIE, null, "thv-app", false);
    }

    private static void tel(Quota q, Actor a, int keer) {
        for (int i = 0; i < keer; i++) {
            q.tel(a);
        }
    }

    @Test
    void a_client_over_its_quota_gets_429_with_the_seconds_until_its_window_ends() {
        TestClock klok = new TestClock();
        Quota q = new Quota(config(3, 100, Map.of()), klok);
        tel(q, SYSTEEM, 3);
        klok.advance(Duration.ofSeconds(20));
        assertThatThrownBy(() -> q.tel(SYSTEEM)).isInstanceOfSatisfying(Quota.Overschreden.class, e -> {
            assertThat(e.problem().status()).isEqualTo(429);
            assertThat(e.retryAfter()).isBetween(39L, 40L);
        });
    }

    @Test
    void a_new_window_starts_when_the_old_one_has_passed() {
        TestClock klok = new TestClock();
        Quota q = new Quota(config(2, 100, Map.of()), klok);
        tel(q, SYSTEEM, 2);
        klok.advance(Duration.ofMinutes(1));
        assertThatNoException().isThrownBy(() -> tel(q, SYSTEEM, 2));
    }

    @Test
    void a_per_client_override_replaces_the_default() {
        Quota q = new Quota(config(2, 100, Map.of("partner-om", 5)), new TestClock());
        assertThatNoException().isThrownBy(() -> tel(q, SYSTEEM, 5));
        assertThatThrownBy(() -> q.tel(SYSTEEM)).isInstanceOf(Quota.Overschreden.class);
    }

    @Test
    void each_user_of_one_app_has_a_quota_of_their_own() {
        Quota q = new Quota(config(1000, 2, Map.of()), new TestClock());
        tel(q, persoon("a"), 2);
        assertThatThrownBy(() -> q.tel(persoon("a"))).isInstanceOf(Quota.Overschreden.class);
        assertThatNoException().isThrownBy(() -> q.tel(persoon("b")));
    }

    @Test
    void a_system_counts_against_its_client_only_not_against_a_user() {
        Quota q = new Quota(config(10, 1, Map.of()), new TestClock());
        assertThatNoException().isThrownBy(() -> tel(q, SYSTEEM, 10));
    }

    @Test
    void a_clock_set_back_restarts_the_window_rather_than_locking_the_client_out() {
        TestClock klok = new TestClock();
        Quota q = new Quota(config(1, 100, Map.of()), klok);
        q.tel(SYSTEEM);
        klok.advance(Duration.ofHours(-1));
        assertThatNoException().isThrownBy(() -> q.tel(SYSTEEM));
    }
}
