package nl.thvhub.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Tokens;

/**
 * Bad input never causes a 5xx or an error that is not problem+json: every POST and PUT of the published contract gets
 * malformed JSON, the wrong JSON type, unknown fields, wrong types and over-long values for each of its properties, as
 * every role that may call it (roles refused with 403 are skipped after their first refusal).
 */
@QuarkusTest
class BadInputContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> USERS = List.of("politie-thv", "wijkagent-centrum", "om-zsm", "veilig-thuis",
            "zorgcoordinator", "gezinsmanager", "ggz", "gemeente", "fg", "partner-blijfgroep");

    @Test
    void no_malformed_body_causes_a_5xx_or_an_error_that_is_not_problem_json() throws IOException {
        JsonNode doc = JSON.readTree(given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
        String zaak = Cases.imposed(Cases.valid(java.time.Instant.now()
                .minus(Duration.ofHours(2))));
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) doc.path("paths").properties()::iterator) {
            for (String method : List.of("post", "put")) {
                JsonNode op = path.getValue().path(method);
                if (op.isMissingNode()) {
                    continue;
                }
                String url = "/api/v1" + path.getKey().replace("{id}", zaak).replaceAll("\\{[^}]+}",
                        UUID.randomUUID().toString());
                JsonNode schema = resolve(doc, op.path("requestBody").path("content").path("application/json").path("schema"));
                Set<String> refused = new HashSet<>();
                for (String body : variants(doc, schema)) {
                    for (String user : USERS) {
                        if (refused.contains(user)) {
                            continue;
                        }
                        String token = user.startsWith("partner-") ? Tokens.partner(user) : Tokens.of(user);
                        Response r = given().auth().oauth2(token).contentType(ContentType.JSON)
                                .header("Idempotency-Key", UUID.randomUUID().toString()).body(body).request(method, url);
                        requests++;
                        if (r.statusCode() == 403 && body.equals("{")) {
                            refused.add(user);
                        }
                        String where = method.toUpperCase() + " " + path.getKey() + " as " + user + " with "
                                + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
                        if (r.statusCode() >= 500) {
                            failures.add(where + " → " + r.statusCode() + " " + r.asString());
                        } else if (r.statusCode() >= 400
                                && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
                            failures.add(where + " → " + r.statusCode() + " as " + r.contentType());
                        }
                    }
                }
            }
        }
        assertThat(requests).as("requests sent").isGreaterThan(500);
        assertThat(failures).as("bad input answered with a 5xx or without problem+json").isEmpty();
    }

    @Test
    void no_malformed_query_or_path_parameter_causes_a_5xx_or_an_error_that_is_not_problem_json() throws IOException {
        JsonNode doc = JSON.readTree(given().get("/api/v1/openapi.json").then().statusCode(200).extract().asString());
        List<String> failures = new ArrayList<>();
        List<String> wrong = List.of("x", "-1", "0", "99999999999999999999", "2026-13-45", "%00", "%E0%A4",
                "x".repeat(2_000));
        for (var path : (Iterable<Map.Entry<String, JsonNode>>) doc.path("paths").properties()::iterator) {
            JsonNode op = path.getValue().path("get");
            if (op.isMissingNode() || path.getKey().contains("openapi")) {
                continue;
            }
            List<String> query = new ArrayList<>();
            op.path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    query.add(p.path("name").asText());
                }
            });
            for (String value : wrong) {
                String base = "/api/v1" + path.getKey().replaceAll("\\{[^}]+}", path.getKey().contains("{") ? value : "");
                List<String> urls = new ArrayList<>(List.of(base));
                query.forEach(q -> urls.add(base + "?" + q + "=" + value));
                for (String url : urls) {
                    for (String user : List.of("politie-thv", "om-zsm", "zorgcoordinator", "gemeente", "fg")) {
                        Response r = given().auth().oauth2(Tokens.of(user)).urlEncodingEnabled(false).get(url);
                        if (r.statusCode() >= 500 || r.statusCode() >= 400
                                && !String.valueOf(r.contentType()).startsWith("application/problem+json")) {
                            failures.add("GET " + (url.length() > 100 ? url.substring(0, 100) + "…" : url) + " as " + user
                                    + " → " + r.statusCode() + " " + r.contentType());
                        }
                    }
                }
            }
        }
        assertThat(failures).as("bad parameters answered with a 5xx or without problem+json").isEmpty();
    }

    @Test
    void graphql_arguments_with_control_characters_are_a_400_problem_naming_the_argument() {
        String nul = "\"a\\u0000b\"";
        Map<String, String> operations = new LinkedHashMap<>();
        operations.put("{ huisverboden(wijk: " + nul + ") { volgende } }", "wijk");
        operations.put("{ huisverboden(gemeente: " + nul + ") { volgende } }", "gemeente");
        operations.put("{ adresmarkering(postcode: " + nul + ", huisnummer: \"1\") { gemarkeerd } }", "postcode");
        operations.put("{ thvAanvragen(status: " + nul + ") { volgende } }", "status");
        operations.put("{ overtredingenZonderVervolg(volgende: " + nul + ") { volgende } }", "volgende");
        operations.forEach((operation, argument) -> {
            String user = operation.contains("adresmarkering") || operation.contains("overtredingen")
                    ? "politie-thv"
                    : "gemeente";
            Api.as(user).graphql(operation, Map.of()).statusCode(200)
                    .body("errors[0].extensions.problem.status", org.hamcrest.Matchers.equalTo(400))
                    .body("errors[0].extensions.problem.invalidParams.name", org.hamcrest.Matchers.hasItem(argument));
        });
    }

    /** Malformed and mistyped bodies for a schema: the whole body, then each property on its own. */
    private static List<String> variants(JsonNode doc, JsonNode schema) throws IOException {
        List<String> bodies = new ArrayList<>(List.of("{", "[]", "\"tekst\"", "null", "12", "{\"onbekendVeld\": 1}"));
        for (var p : (Iterable<Map.Entry<String, JsonNode>>) schema.path("properties").properties()::iterator) {
            JsonNode property = resolve(doc, p.getValue());
            String type = type(property);
            for (Object wrong : switch (type) {
                case "string" -> List.of(12345, Map.of("a", 1), "x".repeat(100_000), "", "\u0000");
                case "integer", "number" -> List.of("veel", 1e300, -1, Map.of());
                case "boolean" -> List.of("ja", 2);
                case "array" ->
                    List.of("x", Map.of(), List.of(Map.of("onbekend", 1)), java.util.Collections.nCopies(10_000, "x"));
                default -> List.of("x", 12, List.of(), Map.of("onbekendVeld", 1));
            }) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put(p.getKey(), wrong);
                bodies.add(JSON.writeValueAsString(body));
            }
        }
        return bodies;
    }

    /** The JSON type a property takes when present: OpenAPI 3.1 lists "null" beside it for a nullable one. */
    private static String type(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        return type.asText(property.has("properties") ? "object" : "string");
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        for (JsonNode alternatief : schema.path("anyOf")) {
            if (!"null".equals(alternatief.path("type").asText())) {
                return resolve(doc, alternatief);
            }
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema;
    }
}
