package nl.thvhub.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every request and response body in the published contract has an example (NL API Design Rules). Examples that must
 * hold a key the Logius ruleset mistakes for an operation ({@code postcode}) are published by {@code externalValue};
 * they must be served, without a token, exactly as {@code components.examples} holds them. The test also writes the
 * document with those examples inlined to {@code target/openapi-voorbeelden.json}, which {@code .ci/run} validates
 * against the schemas with Spectral's example rules.
 */
@QuarkusTest
class OpenApiExamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_request_and_response_body_has_an_example() throws IOException {
        JsonNode doc = document();
        List<String> without = new ArrayList<>();
        bodies(doc).forEach((where, media) -> {
            if (!media.has("example") && !media.has("examples") && !schemaHasExample(doc, media.path("schema"))) {
                without.add(where);
            }
        });
        assertThat(without).as("bodies without an example").isEmpty();
    }

    @Test
    void examples_published_by_external_value_are_served_without_a_token_as_the_document_holds_them() throws IOException {
        JsonNode doc = document();
        List<String> urls = new ArrayList<>();
        bodies(doc).values().forEach(media -> media.path("examples").forEach(e -> {
            if (e.hasNonNull("externalValue")) {
                urls.add(e.get("externalValue").asText());
            }
        }));
        assertThat(urls).as("the address examples go by externalValue").isNotEmpty();
        for (String url : urls) {
            String naam = url.substring(url.lastIndexOf('/') + 1);
            String served = given().get(url).then().statusCode(200).contentType("application/json")
                    .header("API-Version", notNullValue()).extract().asString();
            assertThat(JSON.readTree(served)).as(url)
                    .isEqualTo(doc.path("components").path("examples").path(naam).path("value"));
        }
    }

    @Test
    void an_unknown_example_is_a_404_problem() {
        given().get("/api/v1/openapi/voorbeelden/Bestaatniet").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void writes_the_document_with_its_external_examples_inlined_for_validation_in_ci() throws IOException {
        JsonNode doc = document();
        JsonNode examples = doc.path("components").path("examples");
        bodies(doc).values().forEach(media -> media.path("examples").forEach(e -> {
            String url = e.path("externalValue").asText(null);
            if (url != null) {
                ((ObjectNode) e).remove("externalValue");
                ((ObjectNode) e).set("value", examples.path(url.substring(url.lastIndexOf('/') + 1)).path("value"));
            }
        }));
        Path out = Path.of("target/openapi-voorbeelden.json");
        Files.createDirectories(out.getParent());
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), doc);
        assertThat(out).exists();
    }

    private static JsonNode document() throws IOException {
        return JSON.readTree(given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
    }

    /** Every request and response media type of every operation, keyed by where it is. */
    private static Map<String, ObjectNode> bodies(JsonNode doc) {
        Map<String, ObjectNode> bodies = new java.util.LinkedHashMap<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            op.getValue().path("requestBody").path("content").properties()
                    .forEach(m -> bodies.put(op.getKey() + " " + path.getKey() + " request " + m.getKey(),
                            (ObjectNode) m.getValue()));
            op.getValue().path("responses").properties().forEach(r -> r.getValue().path("content").properties().forEach(
                    m -> bodies.put(op.getKey() + " " + path.getKey() + " " + r.getKey() + " " + m.getKey(),
                            (ObjectNode) m.getValue())));
        }));
        return bodies;
    }

    private static boolean schemaHasExample(JsonNode doc, JsonNode schema) {
        if (schema.has("example")) {
            return true;
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return schemaHasExample(doc, doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1)));
        }
        return "array".equals(schema.path("type").asText()) && schemaHasExample(doc, schema.path("items"));
    }
}
