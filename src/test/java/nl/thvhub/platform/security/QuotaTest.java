package nl.thvhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Quota windows in plain JUnit, on a clock the test moves: per client, per user, overrides, windows that restart. */
class QuotaTest {

    /** A clock the test sets. */
    private static final class Klok extends Clock {

        private Instant nu = Instant.parse("2026-12-03T10:00:00Z");

        void verder(Duration d) {
            nu = nu.plus(d);
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
            return nu;
        }
    }

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
        Klok klok = new Klok();
        Quota q = new Quota(config(3, 100, Map.of()), klok);
        tel(q, SYSTEEM, 3);
        klok.verder(Duration.ofSeconds(20));
        assertThatThrownBy(() -> q.tel(SYSTEEM)).isInstanceOfSatisfying(Quota.Overschreden.class, e -> {
            assertThat(e.problem().status()).isEqualTo(429);
            assertThat(e.retryAfter()).isEqualTo(40);
        });
    }

    @Test
    void a_new_window_starts_when_the_old_one_has_passed() {
        Klok klok = new Klok();
        Quota q = new Quota(config(2, 100, Map.of()), klok);
        tel(q, SYSTEEM, 2);
        klok.verder(Duration.ofMinutes(1));
        assertThatNoException().isThrownBy(() -> tel(q, SYSTEEM, 2));
    }

    @Test
    void a_per_client_override_replaces_the_default() {
        Quota q = new Quota(config(2, 100, Map.of("partner-om", 5)), new Klok());
        assertThatNoException().isThrownBy(() -> tel(q, SYSTEEM, 5));
        assertThatThrownBy(() -> q.tel(SYSTEEM)).isInstanceOf(Quota.Overschreden.class);
    }

    @Test
    void each_user_of_one_app_has_a_quota_of_their_own() {
        Quota q = new Quota(config(1000, 2, Map.of()), new Klok());
        tel(q, persoon("a"), 2);
        assertThatThrownBy(() -> q.tel(persoon("a"))).isInstanceOf(Quota.Overschreden.class);
        assertThatNoException().isThrownBy(() -> q.tel(persoon("b")));
    }

    @Test
    void a_system_counts_against_its_client_only_not_against_a_user() {
        Quota q = new Quota(config(10, 1, Map.of()), new Klok());
        assertThatNoException().isThrownBy(() -> tel(q, SYSTEEM, 10));
    }

    @Test
    void a_clock_set_back_restarts_the_window_rather_than_locking_the_client_out() {
        Klok klok = new Klok();
        Quota q = new Quota(config(1, 100, Map.of()), klok);
        q.tel(SYSTEEM);
        klok.verder(Duration.ofHours(-1));
        assertThatNoException().isThrownBy(() -> q.tel(SYSTEEM));
    }
}
