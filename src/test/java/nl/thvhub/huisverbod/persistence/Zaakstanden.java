package nl.thvhub.huisverbod.persistence;

import java.util.List;

import nl.thvhub.huisverbod.Zaakstandbron;
import nl.thvhub.opvolging.persistence.OpvolgingZaakstand;
import nl.thvhub.signalen.persistence.SignalenZaakstand;
import nl.thvhub.strafrecht.persistence.StrafrechtZaakstand;
import nl.thvhub.uhg.persistence.UhgZaakstand;
import nl.thvhub.zorg.persistence.ZorgZaakstand;

/** The features' columns of the case read as the hub finds them, for plain tests of the statements. */
final class Zaakstanden {

    private Zaakstanden() {
    }

    static List<Zaakstandbron> alle() {
        return List.of(new SignalenZaakstand(), new ZorgZaakstand(), new StrafrechtZaakstand(), new UhgZaakstand(),
                new OpvolgingZaakstand());
    }

    static HuisverbodRepository repository() {
        return new HuisverbodRepository(alle());
    }
}
