package nl.thvhub.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The identities of bearer tokens the hub verified recently, keyed by a hash of the token and of everything else the
 * identity was built from (the {@code Namens} header), so a partner system's next request with the same token skips the
 * signature check and the token's parsing (a quarter to a third of a read's CPU, docs/performance.md). Safety (README,
 * "A verified-token cache"): an entry is only ever made from an identity the OIDC layer verified; it lives until the
 * token's own {@code exp} or the TTL, whichever comes first, so a token is never honoured past its expiry and a removed
 * signing key stops being honoured at most one TTL later; a token that failed is never kept; the store is bounded and
 * emptied when full. Plain Java, on the wall clock the token's expiry is judged by.
 */
public final class VerifiedTokenCache {

    private record Entry(SecurityIdentity identity, Instant until) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int maxEntries;

    public VerifiedTokenCache(Duration ttl, int maxEntries) {
        this.ttl = ttl;
        this.maxEntries = maxEntries;
    }

    /** The key of a token with the request facts its identity depends on; the token itself is never kept. */
    public static String key(String token, String namens) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(token.getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) 0);
            if (namens != null) {
                sha.update(namens.trim().getBytes(StandardCharsets.UTF_8));
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The identity verified for this key, while neither its token's expiry nor the TTL has passed. */
    public Optional<SecurityIdentity> get(String key, Instant now) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        if (!now.isBefore(e.until())) {
            entries.remove(key, e);
            return Optional.empty();
        }
        return Optional.of(e.identity());
    }

    /** Keeps a verified identity until {@code expiry} (the token's {@code exp}) or the TTL; nothing without an expiry. */
    public void put(String key, SecurityIdentity identity, Instant expiry, Instant now) {
        if (expiry == null || !now.isBefore(expiry)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            // bounded without bookkeeping: a full store starts again (tokens are re-verified once, not refused)
            entries.clear();
        }
        Instant until = now.plus(ttl);
        entries.put(key, new Entry(identity, expiry.isBefore(until) ? expiry : until));
    }

    /** Forgets every identity (e.g. when the signing keys change). */
    public void clear() {
        entries.clear();
    }

    public int size() {
        return entries.size();
    }
}
