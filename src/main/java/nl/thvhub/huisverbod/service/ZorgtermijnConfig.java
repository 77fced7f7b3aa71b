package nl.thvhub.huisverbod.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import nl.thvhub.huisverbod.Huisverbod;

/**
 * The deadlines of the care tasks ({@code thv.zorg.*}): within how long a UHG is reached, a referral starts, the
 * six-week check-in takes place and a hand-over is confirmed.
 */
@ConfigMapping(prefix = "thv.zorg")
public interface ZorgtermijnConfig {

    /**
     * A UHG no contact attempt reached this long after imposition opens {@code UHG_NIET_BEREIKT}: two days, the first
     * contact being due after one (a third of the UHGs was never reached, seed §2.4.1).
     */
    @WithDefault("P2D")
    Duration uhgBereikt();

    /** A referral not started this long after its sign-up date opens {@code VERWIJZING_NIET_GESTART}. */
    @WithDefault("P21D")
    Duration verwijzingGestart();

    /**
     * The six-week check-in may fall this much before or after its date; missed by more, {@code PEILMOMENT_GEMIST}
     * opens.
     */
    @WithDefault("P7D")
    Duration peilmomentMarge();

    /** A warm hand-over nobody confirmed this long after closing opens {@code OVERDRACHT_NIET_BEVESTIGD}. */
    @WithDefault("P5D")
    Duration overdrachtBevestiging();

    default Huisverbod.Zorgtermijnen waarden() {
        return new Huisverbod.Zorgtermijnen(uhgBereikt(), verwijzingGestart(), peilmomentMarge(), overdrachtBevestiging());
    }
}
