package nl.thvhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.Principal;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/** The verified-token cache's rules in plain JUnit: never past the token's expiry or the TTL, keyed by all it rests on. */
class VerifiedTokenCacheTest {

    private static final Instant NU = Instant.parse("2026-12-04T12:00:00Z");
    private static final SecurityIdentity IEMAND = QuarkusSecurityIdentity.builder()
            .setPrincipal((Principal) () -> "iemand").addRole("om-zsm").build();

    private final VerifiedTokenCache cache = new VerifiedTokenCache(Duration.ofSeconds(60), 3);

    @Test
    void an_identity_is_reused_until_its_token_expires_and_not_after() {
        cache.put("k", IEMAND, NU.plusSeconds(30), NU);
        assertThat(cache.get("k", NU.plusSeconds(29))).contains(IEMAND);
        assertThat(cache.get("k", NU.plusSeconds(30))).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void an_identity_is_reused_for_the_ttl_at_most_even_when_its_token_lives_longer() {
        cache.put("k", IEMAND, NU.plusSeconds(300), NU);
        assertThat(cache.get("k", NU.plusSeconds(59))).contains(IEMAND);
        assertThat(cache.get("k", NU.plusSeconds(60))).isEmpty();
    }

    @Test
    void a_token_without_an_expiry_or_already_expired_is_never_kept() {
        cache.put("a", IEMAND, null, NU);
        cache.put("b", IEMAND, NU, NU);
        cache.put("c", IEMAND, NU.minusSeconds(1), NU);
        assertThat(cache.size()).isZero();
    }

    @Test
    void the_key_depends_on_the_token_and_on_the_employee_acted_for_and_does_not_contain_the_token() {
        String token = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";
        assertThat(VerifiedTokenCache.key(token, null)).isEqualTo(VerifiedTokenCache.key(token, null))
                .isNotEqualTo(VerifiedTokenCache.key(token, "zorgcoordinator"))
                .isNotEqualTo(VerifiedTokenCache.key(token + "x", null)).doesNotContain("eyJ");
        assertThat(VerifiedTokenCache.key(token, "zorgcoordinator"))
                .isEqualTo(VerifiedTokenCache.key(token, " zorgcoordinator "))
                .isNotEqualTo(VerifiedTokenCache.key(token, "zorgcoordinator-2"));
    }

    @Test
    void a_full_cache_starts_again_rather_than_growing() {
        for (String k : new String[]{"a", "b", "c", "d"}) {
            cache.put(k, IEMAND, NU.plusSeconds(30), NU);
        }
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("d", NU)).contains(IEMAND);
    }
}
