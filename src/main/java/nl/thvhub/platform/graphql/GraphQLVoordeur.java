package nl.thvhub.platform.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import nl.thvhub.platform.Invoergrens;
import nl.thvhub.platform.problem.Problem;

import graphql.GraphQLError;
import graphql.language.Document;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.validation.Validator;

/**
 * The GraphQL-over-HTTP front door: a request that cannot execute — a body that is not a GraphQL request, a document
 * that does not parse or validate, or one over the depth or complexity limit — is answered here, before execution, with
 * the same problem object as REST in {@code extensions.problem}. A client that accepts
 * {@code application/graphql-response+json} gets a 400 without {@code data}, as the specification says; a client of
 * plain {@code application/json} gets 200 for a well-formed request that fails validation (the legacy rule) and 400 for
 * a body that is not a GraphQL request. A request that can execute is handed to {@link GraphQLUitvoerder} with the body
 * read here, or to SmallRye's handler where that one would answer differently.
 */
@ApplicationScoped
public class GraphQLVoordeur {

    static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("argument '(\\w+)'");

    private final Instance<GraphQLSchema> schema;
    private final ObjectMapper json;
    private final GraphQLGrenzen grenzen;
    private final long maxBody;
    private final GraphQLUitvoerder uitvoerder;

    public GraphQLVoordeur(Instance<GraphQLSchema> schema, ObjectMapper json, GraphQLGrenzen grenzen,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") io.quarkus.runtime.configuration.MemorySize serverGrens,
            Instance<CurrentIdentityAssociation> identiteit, CurrentVertxRequest verzoek,
            @ConfigProperty(name = "quarkus.smallrye-graphql.nonblocking.enabled") Optional<Boolean> nietBlokkerend,
            @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false") boolean compressie) {
        this.schema = schema;
        this.json = json;
        this.grenzen = grenzen;
        // a GraphQL request is read into memory: the limit of every model-bound body, not the import's server limit
        this.maxBody = Math.min(serverGrens.asLongValue(), Invoergrens.MAX);
        // executed here only where SmallRye's handler runs on the event loop and answers uncompressed
        this.uitvoerder = nietBlokkerend.orElse(true) && !compressie
                ? new GraphQLUitvoerder(identiteit.isResolvable() ? identiteit.get() : null, verzoek, json.getFactory())
                : null;
    }

    void route(@Observes Router router) {
        // before SmallRye's route; the body handler runs once for both (it remembers it has read the body)
        router.post("/graphql").order(-10).handler(BodyHandler.create().setBodyLimit(maxBody)).handler(this::controleer);
    }

    private void controleer(RoutingContext ctx) {
        boolean graphqlResponse = accepteertGraphqlResponse(ctx.request().getHeader("Accept"));
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && contentType.startsWith("application/graphql") && !contentType.contains("json")) {
            // a bare document (application/graphql) is SmallRye's to read
            ctx.next();
            return;
        }
        JsonNode verzoek;
        try {
            Buffer body = ctx.body().buffer();
            verzoek = body == null ? null : json.readTree(body.getBytes());
        } catch (java.io.IOException e) {
            verzoek = null;
        }
        if (verzoek == null || !verzoek.isObject() || !verzoek.path("query").isTextual()) {
            weiger(ctx, graphqlResponse, 400, "InvalidSyntax", "body",
                    "geen GraphQL-verzoek: een JSON-object met query als tekst", null);
            return;
        }
        String query = verzoek.path("query").asText();
        if (grenzen.bekend(query)) {
            // SmallRye parses and validates again; a document seen valid before is not checked twice on the hot path
            uitvoeren(ctx, verzoek);
            return;
        }
        GraphQLSchema s = schema.get();
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            weiger(ctx, graphqlResponse, 400, "InvalidSyntax", "query", "geen geldig GraphQL-document: " + e.getMessage(),
                    e.getLocation());
            return;
        }
        List<? extends GraphQLError> fouten = new Validator().validateDocument(s, document, java.util.Locale.ROOT);
        if (!fouten.isEmpty()) {
            GraphQLError eerste = fouten.get(0);
            weiger(ctx, graphqlResponse, graphqlResponse ? 400 : 200, "ValidationError", veld(eerste), eerste.getMessage(),
                    eerste.getLocations() == null || eerste.getLocations().isEmpty() ? null : eerste.getLocations().get(0));
            return;
        }
        // a document that passes is remembered by its text, here and for the execution's own check
        java.util.Optional<GraphQLGrenzen.Overschrijding> over = grenzen.toets(query, document);
        if (over.isPresent()) {
            weiger(ctx, graphqlResponse, graphqlResponse ? 400 : 200, "ExecutionAborted", "query", over.get().reden(),
                    over.get().plek());
            return;
        }
        uitvoeren(ctx, verzoek);
    }

    /** Executes the request from the body read here, or leaves it to SmallRye's handler where that one would differ. */
    private void uitvoeren(RoutingContext ctx, JsonNode verzoek) {
        if (uitvoerder == null || !uitvoerder.voerUit(ctx, verzoek)) {
            ctx.next();
        }
    }

    /** graphql-java names a wrong argument only in its message; the problem names it as REST names a field. */
    private static String veld(GraphQLError fout) {
        java.util.regex.Matcher m = ARGUMENT.matcher(fout.getMessage());
        return m.find() ? m.group(1) : "query";
    }

    /** The GraphQL response media type is preferred when the client names it; no Accept means application/json. */
    static boolean accepteertGraphqlResponse(String accept) {
        return accept != null && accept.contains(GRAPHQL_RESPONSE);
    }

    private void weiger(RoutingContext ctx, boolean graphqlResponse, int status, String classificatie, String veld,
            String reden, SourceLocation plek) {
        Problem problem = Problem.of(400, "Ongeldige invoer", "Het GraphQL-verzoek kan niet worden uitgevoerd.")
                .withInvalidParams(List.of(new Problem.InvalidParam(veld, reden)));
        ObjectNode fout = json.createObjectNode().put("message", reden);
        if (plek != null) {
            ArrayNode locaties = fout.putArray("locations");
            locaties.addObject().put("line", plek.getLine()).put("column", plek.getColumn());
        }
        ObjectNode extensions = fout.putObject("extensions");
        extensions.put("classification", classificatie);
        extensions.set("problem", json.valueToTree(problem));
        ObjectNode antwoord = json.createObjectNode();
        List<JsonNode> errors = new ArrayList<>();
        errors.add(fout);
        antwoord.putArray("errors").addAll(errors);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", (graphqlResponse ? GRAPHQL_RESPONSE : "application/json") + "; charset=utf-8")
                .end(antwoord.toString());
    }
}
