package nl.thvhub.werkplek.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.privacy.Toestemmingsvorm;
import nl.thvhub.privacy.service.ToestemmingService;

/** The person page's consent forms read into the API's commands (issue 32), with {@link Formulierinvoer}'s field rules. */
final class Toestemminginvoer {

    private Toestemminginvoer() {
    }

    /** A consent: valid until the end of the day the form names (Amsterdam). */
    static ToestemmingService.Registratie registratie(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        LocalDate tot = f.verplicht(f.datum("geldigTot"), "geldigTot");
        ToestemmingService.Registratie r = new ToestemmingService.Registratie(
                f.verplicht(f.uuid("persoon"), "persoon"), f.verplicht(f.keuze("categorie", Categorie.class), "categorie"),
                f.verplicht(f.keuze("ontvanger", Organisatie.class), "ontvanger"), f.verplicht(f.tekst("doel"), "doel"),
                f.verplicht(f.keuze("vorm", Toestemmingsvorm.class), "vorm"),
                tot == null ? null : tot.plusDays(1).atStartOfDay(Huisverbod.TIJDZONE).toInstant(),
                f.tekst("formulierReferentie"), f.datum("gehoordOp"), f.tekst("gehoordDoor"));
        f.klaar();
        return r;
    }

    static UUID toestemmingId(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        UUID id = f.verplicht(f.uuid("toestemmingId"), "toestemmingId");
        f.klaar();
        return id;
    }

    static ToestemmingService.Intrekking intrekking(Map<String, String> velden) {
        return new ToestemmingService.Intrekking(new Formulierinvoer(velden).tekst("intrekkingReden"));
    }
}
