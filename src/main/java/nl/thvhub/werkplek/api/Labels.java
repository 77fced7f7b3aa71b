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

    private static final java.util.Map<String, String> EIGEN = java.util.Map.ofEntries(
            java.util.Map.entry("OM", "OM"), java.util.Map.entry("GGZ", "GGZ"), java.util.Map.entry("JBRA", "JBRA"),
            java.util.Map.entry("WSJJ", "WSJJ"), java.util.Map.entry("BLIJF_GROEP", "Blijf Groep"),
            java.util.Map.entry("VEILIG_THUIS", "Veilig Thuis"), java.util.Map.entry("SOCIAAL_TEAM_AA", "Sociaal Team AA"),
            java.util.Map.entry("VERBLIJF_UHG", "Verblijf van de uithuisgeplaatste"),
            java.util.Map.entry("VERBLIJF_AB", "Verblijf van de achterblijvers"),
            java.util.Map.entry("OPVANG_UHG", "Opvang van de uithuisgeplaatste"), java.util.Map.entry("ZSM", "ZSM"),
            java.util.Map.entry("ZORGCOORDINATOR", "Zorgcoördinator"), java.util.Map.entry("UHG", "UHG"),
            // the reason's code keeps its old name one release; the desk reads the new one (issue 34.6)
            java.util.Map.entry("ZORGADVIES_HOOG", "Zorginbreng hoog"),
            java.util.Map.entry("UHG_NIET_BEREIKT", "UHG niet bereikt"));

    /** A name the plain rule would spell wrong (abbreviations, proper names), else the plain rule. */
    public static String naam(Object code) {
        return code == null ? "" : EIGEN.getOrDefault(code.toString(), code(code));
    }

    /** The Dutch label of a form field, for the error summary. */
    public static String veld(String veld) {
        return switch (veld) {
            case "zsmBeoordelingDatum" -> "Datum ZSM-beoordeling";
            case "sepotGrond" -> "Sepotgrond";
            case "bijzondereVoorwaarden" -> "Bijzondere voorwaarden";
            case "betrokkeneId" -> "Met wie";
            case "moment" -> "Wanneer";
            case "melder" -> "Gemeld door";
            case "termijn" -> "Advies nodig voor";
            case "gebruikersnaam" -> "Gebruikersnaam";
            case "betrokkenen" -> "Voor wie";
            case "soort" -> "Soort";
            case "adres" -> "Adres of plek";
            case "sinds" -> "Sinds";
            case "bron" -> "Bron";
            case "inAanmerking" -> "In aanmerking";
            case "nachten" -> "Aantal nachten";
            case "besluitOp" -> "Besloten op";
            case "uitkomst" -> "Uitkomst";
            default -> code(veld);
        };
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
            case BUITEN_TOEWIJZING -> "uw toewijzing dekt deze persoon niet";
        };
    }
}
