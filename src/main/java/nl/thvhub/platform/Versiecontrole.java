package nl.thvhub.platform;

import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;

/**
 * The one If-Match check of the hub: a writer names the version it read, and a different current version is 412
 * (RFC 9110); a write to something that exists without a version is 428 where the resource demands one (RFC 6585).
 */
public final class Versiecontrole {

    /** What is versioned, with the words its problem uses. */
    public enum Onderwerp {

        ZAAK("De zaak heeft", "lees haar opnieuw"), ONDERDEEL("Dit onderdeel heeft", "lees het opnieuw");

        private final String heeft;
        private final String opnieuw;

        Onderwerp(String heeft, String opnieuw) {
            this.heeft = heeft;
            this.opnieuw = opnieuw;
        }
    }

    private Versiecontrole() {
    }

    /** 412 when the writer's version (null: none given, unconditional) is not the current one. */
    public static void klopt(Onderwerp onderwerp, Integer gelezen, int huidig) {
        if (gelezen != null && gelezen != huidig) {
            throw ProblemException.preconditionFailed(
                    onderwerp.heeft + " versie " + huidig + ", niet " + gelezen + "; " + onderwerp.opnieuw + ".");
        }
    }

    /** 428 when a write to an existing version names none: it would overwrite a colleague's version unknowingly. */
    public static void vereist(Onderwerp onderwerp, Integer gelezen, int huidig) {
        if (gelezen == null && huidig > 0) {
            throw new ProblemException(Problem.of(428, "Versie vereist",
                    onderwerp.heeft + " al versie " + huidig + "; stuur If-Match met de versie die u wijzigt."));
        }
    }
}
