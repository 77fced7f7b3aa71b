package nl.thvhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Publishes the OpenAPI document, unauthenticated, at the NL API Design Rules' standard location
 * {@code /api/v1/openapi.json} (API-51), next to Quarkus' own {@code /q/openapi}.
 */
@ApplicationScoped
public class OpenApiRoute {

    void routes(@Observes Router router) {
        router.get("/api/v1/openapi.json").handler(ctx -> ctx.reroute("/q/openapi.json"));
    }
}
