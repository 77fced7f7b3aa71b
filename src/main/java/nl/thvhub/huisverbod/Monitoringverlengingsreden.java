package nl.thvhub.huisverbod;

import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why monitoring runs longer than planned (issue 35.1; evaluation recommendations 3c and 4b: addiction, mental health
 * and debts need a longer period of support).
 */
@Enum("Monitoringverlengingsreden")
@Schema(name = "Monitoringverlengingsreden")
public enum Monitoringverlengingsreden {
    /** A referral has not started yet. */
    HULP_NOG_NIET_GESTART, VERSLAVING, GGZ, SCHULDEN,
    /** The situation is not yet safe or stable. */
    VEILIGHEID_NIET_STABIEL, ANDERS
}
