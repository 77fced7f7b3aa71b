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

/** Ready only when the token issuer's OIDC metadata can be fetched: without it no request can be authenticated. */
@Readiness
@ApplicationScoped
public class OidcReadinessCheck implements AsyncHealthCheck {

    private final WebClient client;
    private final String metadataUrl;

    public OidcReadinessCheck(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String issuer) {
        this.client = WebClient.create(vertx);
        this.metadataUrl = issuer.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return client.getAbs(metadataUrl).timeout(3000).send()
                .map(r -> HealthCheckResponse.named("OIDC provider metadata").status(r.statusCode() == 200)
                        .withData("url", metadataUrl).build())
                .ifNoItem().after(Duration.ofSeconds(4)).fail()
                .onFailure().recoverWithItem(
                        e -> HealthCheckResponse.named("OIDC provider metadata").down().withData("url", metadataUrl).build());
    }
}
