package nl.thvhub.huisverbod;

import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why monitoring ended before its planned end (issue 35.1): coded beside the reason text and counted in statistics, so
 * "care ending by the clock" and care ending because help runs can be told apart.
 */
@Enum("Beeindigingsgrond")
@Schema(name = "Beeindigingsgrond")
public enum Beeindigingsgrond {
    /** Safety is restored and help runs: nothing left to monitor. */
    DOEL_BEREIKT,
    /** Another organisation holds the care (the family is in care elsewhere). */
    ZORG_ELDERS_GEBORGD,
    /** The family does not cooperate with monitoring. */
    GEEN_MEDEWERKING,
    /** The family moved out of the region. */
    VERHUISD,
    /** Nobody of the family can be reached any more. */
    NIET_BEREIKBAAR, ANDERS
}
