package nl.thvhub.platform.security;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may assert what in a token, and what the identity provider must look like in production. */
@ConfigMapping(prefix = "thv.security")
public interface SecurityConfig {

    /**
     * Per client ({@code azp}): the organisations a token of that client may carry in its {@code organisatie} claim. A
     * partner system asserts only its own organisation; the hub's own app client carries whatever the identity provider
     * put in the user's token. A client not listed may assert none (403): the hub never takes an organisation on the word
     * of a client it does not know.
     */
    Map<String, List<Organisatie>> organisatiesPerClient();

    /**
     * Per organisation: the employees a partner system of that organisation may act for with the {@code Namens} header
     * (its roster, kept in step with the organisation's own accounts). A name not on the roster is a 403: the hub
     * never lets a system act for someone it does not know as that organisation's employee.
     */
    Map<Organisatie, List<String>> medewerkers();

    /**
     * The audience a token must name for the hub: the API's tenant checks it itself; for a werkplek login the hub checks
     * the access token the login obtained against it (the same value as {@code quarkus.oidc.token.audience}).
     */
    @WithDefault("thv-hub")
    String audience();

    /**
     * How long the identity of a verified bearer token is reused without verifying the token again (never past the
     * token's expiry; README, "A verified-token cache"); {@code 0s} verifies every request.
     */
    @WithDefault("60s")
    java.time.Duration tokenCacheTtl();

    /** At most this many verified tokens are kept; a full cache starts again. */
    @WithDefault("10000")
    int tokenCacheMaxEntries();

    /** Whether a plain http issuer is accepted in production (only the local demo and the benchmark turn this on). */
    @WithDefault("false")
    boolean oidcHttpToegestaan();
}
