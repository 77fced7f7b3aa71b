package nl.thvhub.platform;

import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Adds the full semantic API version to every REST response (NL API Design Rules, API-57). */
public class ApiVersionFilter {

    private final String version;

    public ApiVersionFilter(HubConfig config) {
        this.version = config.apiVersion();
    }

    @ServerResponseFilter
    public void addVersion(ContainerResponseContext response) {
        response.getHeaders().putSingle("API-Version", version);
    }
}
