package nl.thvhub.platform;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Typed view of the hub's own {@code thv.*} settings. */
@ConfigMapping(prefix = "thv")
public interface HubConfig {

    /** Full semantic version of the API, sent in every {@code API-Version} response header. */
    String apiVersion();

    /** Whether the demo cases are loaded at start-up (local run command only). */
    @WithDefault("false")
    boolean demoData();
}
