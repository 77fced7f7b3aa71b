package nl.thvhub.privacy;

import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The FG's coded verdict on a break-the-glass read: justified or not. The reasons stay free text beside it; the code is
 * what the FG's reports count and what a follow-up (a talk, a data-breach assessment) starts from.
 */
@Schema(name = "NoodtoegangUitkomst")
@Name("NoodtoegangUitkomst")
public enum NoodtoegangUitkomst {
    /** The emergency was real and the read was needed for it. */
    TERECHT,
    /** No emergency, or more read than it needed. */
    ONTERECHT
}
