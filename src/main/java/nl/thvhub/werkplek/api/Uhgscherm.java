package nl.thvhub.werkplek.api;

import java.util.List;

/**
 * The UHG's page (issue 33): where he stays, shelter and the requests to the police as the API gave them, and the forms
 * the reader's desk may send here — where he stays (police, Veilig Thuis, his coordinator, the OM), shelter (Veilig
 * Thuis), a request to the police (his coordinator, none open) and its answer (the police, one open).
 */
record Uhgscherm(String zaakId, String registratienummer, String uhgId, String naam, List<Zaakscherm.Sectie> secties,
        boolean verblijfFormulier, boolean opvangFormulier, boolean verzoekFormulier, String openVerzoekId,
        Zaakscherm.Formulier ingevuld) {

    public List<Zaakscherm.Keuze> verblijfsoorten() {
        return Zaakscherm.Formulieren.keuzes(nl.thvhub.uhg.Verblijf.Soort.values());
    }

    public List<Zaakscherm.Keuze> verzoeksoorten() {
        return Zaakscherm.Formulieren.keuzes(nl.thvhub.uhg.Politieverzoek.Soort.values());
    }

    public List<Zaakscherm.Keuze> uitkomsten() {
        return Zaakscherm.Formulieren.keuzes(nl.thvhub.uhg.Politieverzoek.Uitkomst.values());
    }

    /** Whether the reader's desk has any form here. */
    public boolean iets() {
        return verblijfFormulier || opvangFormulier || verzoekFormulier || openVerzoekId != null;
    }
}
