package nl.thvhub.platform;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * Ready once the token issuer's OIDC metadata was fetched: before that no request can be authenticated. After that the
 * hub verifies tokens on its own with the cached signing keys, so an identity provider that goes down later leaves the
 * hub ready (the check reports it, still UP): every instance shares that provider, and taking them all out of service
 * would turn an outage of new logins into an outage of everything.
 */
@Readiness
@ApplicationScoped
public class OidcReadinessCheck implements AsyncHealthCheck {

    private final WebClient client;
    private final String metadataUrl;
    private volatile boolean ooitBereikt;

    public OidcReadinessCheck(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.client = WebClient.create(vertx);
        this.metadataUrl = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return client.getAbs(metadataUrl).timeout(3000).send().map(r -> r.statusCode() == 200)
                .ifNoItem().after(Duration.ofSeconds(4)).fail()
                .onFailure().recoverWithItem(false)
                .map(bereikbaar -> {
                    ooitBereikt |= bereikbaar;
                    return HealthCheckResponse.named("OIDC provider metadata").status(ooitBereikt)
                            .withData("url", metadataUrl).withData("bereikbaar", bereikbaar).build();
                });
    }
}
