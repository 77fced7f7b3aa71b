package nl.thvhub.audit;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Audit settings: the pseudonymisation key (a secret, from the environment in production) and chain anchoring. */
@ConfigMapping(prefix = "thv.audit")
public interface AuditConfig {

    /** Key for the HMAC pseudonyms in the hashed part of each line; at least 32 characters. */
    String pseudonimiseringssleutel();

    /** How often the sealer chains new lines. */
    @WithDefault("1s")
    Duration zegelInterval();

    /** How often the head of the chain is copied to the anchor table (and file). */
    @WithDefault("60s")
    Duration ankerInterval();

    /** A file outside the database to which every anchor is appended, if set. */
    Optional<String> ankerBestand();

    /** Lines checked per batch while verifying. */
    @WithDefault("10000")
    int verificatieBatch();
}
