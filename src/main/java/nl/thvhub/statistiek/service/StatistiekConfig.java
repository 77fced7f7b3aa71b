package nl.thvhub.statistiek.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds of a statistics query ({@code thv.statistiek.*}): statistics must never starve the case reads. */
@ConfigMapping(prefix = "thv.statistiek")
public interface StatistiekConfig {

    /** The statement timeout of a statistics query; past it the answer is 503 with Retry-After. */
    @WithDefault("PT5S")
    Duration tijdslimiet();
}
