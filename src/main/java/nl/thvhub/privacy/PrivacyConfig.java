package nl.thvhub.privacy;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Privacy settings: how long an emergency grant lasts and how long after closing a case stays readable. */
@ConfigMapping(prefix = "thv.privacy")
public interface PrivacyConfig {

    /** Validity of a break-the-glass grant for one case. */
    @WithDefault("PT30M")
    Duration noodtoegangDuur();

    /** Emergency grants one user may take in 24 hours; above it the hub refuses (429) and tells the FG. */
    @WithDefault("3")
    int noodtoegangPerDag();

    /** Retention after closing; after it only the gemeente (and FG, for audit data) can reach the case. */
    @WithDefault("P1825D")
    Duration bewaartermijn();
}
