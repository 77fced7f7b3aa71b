package nl.thvhub.huisverbod;

/** What the police did about a violation of the THV; GEEN needs a reason. */
public enum Vervolgactie {
    /** Arrest under art. 11 Wet tijdelijk huisverbod. */
    AANHOUDING, GESPREK_REPRIMANDE, PROCES_VERBAAL, GEEN
}
