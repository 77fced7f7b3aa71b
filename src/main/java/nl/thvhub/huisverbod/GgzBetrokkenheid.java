package nl.thvhub.huisverbod;

import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether GGZ is involved with a person of the case: a flag, never a diagnosis. */
@Enum("Betrokkenheid")
@Schema(name = "Betrokkenheid")
public enum GgzBetrokkenheid {
    JA, VERMOEDEN, NEE
}
