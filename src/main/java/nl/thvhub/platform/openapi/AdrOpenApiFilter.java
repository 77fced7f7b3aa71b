package nl.thvhub.platform.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import nl.thvhub.platform.idempotentie.IdempotencyFilter;
import nl.thvhub.platform.problem.Problem;

/**
 * Completes the generated OpenAPI document for the NL API Design Rules: contact details, the versioned server URL, the {@code API-Version}
 * header on every response, and a documented 400 problem+json wherever input can be invalid.
 */
public class AdrOpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getInfo()
                .contact(OASFactory.createContact().name("THV-hub beheer").email("thv-hub@example.nl")
                        .url("https://thv-hub.example.nl"))
                .description(
                        "Informatiedeling rond het tijdelijk huisverbod in Amsterdam-Amstelland. Zie README en docs/sharing-policy.md.");
        // the major version lives in the server URL (ADR API-20); paths are relative to it
        openAPI.servers(List.of(OASFactory.createServer().url("/api/v1").description("Deze THV-hub, API-versie 1")));
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            Map<String, PathItem> relative = new java.util.TreeMap<>();
            openAPI.getPaths().getPathItems()
                    .forEach((k, v) -> relative.put(k.startsWith("/api/v1/") ? k.substring("/api/v1".length()) : k, v));
            openAPI.getPaths().getPathItems().keySet().forEach(openAPI.getPaths()::removePathItem);
            relative.forEach(openAPI.getPaths()::addPathItem);
        }
        // the problem object as the hub sends it (Problem): RFC 9457 members, invalidParams for 400, the state for 409,
        // a correlation id for 500
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT)).required(List.of("status", "title"))
                .properties(sorted(Map.of("type", string(), "title", string(), "status",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)),
                        "detail", string(), "instance", string(), "correlationId", string(), "huidigeStatus", string(),
                        "toegestaneActies", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(string()),
                        "invalidParams", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                                .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                                        .properties(sorted(Map.of("name", string(), "reason", string())))))));
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        // one named problem schema, so a generated client has one Problem type rather than one per operation
        openAPI.getComponents().addSchema("Problem", problem.description("Een fout volgens RFC 9457 (problem+json)"));
        problem = OASFactory.createSchema().ref("#/components/schemas/Problem");
        nullbaar(openAPI);
        OpenApiExamples examples = new OpenApiExamples(openAPI);
        examples.componenten();
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                Operation operation = op.getValue();
                OpenApiAfwerking.rollenUitgeschreven(operation);
                if (operation.getOperationId() == null) {
                    operation.setOperationId(Operatienamen.PER_OPERATIE.get(op.getKey().name() + " " + path.getKey()));
                }
                // every operation of the API takes the Namens header (added below), so each can answer 400
                boolean hasParams = operation.getParameters() != null && !operation.getParameters().isEmpty()
                        || path.getValue().getParameters() != null && !path.getValue().getParameters().isEmpty()
                        || path.getKey().contains("{") || !path.getKey().endsWith("openapi.json");
                boolean write = op.getKey() == PathItem.HttpMethod.POST || op.getKey() == PathItem.HttpMethod.PUT
                        || op.getKey() == PathItem.HttpMethod.PATCH;
                if (operation.getResponses() == null) {
                    continue;
                }
                if ((write || hasParams) && operation.getResponses().getAPIResponse("400") == null) {
                    operation.getResponses().addAPIResponse("400", problemResponse(problem, "Ongeldige invoer (problem+json)"));
                }
                if (op.getKey() == PathItem.HttpMethod.POST) {
                    operation.addParameter(OASFactory.createParameter().name(IdempotencyFilter.HEADER)
                            .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                            .description("Sleutel voor een idempotente schrijfactie (verplicht voor partnersystemen); "
                                    + "zelfde sleutel en inhoud geeft het eerste antwoord terug")
                            .schema(string().maxLength(200).example("5f0c6d1e-8a43-4a57-9d36-0c1f2f0b7a11")));
                    operation.getResponses().addAPIResponse("422", problemResponse(problem,
                            "De Idempotency-Key is al gebruikt voor een ander verzoek (problem+json)"));
                    if (operation.getResponses().getAPIResponse("409") == null) {
                        operation.getResponses().addAPIResponse("409", problemResponse(problem,
                                "Conflict, of het eerste verzoek met deze Idempotency-Key loopt nog (problem+json)"));
                    }
                }
                if (!path.getKey().endsWith("openapi.json")) {
                    operation.addParameter(OASFactory.createParameter().name(nl.thvhub.platform.security.NamensAugmentor.HEADER)
                            .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                            .description("Alleen voor een partnersysteem: de gebruikersnaam van de medewerker van de eigen "
                                    + "organisatie namens wie het systeem handelt (met diens toewijzingen en rechten; "
                                    + "beide staan in de auditregel); een naam die de hub niet kent geeft 403")
                            .schema(string().maxLength(100).example("zorgcoordinator")));
                    operation.getResponses().addAPIResponse("429",
                            problemResponse(problem, "Quotum bereikt; zie Retry-After (problem+json)")
                                    .addHeader("Retry-After", OASFactory.createHeader()
                                            .description("Seconden tot het quotum weer ruimte heeft")
                                            .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))));
                }
                if (!path.getKey().startsWith("/openapi")) {
                    foutantwoorden(operation, path.getKey(), problem, op.getKey());
                }
                String naam = op.getKey().name().toLowerCase(java.util.Locale.ROOT)
                        + path.getKey().replaceAll("[{}]", "").replace('/', '-');
                for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                    if (response.getKey().startsWith("2") && OpenApiAfwerking.geeftZaak(response.getValue())) {
                        response.getValue().addHeader("ETag", OpenApiAfwerking.versie());
                    }
                    response.getValue().addHeader("API-Version", apiVersion());
                    // the first answer under a key is kept and replayed as it was, an error answer included
                    if (op.getKey() == PathItem.HttpMethod.POST) {
                        response.getValue().addHeader(IdempotencyFilter.REPLAYED, OASFactory.createHeader()
                                .description("true wanneer dit het bewaarde antwoord is op een herhaald verzoek met dezelfde "
                                        + "Idempotency-Key; er is niets opnieuw geschreven")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).example("true")));
                    }
                    voorbeelden(openAPI, examples, response.getValue().getContent(), naam + "-" + response.getKey());
                }
                if (operation.getRequestBody() != null) {
                    voorbeelden(openAPI, examples, operation.getRequestBody().getContent(), naam + "-verzoek");
                }
            }
        }
    }

    /**
     * Descriptions from {@link ApiBeschrijvingen}, the file the GraphQL schema reads too (the type names are the same).
     * A property the model does not mark as always present ({@code @NotNull}, so {@code required}) may be {@code null}
     * in what the hub sends: withheld by the privacy policy, or a fact that is absent. OpenAPI 3.1 says so with
     * {@code "null"} among the types, or for a referenced schema with {@code anyOf [ref, null]} (a {@code $ref} cannot
     * be widened in place). Absent request fields are read as {@code null} too, so the rule holds for both directions.
     */
    static void nullbaar(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Map.Entry<String, Schema> component : openAPI.getComponents().getSchemas().entrySet()) {
            Schema schema = component.getValue();
            if (schema.getDescription() == null) {
                schema.setDescription(ApiBeschrijvingen.type(component.getKey()));
            }
            if (schema.getProperties() == null) {
                continue;
            }
            schema.getProperties().forEach((naam, eigenschap) -> {
                if (eigenschap.getDescription() == null) {
                    eigenschap.setDescription(ApiBeschrijvingen.veld(component.getKey(), naam));
                }
            });
            List<String> verplicht = schema.getRequired() == null ? List.of() : schema.getRequired();
            Map<String, Schema> eigenschappen = new java.util.LinkedHashMap<>(schema.getProperties());
            eigenschappen.forEach((naam, eigenschap) -> {
                if (!verplicht.contains(naam)) {
                    schema.addProperty(naam, nullbaar(openAPI.getComponents().getSchemas(), eigenschap));
                }
            });
        }
    }

    private static Schema nullbaar(Map<String, Schema> componenten, Schema eigenschap) {
        Schema nul = OASFactory.createSchema().type(List.of(Schema.SchemaType.NULL));
        Schema doel = eigenschap.getRef() == null
                ? null
                : componenten.get(eigenschap.getRef().substring(eigenschap.getRef().lastIndexOf('/') + 1));
        if (doel != null && doel.getProperties() == null && doel.getEnumeration() == null && doel.getType() != null
                && !doel.getType().isEmpty() && doel.getType().stream().noneMatch(t -> t == Schema.SchemaType.OBJECT
                        || t == Schema.SchemaType.ARRAY)) {
            // a plain value (a date, an instant, a UUID) is written out, so its format stays beside the property
            List<Schema.SchemaType> types = new java.util.ArrayList<>(doel.getType());
            types.add(Schema.SchemaType.NULL);
            return OASFactory.createSchema().type(types).format(doel.getFormat()).pattern(doel.getPattern())
                    .description(eigenschap.getDescription() != null ? eigenschap.getDescription() : doel.getDescription())
                    .example(doel.getExample());
        }
        if (eigenschap.getRef() != null || eigenschap.getType() == null || eigenschap.getType().isEmpty()) {
            String beschrijving = eigenschap.getDescription();
            eigenschap.setDescription(null);
            return OASFactory.createSchema().anyOf(List.of(eigenschap, nul)).description(beschrijving);
        }
        if (!eigenschap.getType().contains(Schema.SchemaType.NULL)) {
            List<Schema.SchemaType> types = new java.util.ArrayList<>(eigenschap.getType());
            types.add(Schema.SchemaType.NULL);
            eigenschap.setType(types);
        }
        if (eigenschap.getEnumeration() != null && !eigenschap.getEnumeration().contains(null)) {
            List<Object> waarden = new java.util.ArrayList<>(eigenschap.getEnumeration());
            waarden.add(null);
            eigenschap.setEnumeration(waarden);
        }
        return eigenschap;
    }

    /**
     * The error answers every operation can give, as the hub sends them (issue 17): each error response carries the
     * problem body; 404 wherever a path names a resource (out of scope answers as missing), 412 where {@code If-Match}
     * is read, 415 where a body is read, 503 when the audit log or the database cannot be written, 500 with only a
     * correlation id.
     */
    private static void foutantwoorden(Operation operation, String pad, Schema problem, PathItem.HttpMethod methode) {
        Map<String, String> extra = new java.util.LinkedHashMap<>();
        boolean schrijft = operation.getRequestBody() != null;
        if (pad.contains("{") || schrijft) {
            // a path or a body that names a case, person or notification the caller may not see answers as missing
            extra.put("404", "Bestaat niet of is voor u niet zichtbaar (problem+json)");
        }
        if (schrijft || methode == PathItem.HttpMethod.DELETE) {
            // ending something that already ended (a withdrawn request) is a conflict with its state
            extra.put("409", "De toestand laat dit niet toe (huidigeStatus, toegestaneActies), of het eerste verzoek met "
                    + "deze Idempotency-Key loopt nog (problem+json)");
        }
        boolean ifMatch = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        if (ifMatch) {
            extra.put("412", "If-Match noemt een andere versie dan de huidige (problem+json)");
            if (pad.contains("/betrokkenen/") || pad.contains("/plannen") || pad.contains("/verwijzingen/")
                    || pad.endsWith("/zorgadvies") || pad.endsWith("/eindrapport")) {
                extra.put("428", "Het document bestaat al en If-Match ontbreekt (RFC 6585; problem+json)");
            }
        }
        if (operation.getRequestBody() != null) {
            extra.put("415", "Verkeerd Content-Type (problem+json)");
        }
        extra.put("500", "Interne fout; alleen een correlatie-id (problem+json)");
        extra.put("503", "Auditlog of database niet beschikbaar; er is niets verstrekt of opgeslagen (problem+json)");
        extra.forEach((code, tekst) -> {
            if (operation.getResponses().getAPIResponse(code) == null) {
                operation.getResponses().addAPIResponse(code, problemResponse(problem, tekst));
            }
        });
        // a 503 says when to try again: the database is back, or a bounded query (statistics) may run again
        APIResponse onbeschikbaar = operation.getResponses().getAPIResponse("503");
        if (onbeschikbaar != null && (onbeschikbaar.getHeaders() == null
                || !onbeschikbaar.getHeaders().containsKey("Retry-After"))) {
            onbeschikbaar.addHeader("Retry-After", OASFactory.createHeader()
                    .description("Seconden waarna een nieuwe poging zin heeft")
                    .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))));
        }
        for (Map.Entry<String, APIResponse> r : operation.getResponses().getAPIResponses().entrySet()) {
            boolean fout = r.getKey().startsWith("4") || r.getKey().startsWith("5");
            if (fout && (r.getValue().getContent() == null || r.getValue().getContent().getMediaTypes() == null
                    || r.getValue().getContent().getMediaTypes().isEmpty())) {
                r.getValue().content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(problem)));
            }
        }
    }

    /**
     * Every body gets an example derived from its schema, unless it has one (API design rule: examples everywhere).
     * A body whose schema is a reference carries the example of that component schema (see
     * {@link OpenApiExamples#componenten}). An example that must hold a key the ruleset mistakes for an operation
     * ({@code postcode}) cannot stand under {@code paths}; it goes to {@code components.examples} and the body points
     * to it with {@code externalValue}, served by {@link OpenApiRoute} — the OpenAPI way to give an example that cannot
     * be included in the document itself.
     */
    private static void voorbeelden(OpenAPI openAPI, OpenApiExamples examples,
            org.eclipse.microprofile.openapi.models.media.Content content, String naam) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((mediaType, media) -> {
            Schema schema = media.getSchema();
            if (media.getExample() != null || media.getExamples() != null && !media.getExamples().isEmpty() || schema == null) {
                return;
            }
            Object inline = examples.inline(schema);
            if (inline != null && !OpenApiExamples.botstMetRegelset(inline)) {
                if (schema.getRef() == null) {
                    media.setExample(inline);
                }
                return;
            }
            Object volledig = examples.voor(schema);
            if (volledig == null) {
                return;
            }
            String sleutel = schema.getRef() != null
                    ? schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1)
                    : naam + (content.getMediaTypes().size() > 1 ? "-" + mediaType.replaceAll("[^a-z]", "") : "");
            if (openAPI.getComponents().getExamples() == null || !openAPI.getComponents().getExamples().containsKey(sleutel)) {
                openAPI.getComponents().addExample(sleutel, OASFactory.createExample().value(volledig));
            }
            media.addExample("voorbeeld", OASFactory.createExample()
                    .summary("Voorbeeld, afgeleid van het schema (staat ook in components.examples." + sleutel + ")")
                    .externalValue(OpenApiRoute.VOORBEELDEN + sleutel));
        });
    }

    private static APIResponse problemResponse(Schema problem, String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType().schema(problem)));
    }

    /** Map.of iterates in a per-JVM random order; the committed contract needs a stable one. */
    private static Map<String, Schema> sorted(Map<String, Schema> properties) {
        return new java.util.TreeMap<>(properties);
    }

    private static Header apiVersion() {
        return OASFactory.createHeader().description("De volledige versie van de API (semver)")
                .schema(string().example("0.4.0"));
    }

    private static Schema string() {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
    }
}
