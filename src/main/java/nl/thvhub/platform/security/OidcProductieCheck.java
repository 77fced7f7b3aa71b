package nl.thvhub.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;

/** In production the token issuer is reached over https: a plain-http issuer lets anyone on the path swap signing keys. */
@ApplicationScoped
public class OidcProductieCheck {

    private final String issuer;
    private final SecurityConfig config;

    public OidcProductieCheck(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer, SecurityConfig config) {
        this.issuer = issuer;
        this.config = config;
    }

    void vereisHttps(@Observes StartupEvent start) {
        if (LaunchMode.current() == LaunchMode.NORMAL && !issuer.startsWith("https://") && !config.oidcHttpToegestaan()) {
            throw new IllegalStateException("THV_OIDC_ISSUER must be an https URL in production (got " + issuer
                    + "); only the local demo sets THV_OIDC_HTTP_ALLOWED=true");
        }
    }
}
