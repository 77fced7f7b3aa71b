package nl.thvhub.huisverbod.service;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.ProblemException;
import nl.thvhub.privacy.Besluit;

/**
 * A case together with the decision of what its reader may see of it, as {@link Zaaktoegang} returns it. A refusal is an
 * Inzage without case, so the caller answers only after the denial line committed. {@code taken} are the case's open
 * tasks at the moment of reading, care deadlines included.
 */
public record Inzage(Huisverbod zaak, Besluit besluit, java.util.List<String> taken) {

    static final Inzage GEWEIGERD = new Inzage(null, null, java.util.List.of());
    /** Refused: this request already opened another case by break-the-glass (compared by identity). */
    static final Inzage NOOD_EEN_ZAAK = new Inzage(null, null, java.util.List.of());
    /** Refused: the user reached the daily cap of emergency grants (compared by identity). */
    static final Inzage NOOD_LIMIET = new Inzage(null, null, java.util.List.of());

    /** The Inzage itself, or the answer for a refusal: 404 as for a missing case, 403 or 429 for emergency limits. */
    public Inzage zichtbaarOf404() {
        if (this == NOOD_LIMIET) {
            throw ProblemException
                    .tooMany("U heeft het maximum aantal noodtoegangen voor vandaag bereikt; de FG is ingelicht.");
        }
        if (this == NOOD_EEN_ZAAK) {
            throw ProblemException.forbidden("Noodtoegang opent een zaak per verzoek; vraag elke zaak apart op.");
        }
        if (zaak == null) {
            throw ProblemException.notFound();
        }
        return this;
    }
}
