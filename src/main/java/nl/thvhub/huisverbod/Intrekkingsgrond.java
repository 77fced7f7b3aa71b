package nl.thvhub.huisverbod;

import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The coded ground of a withdrawal, beside its reason text (issue 34.4), counted in statistics. */
@Enum("Intrekkingsgrond")
@Schema(name = "Intrekkingsgrond")
public enum Intrekkingsgrond {
    VEILIGHEIDSAFSPRAKEN, JURIDISCH_NIET_HOUDBAAR, RECHTER_OPGEHEVEN, ANDERS
}
