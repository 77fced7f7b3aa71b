package nl.thvhub.zorg;

import nl.thvhub.privacy.Categorie;

/**
 * The life domains of the broad problem analysis (seed, recommendations 3d and 3e). Mental health and addiction are
 * special-category data (AVG art. 9): category GEZONDHEID, never to the police, only where the policy file allows.
 */
public enum Leefgebied {

    VEILIGHEID, HUISVESTING, FINANCIEN, VERSLAVING, PSYCHISCHE_GEZONDHEID, NETWERK, DAGBESTEDING, OPVOEDING, RELATIE;

    /** The category a score or a referral in this domain belongs to. */
    public Categorie categorie() {
        return this == VERSLAVING || this == PSYCHISCHE_GEZONDHEID ? Categorie.GEZONDHEID : Categorie.HULPVERLENING;
    }
}
