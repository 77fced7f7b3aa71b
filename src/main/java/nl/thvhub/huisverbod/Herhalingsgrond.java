package nl.thvhub.huisverbod;

/**
 * Why a case is a repeat: an earlier case of the same UHG (name and birth date), at the same address, or both; or a
 * gemeente's import of historical THVs naming the UHG.
 */
@org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Herhalingsgrond")
@org.eclipse.microprofile.graphql.Name("Herhalingsgrond")
public enum Herhalingsgrond {

    PERSOON, ADRES, PERSOON_EN_ADRES, IMPORT;

    /** The ground of an earlier case that matched by person, by address or by both. */
    public static Herhalingsgrond van(boolean persoon, boolean adres) {
        return persoon && adres ? PERSOON_EN_ADRES : persoon ? PERSOON : ADRES;
    }
}
