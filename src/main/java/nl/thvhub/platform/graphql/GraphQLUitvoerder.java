package nl.thvhub.platform.graphql;

import static io.quarkus.jsonp.JsonProviderHolder.jsonProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.smallrye.graphql.runtime.SmallRyeGraphQLAbstractHandler;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.spi.config.Config;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.RoutingContext;

import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;

/**
 * Executes a GraphQL-over-HTTP POST whose JSON body {@link GraphQLVoordeur} has already read, as SmallRye's execution
 * handler would (same identity, request context, metadata, status codes and {@code Content-Type}), without reading the
 * body a second time: SmallRye's handler strips line breaks with a regular expression, parses the text again with
 * JSON-P, and writes every answer through a JSON-P tree. An answer without errors or extensions is written straight from
 * graphql-java's result (maps, lists, strings, integers, booleans); anything else is written by SmallRye's own code. A
 * request this class does not handle exactly as SmallRye would (query parameters, another Accept or charset, blocking
 * execution, compression) goes on to SmallRye's handler.
 */
final class GraphQLUitvoerder extends SmallRyeGraphQLAbstractHandler {

    private static final Logger LOG = Logger.getLogger(GraphQLUitvoerder.class);
    private static final String STANDAARD_ANTWOORDTYPE = "application/graphql-response+json; charset=UTF-8";
    private static final String VERZOEK = GraphQLUitvoerder.class.getName() + ".verzoek";
    private static final String ANTWOORDTYPE = GraphQLUitvoerder.class.getName() + ".antwoordtype";

    private final JsonFactory jackson;

    GraphQLUitvoerder(CurrentIdentityAssociation identiteit, CurrentVertxRequest verzoek, JsonFactory jackson) {
        super(identiteit, verzoek, false);
        this.jackson = jackson;
    }

    /**
     * Executes the request if SmallRye would execute it from its JSON body with nothing else to read: no query
     * parameters, an Accept SmallRye answers in UTF-8, and {@code operationName}, {@code variables} and
     * {@code extensions} absent, null or of the type SmallRye reads. False, having done nothing, otherwise; the answer
     * is written when the execution completes.
     */
    boolean voerUit(RoutingContext ctx, JsonNode verzoek) {
        if (ctx.request().query() != null) {
            return false;
        }
        String accept = antwoordtype(ctx);
        JsonNode naam = verzoek.get("operationName");
        JsonNode variabelen = verzoek.get("variables");
        JsonNode extensies = verzoek.get("extensions");
        if (!geldigAntwoordtype(accept) || !utf8(accept) || !(naam == null || naam.isNull() || naam.isTextual())
                || !(variabelen == null || variabelen.isNull() || variabelen.isObject())
                || !(extensies == null || extensies.isNull() || extensies.isObject())) {
            return false;
        }
        // handle(ctx) sets up identity and request context, then calls doHandle(ctx): the request travels in ctx
        ctx.put(VERZOEK, verzoek);
        ctx.put(ANTWOORDTYPE, accept);
        handle(ctx);
        return true;
    }

    @Override
    protected void doHandle(RoutingContext ctx) {
        JsonNode verzoek = ctx.get(VERZOEK);
        HttpServerResponse response = ctx.response();
        response.headers().set(HttpHeaders.CONTENT_TYPE, ctx.<String>get(ANTWOORDTYPE));
        JsonObjectBuilder invoer = jsonProvider().createObjectBuilder().add("query", verzoek.get("query").asText());
        JsonNode naam = verzoek.get("operationName");
        if (naam != null && naam.isTextual()) {
            invoer.add("operationName", naam.asText());
        }
        for (String deel : List.of("variables", "extensions")) {
            JsonNode waarde = verzoek.get(deel);
            if (waarde != null && waarde.isObject()) {
                invoer.add(deel, jsonP(waarde));
            }
        }
        Map<String, Object> metaData = getMetaData(ctx);
        getExecutionService().executeAsync(invoer.build(), metaData, new Schrijver(ctx, metaData));
    }

    private static JsonObject jsonP(JsonNode object) {
        try (JsonReader lezer = jsonReaderFactory.createReader(new StringReader(object.toString()))) {
            return lezer.readObject();
        }
    }

