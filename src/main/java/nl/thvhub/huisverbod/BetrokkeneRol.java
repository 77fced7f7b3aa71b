package nl.thvhub.huisverbod;

/** The part a person plays in a case. */
public enum BetrokkeneRol {
    UITHUISGEPLAATSTE, ACHTERBLIJVER, KIND
}
