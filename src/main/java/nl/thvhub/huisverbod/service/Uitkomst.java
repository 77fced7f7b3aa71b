package nl.thvhub.huisverbod.service;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.problem.ProblemException;

/**
 * What the seam decided about one actor and one case: the case seen ({@link Inzage}), refused with its reason, or — after
 * an assignment that handed the actor's own role to a colleague — handed over. A caller answers only after the
 * transaction that wrote the decision's audit line committed.
 */
public sealed interface Uitkomst permits Inzage, Uitkomst.Geweigerd, Uitkomst.Overgedragen {

    /** Why the seam refused; each reason is also the denial line's {@code reden}. */
    enum Reden {
        /** No such case. */
        ONBEKEND,
        /** The case exists, but the policy keeps this actor out of it. */
        BUITEN_SCOPE,
        /** This request already opened another case by break-the-glass. */
        NOODTOEGANG_AL_GEBRUIKT,
        /** The user reached the daily cap of emergency grants. */
        NOODTOEGANG_LIMIET
    }

    /** Refused: nothing of the case leaves. */
    record Geweigerd(Reden reden) implements Uitkomst {
    }

    /** The actor handed the own role on the case to a colleague and no longer sees it; only its new version leaves. */
    record Overgedragen(Huisverbod zaak) implements Uitkomst {
    }

    /** The case as seen, or the answer for a refusal: 404 as for a missing case, 403 or 429 for emergency limits. */
    default Inzage zichtbaarOf404() {
        return switch (this) {
            case Inzage inzage -> inzage;
            case Geweigerd(Reden reden) when reden == Reden.NOODTOEGANG_LIMIET -> throw ProblemException
                    .tooMany("U heeft het maximum aantal noodtoegangen voor vandaag bereikt; de FG is ingelicht.");
            case Geweigerd(Reden reden) when reden == Reden.NOODTOEGANG_AL_GEBRUIKT -> throw ProblemException
                    .forbidden("Noodtoegang opent een zaak per verzoek; vraag elke zaak apart op.");
            case Geweigerd g -> throw ProblemException.notFound();
            case Overgedragen o -> throw new IllegalStateException("a handed-over case has no view to answer with");
        };
    }
}
