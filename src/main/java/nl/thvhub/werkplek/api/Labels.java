package nl.thvhub.werkplek.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.privacy.Onthoudingsreden;

/** Codes as a desk reads them: enum names in plain Dutch, moments in Amsterdam time. */
public final class Labels {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter
            .ofPattern("d MMM yyyy, HH:mm", Locale.forLanguageTag("nl-NL"))
            .withZone(Huisverbod.TIJDZONE);
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.forLanguageTag("nl-NL"));

    private Labels() {
    }

    /** {@code EERSTE_CONTACT} as "Eerste contact". */
    public static String code(Object code) {
        if (code == null) {
            return "";
        }
        String s = code.toString().replace('_', ' ').toLowerCase(Locale.ROOT);
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static String moment(Instant moment) {
        return moment == null ? "" : MOMENT.format(moment);
    }

    public static String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    public static String janee(Boolean b) {
        return b == null ? "onbekend" : b ? "ja" : "nee";
    }

    /** Why a part is shielded, in the reader's words. */
    public static String reden(Onthoudingsreden reden) {
        return switch (reden) {
            case NIET_IN_UW_TAAK -> "niet in uw taak";
            case GEEN_TOESTEMMING -> "geen toestemming van de betrokkene";
            case NIET_VOOR_DEZE_BETROKKENE -> "uw regel opent dit niet voor deze persoon";
            case NIET_BIJ_NOODTOEGANG -> "noodtoegang opent dit nooit";
            case BUITEN_OPDRACHT -> "valt buiten de opdracht waarmee u deze zaak ziet";
        };
    }
}
