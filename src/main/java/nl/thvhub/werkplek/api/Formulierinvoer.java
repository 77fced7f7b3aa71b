package nl.thvhub.werkplek.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.thvhub.huisverbod.AdviesKeuze;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.huisverbod.service.Opdrachten;
import nl.thvhub.opvolging.Peilmoment;
import nl.thvhub.opvolging.Reclasseringsadvies;
import nl.thvhub.opvolging.Zorgadvies;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.signalen.Overtreding;
import nl.thvhub.strafrecht.Afdoening;
import nl.thvhub.zorg.Contactmoment;
import nl.thvhub.zorg.Leefgebied;
import nl.thvhub.zorg.Verwijzing;

/**
 * Reads a werkplek form into the same command the API takes; what cannot be read (a date that is not one, a choice not
 * offered) is a 400 naming the field, as the API names it, so the page shows the error beside that field. The
 * service then validates and decides as for an API call.
 */
final class Formulierinvoer {

    private static final java.time.format.DateTimeFormatter DAG_MAAND_JAAR = java.time.format.DateTimeFormatter
            .ofPattern("d-M-uuuu");
    private static final java.time.format.DateTimeFormatter UUR_MINUUT = java.time.format.DateTimeFormatter
            .ofPattern("H:mm");

    private final Map<String, String> velden;
    private final List<Problem.InvalidParam> fouten = new ArrayList<>();

    Formulierinvoer(Map<String, String> velden) {
        this.velden = velden;
    }

    static Afdoening.Registratie afdoening(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Afdoening.Registratie r = new Afdoening.Registratie(null, null, f.tekst("parketnummer"),
                f.datum("zsmBeoordelingDatum"), null, f.keuze("beslissing", Afdoening.Beslissing.class),
                f.tekst("sepotGrond"), null, null, f.tekst("bijzondereVoorwaarden"), null, null, null, null);
        f.klaar();
        return r;
    }

    static Contactmoment.Vastlegging contactpoging(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Contactmoment.Vastlegging c = new Contactmoment.Vastlegging(f.verplicht(f.uuid("betrokkeneId"), "betrokkeneId"),
                f.verplicht(f.datum("datum"), "datum"), f.verplicht(f.keuze("vorm", Contactmoment.Vorm.class), "vorm"),
                f.verplicht(f.janee("bereikt"), "bereikt"), f.keuze("medewerking", Contactmoment.Medewerking.class));
        f.klaar();
        return c;
    }

    static Overtreding.Melding overtreding(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Overtreding.Melding m = new Overtreding.Melding(f.verplicht(f.moment("moment"), "moment"),
                f.verplicht(f.keuze("soort", Overtreding.Soort.class), "soort"),
                f.verplicht(f.keuze("melder", Overtreding.Melder.class), "melder"),
                f.verplicht(f.tekst("omschrijving"), "omschrijving"), null, null);
        f.klaar();
        return m;
    }

    static Reclasseringsadvies.Aanvraag reclasseringsadvies(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Reclasseringsadvies.Aanvraag a = new Reclasseringsadvies.Aanvraag(f.verplicht(f.datum("termijn"), "termijn"));
        f.klaar();
        return a;
    }

    static Zorgadvies.Aanvraag zorginbrengaanvraag(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Zorgadvies.Aanvraag a = new Zorgadvies.Aanvraag(
                f.verplicht(f.datum("termijn"), "termijn"), f.tekst("vraag"));
        f.klaar();
        return a;
    }

    static Opdrachten.Toewijzen toewijzing(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Opdrachten.Toewijzen t = new Opdrachten.Toewijzen(f.verplicht(f.keuze("rol", ToewijzingRol.class), "rol"),
                f.verplicht(f.tekst("gebruikersnaam"), "gebruikersnaam"), f.keuze("organisatie", Organisatie.class),
                f.uuids("betrokkenen"));
        f.klaar();
        return t;
    }

    static Opdrachten.Verlengingsadvies verlengingsadvies(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Opdrachten.Verlengingsadvies a = new Opdrachten.Verlengingsadvies(
                f.verplicht(f.keuze("advies", AdviesKeuze.class), "advies"), f.verplicht(f.tekst("motivering"), "motivering"),
                f.keuzes("gronden", nl.thvhub.huisverbod.Verlengingsgrond.class));
        f.klaar();
        return a;
    }

