package nl.thvhub.werkplek.api;

import io.smallrye.config.ConfigMapping;

/** The werkplek's own settings (its OIDC tenant is {@code quarkus.oidc.werkplek.*}). */
@ConfigMapping(prefix = "thv.werkplek")
public interface WerkplekConfig {

    /**
     * The secret the login session is encrypted with (the same on every replica); the form guard derives its key from
     * it, so a form token is valid on every replica for the session it was made for.
     */
    String sessieSleutel();
}
