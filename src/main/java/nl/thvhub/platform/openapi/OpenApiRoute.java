package nl.thvhub.platform.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.smallrye.openapi.runtime.OpenApiConstants;
import io.quarkus.smallrye.openapi.runtime.OpenApiDocumentService;
import io.smallrye.openapi.runtime.io.Format;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import nl.thvhub.platform.HubConfig;
import nl.thvhub.platform.problem.Problem;

/**
 * Publishes the OpenAPI document, unauthenticated, at the NL API Design Rules' standard location
 * {@code /api/v1/openapi.json} (API-51) on the API port, and the examples the document refers to by
 * {@code externalValue} at {@code /api/v1/openapi/voorbeelden/{naam}} (see {@link AdrOpenApiFilter}). The document is
 * served from Quarkus' document service, not rerouted to {@code /q/openapi}: with the management interface enabled (the
 * production profile) Quarkus moves {@code /q/openapi} to the management port, which partners do not reach.
 */
@ApplicationScoped
public class OpenApiRoute {

    /** Where an example that lives in {@code components.examples} is served as a literal JSON body. */
    static final String VOORBEELDEN = "/api/v1/openapi/voorbeelden/";

    private final OpenApiDocumentService documents;
    private final ObjectMapper json;
    private final HubConfig config;
    private volatile Map<String, JsonNode> voorbeelden;

    public OpenApiRoute(OpenApiDocumentService documents, ObjectMapper json, HubConfig config) {
        this.documents = documents;
        this.json = json;
        this.config = config;
    }

    void routes(@Observes Router router) {
        router.get("/api/v1/openapi.json").handler(this::document);
        router.get(VOORBEELDEN + ":naam").handler(this::voorbeeld);
    }

    private void document(RoutingContext ctx) {
        byte[] document = documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON);
        ctx.response().putHeader("API-Version", config.apiVersion()).putHeader("Content-Type", "application/json")
                .end(io.vertx.core.buffer.Buffer.buffer(document));
    }

    private void voorbeeld(RoutingContext ctx) {
        JsonNode value = voorbeelden().get(ctx.pathParam("naam"));
        ctx.response().putHeader("API-Version", config.apiVersion());
        if (value == null) {
            ctx.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(json.valueToTree(Problem.of(404, "Niet gevonden", "Dit voorbeeld bestaat niet")).toString());
            return;
        }
        ctx.response().putHeader("Content-Type", "application/json").end(value.toString());
    }

    /** The document is fixed once the application runs, so its examples are read once. */
    private Map<String, JsonNode> voorbeelden() {
        Map<String, JsonNode> cached = voorbeelden;
        if (cached == null) {
            try {
                JsonNode examples = json.readTree(documents.getDocument(OpenApiConstants.DEFAULT_DOCUMENT_NAME, Format.JSON))
                        .path("components").path("examples");
                Map<String, JsonNode> read = new java.util.HashMap<>();
                examples.properties().forEach(e -> read.put(e.getKey(), e.getValue().path("value")));
                cached = Map.copyOf(read);
                voorbeelden = cached;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return cached;
    }
}
