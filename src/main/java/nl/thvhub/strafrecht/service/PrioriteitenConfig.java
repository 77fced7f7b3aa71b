package nl.thvhub.strafrecht.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The ZSM priority list's thresholds. */
@ConfigMapping(prefix = "thv.zsm")
public interface PrioriteitenConfig {

    /** Rows with less time left than this are marked urgent. */
    @WithDefault("PT48H")
    Duration urgentBinnen();

    /** THVs ending within this window are listed when their contactverbod would not start on time. */
    @WithDefault("PT72H")
    Duration contactverbodVenster();

    /** A running THV without a criminal track enters the list's second section with this many confirmed violations. */
    @WithDefault("2")
    int overtredingenZonderTraject();
}
