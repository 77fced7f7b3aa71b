package nl.thvhub.werkplek.api;

import java.util.List;

import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.werkplek.api.Zaakscherm.Keuze;

/**
 * A page of care that carries on (issue 35): the monitoring report, the conversation records or nazorg, as the API gave
 * them, and the forms of that page the reader's desk may send: {@code formulier} is the page's own form (the report,
 * a conversation, starting ICM), {@code lopend} the tracks the reader owns and may review or end.
 */
record Vervolgscherm(String zaakId, String registratienummer, String pagina, String kop, List<Zaakscherm.Sectie> secties,
        boolean formulier, Integer versie, List<Persoon> personen, List<Track> lopend, Zaakscherm.Formulier ingevuld) {

    /** A person a form may be about; {@code volwassen}: the closing criterion asks a referral or a reason of adults. */
    record Persoon(String id, String label, boolean volwassen) {
    }

    /** A running track of the reader's own. */
    record Track(String id, String label, boolean icm) {
    }

    /** The report's questions on the case as a whole, each answered JA, NEE or ONDUIDELIJK. */
    public List<Keuze> vragen() {
        return List.of(new Keuze("dreigingAfgenomen", "Is de dreiging afgenomen?"),
                new Keuze("relatieBeeindigd", "Is de relatie beëindigd?"),
                new Keuze("gescheidenWonen", "Wonen slachtoffer en uithuisgeplaatste gescheiden?"),
                new Keuze("recidiveBekend", "Is recidive bekend?"));
    }

    public List<Keuze> antwoorden() {
        return Zaakscherm.Formulieren.keuzes(nl.thvhub.huisverbod.JaNeeOnduidelijk.values());
    }

    public List<Keuze> uitkomsten() {
        return Zaakscherm.Formulieren.keuzes(Eindrapport.Uitkomst.values());
    }

    public List<Keuze> geenVerwijzingRedenen() {
        return List.of(new Keuze("NIET_NODIG", "Niet nodig"), new Keuze("WEIGERT", "Weigert hulp"),
                new Keuze("ELDERS_IN_ZORG", "Al elders in zorg"));
    }

    public List<Keuze> gespreksoorten() {
        return List.of(new Keuze("INTAKE", "Intake"), new Keuze("SYSTEEMGESPREK", "Systeemgesprek met het gezin"),
                new Keuze("MDO", "Multidisciplinair overleg (MDO)"), new Keuze("EVALUATIE", "Evaluatie"));
    }

    public List<Keuze> organisaties() {
        return Zaakscherm.Formulieren.keuzes(nl.thvhub.platform.security.Organisatie.values()).stream()
                .map(k -> new Keuze(k.waarde(), Labels.naam(k.waarde()))).toList();
    }

    public List<Keuze> nazorguitkomsten() {
        return Zaakscherm.Formulieren.keuzes(nl.thvhub.zorg.Nazorg.Uitkomst.values());
    }

    /** The report's form field of a person's referral outcome, and of why an adult was not referred. */
    public String uitkomstVeld(Persoon p) {
        return Vervolginvoer.UITKOMST + p.id();
    }

    public String geenVeld(Persoon p) {
        return Vervolginvoer.GEEN + p.id();
    }

    /** Whether the reader's desk has any form here. */
    public boolean iets() {
        return formulier || !lopend.isEmpty();
    }
}