    static Opdrachten.Verlengingsbesluit verlengingsbesluit(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Opdrachten.Verlengingsbesluit b = new Opdrachten.Verlengingsbesluit(
                f.verplicht(f.keuze("besluit", AdviesKeuze.class), "besluit"),
                f.verplicht(f.tekst("motivering"), "motivering"));
        f.klaar();
        return b;
    }

    static Opdrachten.Intrekking intrekking(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Opdrachten.Intrekking i = new Opdrachten.Intrekking(f.verplicht(f.tekst("reden"), "reden"),
                f.keuze("grond", nl.thvhub.huisverbod.Intrekkingsgrond.class));
        f.klaar();
        return i;
    }

    static Verwijzing.Aanmelding verwijzing(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Verwijzing.Aanmelding a = new Verwijzing.Aanmelding(
                f.verplicht(f.uuid("verwijzingBetrokkeneId"), "verwijzingBetrokkeneId"),
                f.verplicht(f.tekst("naar"), "naar"), null, f.keuze("leefgebied", Leefgebied.class),
                f.verplicht(f.datum("aangemeldOp"), "aangemeldOp"),
                f.janee("begeleid"));
        f.klaar();
        return a;
    }

    static Opdrachten.MonitoringVerlenging monitoringverlenging(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Opdrachten.MonitoringVerlenging m = new Opdrachten.MonitoringVerlenging(f.verplicht(f.datum("tot"), "tot"),
                f.verplicht(f.keuze("reden", nl.thvhub.huisverbod.Monitoringverlengingsreden.class), "reden"),
                f.verplicht(f.tekst("toelichting"), "toelichting"));
        f.klaar();
        return m;
    }

    static Opdrachten.Afsluiting afsluiting(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Opdrachten.Afsluiting a = new Opdrachten.Afsluiting(f.verplicht(f.tekst("overdrachtAan"), "overdrachtAan"),
                f.verplicht(f.datum("overdrachtDatum"), "overdrachtDatum"),
                f.verplicht(f.janee("gezamenlijkGesprek"), "gezamenlijkGesprek"), f.tekst("geenGesprekReden"),
                f.keuze("overdrachtOrganisatie", Organisatie.class),
                f.keuze("beeindigingGrond", nl.thvhub.huisverbod.Beeindigingsgrond.class));
        f.klaar();
        return a;
    }

    static Peilmoment.Vastlegging peilmoment(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        List<Peilmoment.Terugvalsignaal> signalen = new ArrayList<>();
        String lijst = f.tekst("terugvalSignalen");
        for (String s : lijst == null ? new String[0] : lijst.split(",")) {
            try {
                signalen.add(Peilmoment.Terugvalsignaal.valueOf(s.trim()));
            } catch (IllegalArgumentException e) {
                f.fouten.add(new Problem.InvalidParam("terugvalSignalen", "Kies uit de lijst."));
            }
        }
        Peilmoment.Vastlegging v = new Peilmoment.Vastlegging(f.verplicht(f.datum("peildatum"), "peildatum"),
                f.verplicht(f.keuze("veilig", Peilmoment.Veilig.class), "veilig"), signalen,
                f.verplicht(f.keuze("hulpLoopt", Peilmoment.HulpLoopt.class), "hulpLoopt"), f.tekst("toelichting"));
        f.klaar();
        return v;
    }

    static Overtreding.Vervolg vervolg(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Overtreding.Vervolg v = new Overtreding.Vervolg(
                f.verplicht(f.keuze("vervolgactie", nl.thvhub.huisverbod.Vervolgactie.class), "vervolgactie"),
                f.tekst("vervolgReden"));
        f.klaar();
        return v;
    }

    static Verwijzing.Statuswijziging verwijzingstap(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Verwijzing.Statuswijziging w = new Verwijzing.Statuswijziging(
                f.verplicht(f.keuze("status", Verwijzing.Status.class), "status"),
                f.verplicht(f.datum("stapdatum"), "stapdatum"), null);
        f.klaar();
        return w;
    }

    /** The referral a step is about. */
    static UUID verwijzingId(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        UUID id = f.verplicht(f.uuid("verwijzingId"), "verwijzingId");
        f.klaar();
        return id;
    }

    /** The violation a follow-up is about. */
    static UUID overtredingId(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        UUID id = f.verplicht(f.uuid("overtredingId"), "overtredingId");
        f.klaar();
        return id;
    }

