package nl.thvhub.huisverbod.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import nl.thvhub.huisverbod.Huisverbod;

/** The deadlines of the care tasks ({@code thv.zorg.*}): within how long a UHG is reached and a referral starts. */
@ConfigMapping(prefix = "thv.zorg")
public interface ZorgtermijnConfig {

    /** A UHG no contact attempt reached this long after imposition opens {@code UHG_NIET_BEREIKT}. */
    @WithDefault("P7D")
    Duration uhgBereikt();

    /** A referral not started this long after its sign-up date opens {@code VERWIJZING_NIET_GESTART}. */
    @WithDefault("P21D")
    Duration verwijzingGestart();

    default Huisverbod.Zorgtermijnen waarden() {
        return new Huisverbod.Zorgtermijnen(uhgBereikt(), verwijzingGestart());
    }
}
