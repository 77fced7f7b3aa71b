package nl.thvhub.huisverbod;

import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coordinator's advice on extending the THV. */
@Enum("Advies")
@Schema(name = "Advies")
public enum AdviesKeuze {
    VERLENGEN, NIET_VERLENGEN
}
