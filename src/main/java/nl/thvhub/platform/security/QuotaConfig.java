package nl.thvhub.platform.security;

import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Request quotas per client ({@code azp}) and per user, in fixed windows; per-client overrides by client id. */
@ConfigMapping(prefix = "thv.quota")
public interface QuotaConfig {

    /** Length of one counting window. */
    @WithDefault("PT1M")
    Duration venster();

    /** Requests per window for a client without an override. */
    @WithDefault("1200")
    int perClient();

    /** Requests per window for one user (token subject). */
    @WithDefault("600")
    int perGebruiker();

    /** Per-client overrides, e.g. {@code thv.quota.clients.partner-om=300}. */
    Map<String, Integer> clients();
}
