package nl.thvhub.werkplek.api;

import java.util.Map;

/**
 * The short confirmations after a form (post-redirect-get carries only a code in the address, never personal data)
 * and the werkplek's fixed messages.
 */
final class Meldingen {

    static final String FORMULIER_ONGELDIG = "Dit formulier is verlopen of komt niet van de werkplek. Open de pagina opnieuw en probeer het nog eens.";

    private static final Map<String, String> GEDAAN = Map.ofEntries(
            Map.entry("afdoening", "De afdoening is geregistreerd."),
            Map.entry("contactpoging", "De contactpoging is vastgelegd."),
            Map.entry("overtreding", "De overtreding is geregistreerd."),
            Map.entry("reclasseringsadvies", "Het reclasseringsadvies is aangevraagd."),
            Map.entry("toewijzing", "De toewijzing is vastgelegd."),
            Map.entry("overgedragen", "De zaak is overgedragen aan uw collega."),
            Map.entry("verlengingsadvies", "Het verlengingsadvies is gegeven."),
            Map.entry("verlengingsbesluit", "Het besluit over verlenging is vastgelegd."),
            Map.entry("zorginbrengaanvraag", "De vraag om de zorginbreng is verstuurd."),
            Map.entry("intrekking", "Het huisverbod is ingetrokken."),
            Map.entry("verwijzing", "De verwijzing is aangemeld."),
            Map.entry("peilmoment", "Het peilmoment is vastgelegd."),
            Map.entry("verwijzingstap", "De stap van de verwijzing is vastgelegd."),
            Map.entry("vervolg", "De opvolging van de overtreding is vastgelegd."),
            Map.entry("afsluiting", "De zaak is afgesloten met een warme overdracht."),
            Map.entry("monitoringverlenging", "De monitoring is verlengd."),
            Map.entry("bevestigd", "De melding is bevestigd."),
            Map.entry("verblijf", "Het verblijf van de uithuisgeplaatste is vastgelegd."),
            Map.entry("toestemming", "De toestemming is vastgelegd."),
            Map.entry("toestemmingintrekking", "De toestemming is ingetrokken."),
            Map.entry("opvang", "Het besluit over opvang is vastgelegd."),
            Map.entry("politieverzoek", "Het verzoek is naar de politie gestuurd."),
            Map.entry("politieverzoekantwoord", "Het antwoord op het verzoek is vastgelegd."),
            Map.entry("eindrapport", "Het eindrapport is vastgelegd."),
            Map.entry("gesprek", "Het gesprek is vastgelegd."),
            Map.entry("icm", "De intensieve casemanagement is gestart."),
            Map.entry("nazorgevaluatie", "De evaluatie is vastgelegd."),
            Map.entry("nazorgeinde", "Het traject is beëindigd."),
            Map.entry("rihg", "De RiHG is geregistreerd."),
            Map.entry("beoordeeld", "Het oordeel over de noodtoegang is vastgelegd."));

    private Meldingen() {
    }

    static String van(String code) {
        return code == null ? null : GEDAAN.get(code);
    }
}
