package nl.thvhub.werkplek.api;

import java.util.Map;
import java.util.UUID;

import nl.thvhub.uhg.Opvang;
import nl.thvhub.uhg.Politieverzoek;
import nl.thvhub.uhg.Verblijf;

/** The UHG page's forms read into the API's commands, with {@link Formulierinvoer}'s field rules (issue 33). */
final class Uhginvoer {

    /** The forms of the UHG page: their refusals come back on that page. */
    static final java.util.Set<String> FORMULIEREN = java.util.Set.of("verblijf", "opvang", "politieverzoek",
            "politieverzoekantwoord");

    private Uhginvoer() {
    }

    static Verblijf.Vastlegging verblijf(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Verblijf.Vastlegging v = new Verblijf.Vastlegging(f.verplicht(f.keuze("soort", Verblijf.Soort.class), "soort"),
                f.tekst("adres"), f.verplicht(f.datum("sinds"), "sinds"), f.verplicht(f.tekst("bron"), "bron"));
        f.klaar();
        return v;
    }

    static Opvang.Besluit opvang(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        String nachten = f.tekst("nachten");
        Integer n = null;
        if (nachten != null) {
            try {
                n = Integer.valueOf(nachten);
            } catch (NumberFormatException e) {
                throw nl.thvhub.platform.problem.ProblemException.invalid("nachten", "een aantal nachten, zoals 7");
            }
        }
        Opvang.Besluit b = new Opvang.Besluit(f.verplicht(f.janee("inAanmerking"), "inAanmerking"),
                f.verplicht(f.tekst("reden"), "reden"), n, f.verplicht(f.datum("besluitOp"), "besluitOp"));
        f.klaar();
        return b;
    }

    static Politieverzoek.Aanvraag politieverzoek(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Politieverzoek.Aanvraag a = new Politieverzoek.Aanvraag(
                f.verplicht(f.keuze("soort", Politieverzoek.Soort.class), "soort"),
                f.verplicht(f.tekst("toelichting"), "toelichting"), f.verplicht(f.datum("termijn"), "termijn"));
        f.klaar();
        return a;
    }

    static Politieverzoek.Antwoord antwoord(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        Politieverzoek.Antwoord a = new Politieverzoek.Antwoord(
                f.verplicht(f.keuze("uitkomst", Politieverzoek.Uitkomst.class), "uitkomst"),
                f.verplicht(f.tekst("toelichting"), "toelichting"));
        f.klaar();
        return a;
    }

    /** The person a form of the UHG's page is about (its hidden field; the service checks it is the case's UHG). */
    static UUID persoon(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        UUID id = f.verplicht(f.uuid("persoon"), "persoon");
        f.klaar();
        return id;
    }

    static UUID verzoekId(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        UUID id = f.verplicht(f.uuid("verzoekId"), "verzoekId");
        f.klaar();
        return id;
    }
}
