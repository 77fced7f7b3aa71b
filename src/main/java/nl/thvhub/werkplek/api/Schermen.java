package nl.thvhub.werkplek.api;

import java.util.List;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The werkplek's pages (templates/werkplek), checked against their data when the hub is built. */
@CheckedTemplate(basePath = "werkplek")
public final class Schermen {

    private Schermen() {
    }

    /** A task of a desk's work queue, as one row. */
    public record Taakregel(String soort, String huisverbodId, String registratienummer, String over, String vervaltOp,
            String termijn, boolean verlopen, String toegewezenAan) {
    }

    /** The work queue's filters as the form shows them. */
    public record Takenfilter(List<Zaakscherm.Keuze> soorten, String soort, boolean verlopen, boolean mijn, boolean meer) {
    }

    /** A row of the ZSM priority list. */
    public record Lijstregel(String huisverbodId, String registratienummer, String gemeente, String eindigt, String termijn,
            boolean urgent, List<String> redenen, String zorginbreng) {
    }

    /** One section of the priority list: its heading, what it holds, and its rows. */
    public record Lijstsectie(String titel, String uitleg, List<Lijstregel> regels) {
    }

    /** A notification of the inbox. */
    public record Inboxregel(String id, String type, String huisverbodId, String tijdstip, boolean bevestigd) {
    }

    /** A break-the-glass use, for the FG. */
    public record Noodregel(String id, String huisverbodId, String gebruiker, String rol, String organisatie, String reden,
            String verleendOp, String beoordeeld) {
    }

    /** Whether the audit chain verifies. */
    public record Ketenstand(boolean geldig, long gecontroleerd, String eersteFout) {
    }

    /** A case of a list, as far as the reader may see it. */
    public record Zaakregel(String id, String registratienummer, String status, String adres, String eindigt,
            String dag) {
    }

    /** A page of one part of a case; {@code titel} names the page (never a person: titles end up in histories and
     * logs), {@code kop} is its heading. */
    static native TemplateInstance deel(Kader p, String zaakId, String titel, String kop, List<Zaakscherm.Sectie> secties,
            List<Verwijzingstap> stappen, Zaakscherm.Formulier f, Toestemmingen t);

    /**
     * A person's consents as the recorder reads them (issue 32), with a withdrawal form per valid one and the form to
     * register a new one; null on pages that are not a person's or for a desk that records no consent.
     */
    public record Toestemmingen(String persoon, List<Toestemmingregel> regels, List<Zaakscherm.Keuze> categorieen,
            List<Zaakscherm.Keuze> organisaties, List<Zaakscherm.Keuze> doelen, List<Zaakscherm.Keuze> vormen) {
    }

    /** One consent of a person. */
    public record Toestemmingregel(String id, String categorie, String ontvanger, String doel, String vorm,
            String geldigTot, String stand, boolean intrekbaar) {
    }

    /** A referral whose next step the reader may record: the statuses it may go to. */
    public record Verwijzingstap(String id, String persoon, String naar, String status, int versie,
            List<Zaakscherm.Keuze> volgende) {
    }

    /** A violation of the THV, with whether the reader may record its follow-up here. */
    public record Overtredingregel(String id, String moment, String soort, String melder, String omschrijving, String status,
            String vervolg, boolean vervolgFormulier) {
    }

    static native TemplateInstance overtredingen(Kader p, String zaakId, List<Overtredingregel> regels,
            List<Zaakscherm.Keuze> vervolgacties, Zaakscherm.Formulier f);

    static native TemplateInstance fg(Kader p, List<Noodregel> grants, Ketenstand keten);

    static native TemplateInstance zaken(Kader p, List<Zaakregel> zaken, boolean meer);

    static native TemplateInstance taken(Kader p, String titel, List<Taakregel> taken, Takenfilter filter);

    static native TemplateInstance rihg(Kader p, Zaakscherm.Formulier f, List<Zaakscherm.Keuze> gemeenten,
            List<Zaakscherm.Keuze> door, List<Zaakscherm.Keuze> uitkomsten);

    /** A column of the outcome figures: its group's name and a value per measure (in the order of the rows). */
    public record Cijferkolom(String groep, List<String> waarden) {
    }

    static native TemplateInstance cijfers(Kader p, String van, String tot, String groepering,
            List<Zaakscherm.Keuze> groeperingen, List<String> maten, List<Cijferkolom> kolommen, boolean onderdrukt,
            String fout);

    static native TemplateInstance zsm(Kader p, List<Lijstsectie> secties, String opgesteldOp);

    static native TemplateInstance zaak(Kader p, Zaakscherm z);

    static native TemplateInstance uhg(Kader p, Uhgscherm u);

    static native TemplateInstance vervolg(Kader p, Vervolgscherm v);

    static native TemplateInstance inbox(Kader p, List<Inboxregel> items);

    static native TemplateInstance fout(Kader p, String titel, String tekst);

    static native TemplateInstance afgemeld();
}
