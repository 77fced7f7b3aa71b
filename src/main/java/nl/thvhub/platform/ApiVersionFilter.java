package nl.thvhub.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;

/**
 * Adds the full semantic API version to every response of the HTTP server (NL API Design Rules, API-57): REST, GraphQL
 * and the contract documents alike, set when the headers are written so no handler can forget it.
 */
@ApplicationScoped
public class ApiVersionFilter {

    private final String version;

    public ApiVersionFilter(HubConfig config) {
        this.version = config.apiVersion();
    }

    void registreer(@Observes Filters filters) {
        filters.register(rc -> {
            rc.addHeadersEndHandler(v -> rc.response().headers().set("API-Version", version));
            rc.next();
        }, 100);
    }
}
