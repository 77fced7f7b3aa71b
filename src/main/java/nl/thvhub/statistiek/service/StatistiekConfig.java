package nl.thvhub.statistiek.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bounds of statistics and import ({@code thv.statistiek.*}): statistics must never starve the case reads, an import
 * never fill the heap.
 */
@ConfigMapping(prefix = "thv.statistiek")
public interface StatistiekConfig {

    /** The statement timeout of a statistics query; past it the answer is 503 with Retry-After. */
    @WithDefault("PT5S")
    Duration tijdslimiet();

    /**
     * The longest import line, in characters; a longer line is one rejected line and the rest of the file goes on (a
     * historical THV with its persons fits in a few hundred).
     */
    @WithDefault("65536")
    int importMaxRegel();

    /** Where an upload waits while it is read; what a crash left here is removed at start-up. */
    @WithDefault("${java.io.tmpdir}/thv-import")
    String importMap();
}