    /** The case's version the page showed ({@code If-Match} of the API): a change in between is a 412. */
    static Integer versie(Map<String, String> velden) {
        String s = velden.get("versie");
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("versie", "de versie van de zaak");
        }
    }

    void klaar() {
        if (!fouten.isEmpty()) {
            throw ProblemException.badRequest("Een of meer velden zijn ongeldig.", fouten);
        }
    }

    <T> T verplicht(T waarde, String veld) {
        if (waarde == null && fouten.stream().noneMatch(p -> p.name().equals(veld))) {
            fouten.add(new Problem.InvalidParam(veld, "Vul dit veld in."));
        }
        return waarde;
    }

    String tekst(String veld) {
        String s = velden.get(veld);
        return s == null || s.isBlank() ? null : s.trim();
    }

    LocalDate datum(String veld) {
        String s = tekst(veld);
        try {
            return s == null ? null : leesDatum(s);
        } catch (DateTimeParseException e) {
            fouten.add(new Problem.InvalidParam(veld, "Geef een datum als 3-12-2026."));
            return null;
        }
    }

    /** A date as people type it here (3-12-2026, 03-12-2026) or as ISO 8601 (2026-12-03). */
    static LocalDate leesDatum(String s) {
        return s.length() == 10 && s.charAt(4) == '-' ? LocalDate.parse(s) : LocalDate.parse(s, DAG_MAAND_JAAR);
    }

    /** A moment as people type it here (3-12-2026 14:30) or as ISO 8601 without zone: Amsterdam time. */
    private Instant moment(String veld) {
        String s = tekst(veld);
        try {
            if (s == null) {
                return null;
            }
            String[] delen = s.replace('T', ' ').trim().split("\\s+");
            if (delen.length != 2) {
                throw new DateTimeParseException("datum en tijd", s, 0);
            }
            return LocalDateTime.of(leesDatum(delen[0]), LocalTime.parse(delen[1], UUR_MINUUT)).atZone(Huisverbod.TIJDZONE)
                    .toInstant();
        } catch (DateTimeParseException e) {
            fouten.add(new Problem.InvalidParam(veld, "Geef een datum en tijd als 3-12-2026 14:30."));
            return null;
        }
    }

    UUID uuid(String veld) {
        String s = tekst(veld);
        try {
            return s == null ? null : UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            fouten.add(new Problem.InvalidParam(veld, "Kies een persoon uit de lijst."));
            return null;
        }
    }

    /** A group of checkboxes of choices (their values joined by commas); none ticked is an empty list. */
    private <E extends Enum<E>> List<E> keuzes(String veld, Class<E> soort) {
        String s = tekst(veld);
        List<E> gekozen = new ArrayList<>();
        for (String deel : s == null ? new String[0] : s.split(",")) {
            try {
                gekozen.add(Enum.valueOf(soort, deel.trim()));
            } catch (IllegalArgumentException e) {
                fouten.add(new Problem.InvalidParam(veld, "Kies uit de lijst."));
                return List.of();
            }
        }
        return gekozen;
    }

    /** A group of checkboxes of persons (their values joined by commas); none ticked is null. */
    private List<UUID> uuids(String veld) {
        String s = tekst(veld);
        if (s == null) {
            return null;
        }
        List<UUID> ids = new java.util.ArrayList<>();
        for (String deel : s.split(",")) {
            try {
                ids.add(UUID.fromString(deel.trim()));
            } catch (IllegalArgumentException e) {
                fouten.add(new Problem.InvalidParam(veld, "Kies personen uit de lijst."));
                return null;
            }
        }
        return ids;
    }

    Boolean janee(String veld) {
        String s = tekst(veld);
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "ja" -> Boolean.TRUE;
            case "nee" -> Boolean.FALSE;
            default -> {
                fouten.add(new Problem.InvalidParam(veld, "Kies ja of nee."));
                yield null;
            }
        };
    }

    <E extends Enum<E>> E keuze(String veld, Class<E> soort) {
        String s = tekst(veld);
        try {
            return s == null ? null : Enum.valueOf(soort, s);
        } catch (IllegalArgumentException e) {
            fouten.add(new Problem.InvalidParam(veld, "Kies een van de mogelijkheden."));
            return null;
        }
    }
}
