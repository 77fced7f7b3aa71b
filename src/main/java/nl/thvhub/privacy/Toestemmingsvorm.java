package nl.thvhub.privacy;

import org.eclipse.microprofile.graphql.Enum;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a data subject gave consent: in writing or orally (recorded by the professional who heard it). */
@Enum("Toestemmingsvorm")
@Schema(name = "Toestemmingsvorm")
public enum Toestemmingsvorm {
    SCHRIFTELIJK, MONDELING
}
