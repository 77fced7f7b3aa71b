package nl.thvhub.huisverbod;

import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why the coordinator advises the mayor to extend (issue 34.4): the grounds a court tests, required when advising
 * VERLENGEN (evaluation §2.3.1).
 */
@Enum("Verlengingsgrond")
@Schema(name = "Verlengingsgrond")
public enum Verlengingsgrond {
    DREIGING_HOUDT_AAN, GEEN_VEILIGHEIDSAFSPRAKEN, UHG_NIET_BEREIKT, HULP_NIET_GESTART, ANDERS
}
