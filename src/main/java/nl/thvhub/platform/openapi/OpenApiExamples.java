package nl.thvhub.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Derives an example from a schema for every request and response body that has none (NL API Design Rules: every
 * request and response has an example). The example is built from the schema itself (types, formats, enums, patterns,
 * lengths, bounds), so it validates against it by construction; strings with a pattern take the first of a few
 * realistic candidates that matches.
 */
final class OpenApiExamples {

    private static final int MAX_DEPTH = 8;
    private static final List<String> CANDIDATES = List.of("voorbeeld", "12", "1011AB", "1011 AB", "A", "centrum",
            "020-1234567", "PR-2026.118", "partner-blijfgroep", "3fa85f64-5717-4562-b3fc-2c963f66afa6");

    private final OpenAPI openAPI;

    OpenApiExamples(OpenAPI openAPI) {
        this.openAPI = openAPI;
    }

    /** Gives every object schema among the components an example of its own, unless it has one. */
    void componenten() {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : new TreeMap<>(openAPI.getComponents().getSchemas()).values()) {
            if (schema.getExample() == null && schema.getProperties() != null) {
                Object example = inline(schema);
                if (example != null && !botstMetRegelset(example)) {
                    schema.setExample(example);
                }
            }
        }
    }

    /**
     * Whether an example holds a key the NL API Design Rules ruleset mistakes for an operation: its rule
     * {@code nlgov:problem-invalid-input} matches every key under {@code paths} (references resolved) that merely
     * contains "post", "put", "patch", "get" or "delete" — {@code postcode}, say — and then demands a 400 response of
     * it. Such examples are left out rather than renaming fields the SPEC fixes.
     */
    static boolean botstMetRegelset(Object example) {
        if (example instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (OPERATIE.matcher(String.valueOf(e.getKey())).find() || botstMetRegelset(e.getValue())) {
                    return true;
                }
            }
        } else if (example instanceof List<?> l) {
            return l.stream().anyMatch(OpenApiExamples::botstMetRegelset);
        }
        return false;
    }

    private static final Pattern OPERATIE = Pattern.compile("(get)|(delete)|(put)|(post)|(patch)");

    /** An example value for the schema with every property that has one, or null when none can be derived. */
    Object voor(Schema schema) {
        return voor(schema, 0, false);
    }

    /**
     * An example that can stand inside the document: optional properties whose names the ruleset mistakes for an
     * operation ({@code ingetrokkenOp}) are left out. It may still clash when such a property is required.
     */
    Object inline(Schema schema) {
        return voor(schema, 0, true);
    }

    private Object voor(Schema schema, int depth, boolean inline) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()
                && !(schema.getExamples().get(0) instanceof Map<?, ?>) && !(schema.getExamples().get(0) instanceof List<?>)) {
            return schema.getExamples().get(0); // OpenAPI 3.1 writes a field's @Schema(example) as examples[0]
        }
        if (schema.getRef() != null) {
            // a reference or a nullable wrapper is no level of nesting in the example; only objects and arrays are
            return voor(resolve(schema.getRef()), depth, inline);
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Schema part : schema.getAllOf()) {
                if (voor(part, depth + 1, inline) instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> merged.put(String.valueOf(k), v));
                }
            }
            if (schema.getProperties() != null && voor(withoutAllOf(schema), depth + 1, inline) instanceof Map<?, ?> own) {
                own.forEach((k, v) -> merged.put(String.valueOf(k), v));
            }
            return merged;
        }
        for (List<Schema> alternatives : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
            if (alternatives != null && !alternatives.isEmpty()) {
                return voor(alternatives.get(0), depth, inline);
            }
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
        }
        Schema.SchemaType type = type(schema);
        if (type == null) {
            type = schema.getProperties() != null ? Schema.SchemaType.OBJECT : null;
        }
        if (type == null) {
            return null;
        }
        return switch (type) {
            case OBJECT -> object(schema, depth, inline);
            case ARRAY -> {
                Object item = voor(schema.getItems(), depth + 1, inline);
                if (item == null) {
                    yield List.of();
                }
                List<Object> items = new ArrayList<>();
                int count = Math.max(1, schema.getMinItems() == null ? 0 : schema.getMinItems());
                for (int i = 0; i < count; i++) {
                    items.add(varieer(schema.getItems(), item, i));
                }
                yield items;
            }
            case STRING -> string(schema);
            case INTEGER -> schema.getMinimum() != null ? schema.getMinimum().longValue() : 1;
            case NUMBER -> schema.getMinimum() != null ? schema.getMinimum().doubleValue() : 1.0;
            case BOOLEAN -> true;
            case NULL -> null;
        };
    }

    /**
     * The i-th item of an array example: enum properties take their i-th value, so a list that must hold two persons
     * shows two roles rather than the same person twice.
     */
    private Object varieer(Schema itemSchema, Object item, int i) {
        Schema resolved = itemSchema != null && itemSchema.getRef() != null ? resolve(itemSchema.getRef()) : itemSchema;
        if (i == 0 || !(item instanceof Map<?, ?> m) || resolved == null || resolved.getProperties() == null) {
            return item;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        m.forEach((k, v) -> copy.put(String.valueOf(k), v));
        resolved.getProperties().forEach((name, property) -> {
            Schema p = property.getRef() != null ? resolve(property.getRef()) : property;
            if (copy.containsKey(name) && p != null && p.getEnumeration() != null && !p.getEnumeration().isEmpty()) {
                copy.put(name, p.getEnumeration().get(i % p.getEnumeration().size()));
            }
        });
        return copy;
    }

    private Map<String, Object> object(Schema schema, int depth, boolean inline) {
        Map<String, Object> example = new LinkedHashMap<>();
        if (schema.getProperties() == null) {
            return example;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        for (Map.Entry<String, Schema> p : new TreeMap<>(schema.getProperties()).entrySet()) {
            if (inline && OPERATIE.matcher(p.getKey()).find() && !required.contains(p.getKey())) {
                continue;
            }
            Object value = voor(p.getValue(), depth + 1, inline);
            if (value != null) {
                example.put(p.getKey(), value);
            }
        }
        return example;
    }

    private static Object string(Schema schema) {
        String format = schema.getFormat();
        if ("date".equals(format)) {
            return "2026-11-28";
        }
        if ("date-time".equals(format)) {
            return "2026-11-28T09:30:00Z";
        }
        if ("uuid".equals(format)) {
            return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
        }
        if ("uri".equals(format) || "url".equals(format)) {
            return "https://partner.example.nl/thv-hub/webhook";
        }
        List<String> candidates = new ArrayList<>(CANDIDATES);
        String pattern = schema.getPattern();
        if (pattern != null && pattern.matches("[A-Z_|]+")) {
            candidates.add(0, pattern.split("\\|")[0]);
        }
        int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
        int max = schema.getMaxLength() == null ? Integer.MAX_VALUE : schema.getMaxLength();
        Pattern regex = pattern == null ? null : Pattern.compile(pattern);
        for (String c : candidates) {
            if (c.length() >= min && c.length() <= max && (regex == null || regex.matcher(c).find())) {
                return c;
            }
        }
        return null;
    }

    private static Schema.SchemaType type(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return null;
        }
        return types.stream().filter(t -> t != Schema.SchemaType.NULL).findFirst().orElse(Schema.SchemaType.NULL);
    }

    private Schema resolve(String ref) {
        String prefix = "#/components/schemas/";
        if (!ref.startsWith(prefix) || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return null;
        }
        return openAPI.getComponents().getSchemas().get(ref.substring(prefix.length()));
    }

    private static Schema withoutAllOf(Schema schema) {
        return org.eclipse.microprofile.openapi.OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .properties(schema.getProperties());
    }
}
