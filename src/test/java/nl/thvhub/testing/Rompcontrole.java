package nl.thvhub.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.oas.OpenApi31;

/**
 * Validates request and response bodies against the schemas of the committed OpenAPI 3.1 document with a JSON Schema
 * 2020-12 validator in the OpenAPI 3.1 dialect. Stricter than the document on one point on purpose: an object may not
 * carry a property the document does not name, because a strict generated client refuses it.
 */
final class Rompcontrole {

    private static final String BASIS = "https://thv-hub.example.nl/openapi.json";

    private final JsonNode document;
    private final List<Map.Entry<Pattern, String>> paden;
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
    private final Map<String, Optional<JsonSchema>> schemas = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    Rompcontrole(Path bestand) {
        try {
            document = new ObjectMapper(new YAMLFactory()).readTree(bestand.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + bestand, e);
        }
        gesloten(document.path("components").path("schemas"));
        gesloten(document.path("paths"));
        paden = new java.util.ArrayList<>();
        document.path("paths").fieldNames().forEachRemaining(p -> paden.add(Map.entry(
                Pattern.compile("^" + p.replaceAll("\\{[^}]+}", "[^/]+") + "$"), p)));
        // literal paths before templated ones: /huisverboden/zoeken is not /huisverboden/{id}
        paden.sort(java.util.Comparator.comparing(e -> e.getValue().chars().filter(c -> c == '{').count()));
    }

    /** What is wrong with a response body, or an empty list. */
    List<String> response(String method, String pad, int status, String contentType, byte[] body) {
        return controleer(pad, contentType, p -> List.of(p, method.toLowerCase(java.util.Locale.ROOT), "responses",
                String.valueOf(status), "content", mediatype(contentType), "schema"), body);
    }

    /** The response headers whose presence the document promises: each one sent must be declared for that answer. */
    private static final List<String> BELOOFDE_HEADERS = List.of("ETag", "Location", "Retry-After", "Idempotent-Replayed",
            "API-Version");

    /** Response headers the hub sent that the document does not declare for this operation and status. */
    List<String> headers(String method, String pad, int status, java.util.Set<String> verzonden) {
        Optional<String> sjabloon = sjabloon(pad);
        if (sjabloon.isEmpty()) {
            return List.of();
        }
        JsonNode antwoord = document.path("paths").path(sjabloon.get()).path(method.toLowerCase(java.util.Locale.ROOT))
                .path("responses").path(String.valueOf(status));
        if (antwoord.isMissingNode()) {
            return List.of();
        }
        java.util.Set<String> verklaard = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        antwoord.path("headers").fieldNames().forEachRemaining(verklaard::add);
        return BELOOFDE_HEADERS.stream().filter(h -> verzonden.stream().anyMatch(h::equalsIgnoreCase))
                .filter(h -> !verklaard.contains(h)).map(h -> "header " + h + " is sent but not declared").toList();
    }

    /** What is wrong with a request body, or an empty list. */
    List<String> request(String method, String pad, String contentType, String body) {
        if (body == null) {
            return List.of();
        }
        return controleer(pad, contentType, p -> List.of(p, method.toLowerCase(java.util.Locale.ROOT), "requestBody", "content",
                mediatype(contentType), "schema"), body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private List<String> controleer(String pad, String contentType, java.util.function.Function<String, List<String>> plek,
            byte[] body) {
        String type = mediatype(contentType);
        if (!type.equals("application/json") && !type.endsWith("+json")) {
            // a CSV export is text, an NDJSON import one JSON document per line; their fields are described in prose
            return List.of();
        }
        Optional<String> sjabloon = sjabloon(pad);
        if (sjabloon.isEmpty() || body == null || body.length == 0) {
            return List.of();
        }
        List<String> segmenten = plek.apply(sjabloon.get());
        JsonNode waar = document.path("paths");
        for (String s : segmenten) {
            waar = waar.path(s);
        }
        if (waar.isMissingNode()) {
            // an undeclared status or media type is reported by the operation check
            return List.of();
        }
        String pointer = "#/paths/" + String.join("/", segmenten.stream().map(Rompcontrole::escape).toList());
        Optional<JsonSchema> schema = schemas.computeIfAbsent(pointer, ptr -> {
            ObjectNode wortel = ((ObjectNode) document).deepCopy();
            wortel.put("$ref", ptr);
            return Optional.of(factory.getSchema(SchemaLocation.of(BASIS), wortel, config));
        });
        JsonNode inhoud;
        try {
            inhoud = json.readTree(body);
        } catch (IOException e) {
            return List.of("body is not JSON: " + e.getMessage());
        }
        return schema.get().validate(inhoud).stream().map(m -> "body " + m.getMessage()).toList();
    }

    /** The document's path template that a request path under /api/v1 matches. */
    private Optional<String> sjabloon(String pad) {
        String relatief = pad.substring("/api/v1".length());
        return paden.stream().filter(e -> e.getKey().matcher(relatief).matches()).map(Map.Entry::getValue).findFirst();
    }

    /** Every object schema that names its properties admits no others. */
    private static void gesloten(JsonNode schema) {
        if (schema instanceof ObjectNode o) {
            if (o.has("properties") && !o.has("additionalProperties")) {
                o.put("additionalProperties", false);
            }
            o.elements().forEachRemaining(Rompcontrole::gesloten);
        } else if (schema.isArray()) {
            schema.elements().forEachRemaining(Rompcontrole::gesloten);
        }
    }

    private static String mediatype(String contentType) {
        if (contentType == null) {
            return "application/json";
        }
        int i = contentType.indexOf(';');
        return (i < 0 ? contentType : contentType.substring(0, i)).trim();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1").replace("{", "%7B").replace("}", "%7D");
    }
}