    /** SmallRye's choice of response media type: the first acceptable Accept entry, verbatim. */
    private static String antwoordtype(RoutingContext ctx) {
        List<MIMEHeader> accept = ctx.parsedHeaders() == null ? null : ctx.parsedHeaders().accept();
        if (accept == null || accept.isEmpty()) {
            return STANDAARD_ANTWOORDTYPE;
        }
        for (MIMEHeader a : accept) {
            if (geldigAntwoordtype(a.rawValue())) {
                return a.rawValue();
            }
            if (a.rawValue().startsWith("*/*")) {
                return STANDAARD_ANTWOORDTYPE;
            }
        }
        String ruw = ctx.request().getHeader("Accept");
        return ruw == null || ruw.isEmpty() ? STANDAARD_ANTWOORDTYPE : ruw;
    }

    private static boolean geldigAntwoordtype(String type) {
        return type.startsWith("application/json") || type.startsWith("application/graphql-response+json")
                || type.startsWith("application/graphql+json");
    }

    /** SmallRye encodes the answer in the Accept's charset (UTF-8 when none is named); only UTF-8 is taken here. */
    static boolean utf8(String type) {
        int at = type.indexOf("charset=");
        if (at < 0) {
            return true;
        }
        int begin = at + "charset=".length();
        int eind = begin;
        while (eind < type.length() && type.charAt(eind) != ';' && !Character.isWhitespace(type.charAt(eind))) {
            eind++;
        }
        return eind == begin || type.substring(begin, eind).equalsIgnoreCase("utf-8");
    }

    /** Writes the answer as SmallRye's handler does: 500 for an aborted execution with data, 200 otherwise. */
    private final class Schrijver implements ExecutionResponseWriter {

        private final RoutingContext ctx;
        private final Map<String, Object> metaData;

        Schrijver(RoutingContext ctx, Map<String, Object> metaData) {
            this.ctx = ctx;
            this.metaData = metaData;
        }

        @Override
        public void write(ExecutionResponse antwoord) {
            ExecutionResult resultaat = antwoord.getExecutionResult();
            HttpServerResponse response = ctx.response();
            if (afgebroken(resultaat)) {
                response.setStatusCode(500).end();
                return;
            }
            Buffer body = direct(resultaat);
            try {
                response.setStatusCode(200).setStatusMessage("OK")
                        .end(body != null ? body : Buffer.buffer(antwoord.getExecutionResultAsString(), "UTF-8"));
            } catch (IllegalStateException e) {
                // the response was already ended (the client went away); as SmallRye's handler
                LOG.debug("cannot write the GraphQL answer", e);
            }
        }

        @Override
        public void fail(Throwable t) {
            ctx.fail(t);
        }

        private static boolean afgebroken(ExecutionResult resultaat) {
            if (!resultaat.isDataPresent()) {
                return false;
            }
            for (GraphQLError fout : resultaat.getErrors()) {
                if (ErrorType.ExecutionAborted.equals(fout.getErrorType())) {
                    return true;
                }
            }
            return false;
        }

        /** {@code {"data":...}} straight from the result, or null where SmallRye's own writing is needed. */
        private Buffer direct(ExecutionResult resultaat) {
            Object context = metaData.get(SmallRyeContextManager.CONTEXT);
            boolean toegevoegd = context instanceof SmallRyeContext c && c.getAddedExtensions() != null
                    && !c.getAddedExtensions().isEmpty();
            if (!resultaat.isDataPresent() || !resultaat.getErrors().isEmpty() || resultaat.getExtensions() != null
                    || toegevoegd || Config.get().isExcludeNullFieldsInResponses()) {
                return null;
            }
            ByteArrayOutputStream uit = new ByteArrayOutputStream(512);
            try (JsonGenerator g = jackson.createGenerator(uit)) {
                g.writeStartObject();
                g.writeFieldName("data");
                if (!schrijf(g, resultaat.getData())) {
                    return null;
                }
                g.writeEndObject();
            } catch (IOException e) {
                return null;
            }
            return Buffer.buffer(uit.toByteArray());
        }
    }

    /** Writes the value types graphql-java completes to; false for any other, which SmallRye then writes. */
    static boolean schrijf(JsonGenerator g, Object waarde) throws IOException {
        switch (waarde) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Integer i -> g.writeNumber(i);
            case Long l -> g.writeNumber(l);
            case Short s -> g.writeNumber(s);
            case Byte b -> g.writeNumber(b);
            case Enum<?> e -> g.writeString(e.name());
            case Map<?, ?> m -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!(e.getKey() instanceof String sleutel)) {
                        return false;
                    }
                    g.writeFieldName(sleutel);
                    if (!schrijf(g, e.getValue())) {
                        return false;
                    }
                }
                g.writeEndObject();
            }
            case Collection<?> c -> {
                g.writeStartArray();
                for (Object o : c) {
                    if (!schrijf(g, o)) {
                        return false;
                    }
                }
                g.writeEndArray();
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
