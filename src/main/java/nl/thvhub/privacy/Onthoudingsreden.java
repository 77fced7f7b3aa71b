package nl.thvhub.privacy;

/** Why the sharing policy withholds a category from a reader: what a screen or a partner system tells its user. */
public enum Onthoudingsreden {
    /** The reader's rule does not open the category: it is not part of the reader's task. */
    NIET_IN_UW_TAAK,
    /** The rule opens it only with the person's consent, and that person (or, for a family-level part, everyone) gave none. */
    GEEN_TOESTEMMING,
    /** The rule opens the category for other persons of the case only (e.g. the victims' data, not the UHG's). */
    NIET_VOOR_DEZE_BETROKKENE,
    /** An emergency read (break-the-glass) never opens this category. */
    NIET_BIJ_NOODTOEGANG,
    /** The reader reaches the case through an open request only, and the request does not open this category. */
    BUITEN_OPDRACHT,
    /**
     * The rule opens the category only about the persons the reader's own assignment covers, and it does not cover this
     * one (the victims' coordinator and the UHG's whereabouts).
     */
    BUITEN_TOEWIJZING
}
