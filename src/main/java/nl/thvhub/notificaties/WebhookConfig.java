package nl.thvhub.notificaties;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook delivery settings: retry backoff, how long to keep trying, HTTP timeout, and whether plain http is allowed. */
@ConfigMapping(prefix = "thv.webhooks")
public interface WebhookConfig {

    /** First retry delay; doubles per attempt (with ±50 % jitter). */
    @WithDefault("PT5S")
    Duration basisWachttijd();

    /** Longest delay between two attempts. */
    @WithDefault("PT1H")
    Duration maxWachttijd();

    /** After this long without success a delivery goes to the dead-letter list. */
    @WithDefault("PT25H")
    Duration maxDuur();

    @WithDefault("PT10S")
    Duration timeout();

    /** Key material (at least 32 characters) under which the subscriptions' signing secrets are encrypted at rest. */
    String geheimSleutel();

    /**
     * The CloudEvent {@code source} of every delivery: the operating organisation and system as an NL GOV URN
     * ({@code urn:nld:oin:<OIN>:systeem:<system>}).
     */
    String bron();

    /** How long a rotated-out secret still signs deliveries beside the new one. */
    @WithDefault("P1D")
    Duration rotatieOverlap();

    /** Plain http callbacks are accepted only for loopback addresses, and only when this is on (demo, tests). */
    @WithDefault("false")
    boolean httpLoopbackToegestaan();
}
