package nl.thvhub.werkplek.api;

import java.util.Map;

/**
 * The short confirmations after a form (post-redirect-get carries only a code in the address, never personal data)
 * and the werkplek's fixed messages.
 */
final class Meldingen {

    static final String FORMULIER_ONGELDIG = "Dit formulier is verlopen of komt niet van de werkplek. Open de pagina opnieuw en probeer het nog eens.";

    private static final Map<String, String> GEDAAN = Map.of("afdoening", "De afdoening is geregistreerd.",
            "contactpoging", "De contactpoging is vastgelegd.", "overtreding", "De overtreding is geregistreerd.",
            "bevestigd", "De melding is bevestigd.");

    private Meldingen() {
    }

    static String van(String code) {
        return code == null ? null : GEDAAN.get(code);
    }
}
