package nl.thvhub.huisverbod.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import nl.thvhub.huisverbod.Taaktermijnen;

/**
 * The due periods of the work queue ({@code thv.taken.*}); a referral's start, the check-in's margin and the hand-over's
 * confirmation keep their {@code thv.zorg.*} periods, so the queue and the care notices never disagree.
 */
@ConfigMapping(prefix = "thv.taken")
public interface TaakConfig {

    /** Veilig Thuis assigns a gezinsmanager this long after imposition. */
    @WithDefault("P2D")
    Duration gezinsmanager();

    /** The coordinator reaches each adult this long after imposition. */
    @WithDefault("P1D")
    Duration eersteContact();

    /** The extension advice is due this long before the THV ends. */
    @WithDefault("P2D")
    Duration verlengingsadviesVoorEinde();

    /** A confirmed violation is followed up this long after it happened. */
    @WithDefault("P2D")
    Duration overtredingOpvolgen();

    /** The monitoring report task opens this long before monitoring ends. */
    @WithDefault("P14D")
    Duration eindrapportOpent();

    /** A case whose monitoring ended is closed within this long. */
    @WithDefault("P14D")
    Duration afsluiten();

    /** GGZ answers whether it knows a person this long after the UHG's coordinator asked. */
    @WithDefault("P3D")
    Duration ggzVraag();

    default Taaktermijnen waarden(ZorgtermijnConfig zorg) {
        return new Taaktermijnen(gezinsmanager(), eersteContact(), verlengingsadviesVoorEinde(), overtredingOpvolgen(),
                eindrapportOpent(), afsluiten(), zorg.verwijzingGestart(), zorg.peilmomentMarge(),
                zorg.overdrachtBevestiging(), ggzVraag());
    }
}
