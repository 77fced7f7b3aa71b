package nl.thvhub.signalen;

import java.util.Locale;

/** The Dutch postcode as the signals accept it (with or without the space) and store it (1011AB). */
public final class Postcode {

    /** For {@code @Pattern} and for query parameters alike. */
    public static final String PATROON = "^[1-9][0-9]{3} ?[A-Za-z]{2}$";
    public static final String UITLEG = "een postcode als 1011AB";

    private Postcode() {
    }

    public static String normaal(String postcode) {
        return postcode.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
