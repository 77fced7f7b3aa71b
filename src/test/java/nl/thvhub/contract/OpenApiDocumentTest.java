package nl.thvhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Properties of the committed OpenAPI document that a generated client relies on (issue 17): every operation has its
 * own {@code operationId}, and a property is either required or nullable, never silently both absent and non-null.
 */
class OpenApiDocumentTest {

    private static JsonNode document;

    @BeforeAll
    static void lees() throws IOException {
        document = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile());
    }

    @Test
    void every_operation_has_a_unique_operation_id() {
        List<String> zonder = new ArrayList<>();
        Set<String> gezien = new HashSet<>();
        List<String> dubbel = new ArrayList<>();
        document.path("paths").properties().forEach(pad -> pad.getValue().properties().forEach(op -> {
            if (!Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                return;
            }
            JsonNode id = op.getValue().path("operationId");
            if (!id.isTextual()) {
                zonder.add(op.getKey() + " " + pad.getKey());
            } else if (!gezien.add(id.asText())) {
                dubbel.add(id.asText());
            }
        }));
        assertThat(zonder).as("named in nl.thvhub.platform.openapi.Operatienamen").isEmpty();
        assertThat(dubbel).isEmpty();
    }

    @Test
    void a_property_that_is_not_required_is_nullable() {
        List<String> fout = new ArrayList<>();
        document.path("components").path("schemas").properties().forEach(schema -> {
            Set<String> verplicht = new HashSet<>();
            schema.getValue().path("required").forEach(r -> verplicht.add(r.asText()));
            schema.getValue().path("properties").properties().forEach(p -> {
                if (!verplicht.contains(p.getKey()) && !nullbaar(p.getValue())) {
                    fout.add(schema.getKey() + "." + p.getKey());
                }
            });
        });
        assertThat(fout).isEmpty();
    }

    @Test
    void every_response_names_the_api_version_header() {
        List<String> zonder = new ArrayList<>();
        document.path("paths").properties().forEach(pad -> pad.getValue().properties()
                .forEach(op -> op.getValue().path("responses").properties().forEach(r -> {
                    if (r.getValue().path("headers").path("API-Version").isMissingNode()) {
                        zonder.add(op.getKey() + " " + pad.getKey() + " " + r.getKey());
                    }
                })));
        assertThat(zonder).isEmpty();
    }

    private static boolean nullbaar(JsonNode p) {
        JsonNode type = p.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
        }
        for (JsonNode alternatief : p.path("anyOf")) {
            if ("null".equals(alternatief.path("type").asText())) {
                return true;
            }
        }
        return false;
    }
}
