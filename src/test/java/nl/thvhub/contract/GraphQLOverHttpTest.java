package nl.thvhub.contract;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

import nl.thvhub.testing.Api;

/**
 * GraphQL requests that cannot execute are answered as the GraphQL-over-HTTP specification says for
 * {@code application/graphql-response+json}: a 4xx with no {@code data}, and the same problem object as REST in
 * {@code extensions.problem}. A client asking for plain {@code application/json} keeps the legacy 200.
 */
@QuarkusTest
class GraphQLOverHttpTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private static ValidatableResponse vraag(String accept, Object body) {
        return Api.as("politie-thv").request().accept(accept).body(body).post("/graphql").then();
    }

    @Test
    void an_unparseable_document_is_a_400_with_the_problem() {
        vraag(GRAPHQL_RESPONSE, Map.of("query", "{ huisverbod(id: "))
                .statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE)).body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("InvalidSyntax"))
                .body("errors[0].extensions.problem.status", equalTo(400))
                .body("errors[0].extensions.problem.invalidParams[0].name", equalTo("query"));
    }

    @Test
    void a_document_that_does_not_validate_is_a_400_with_the_problem() {
        vraag(GRAPHQL_RESPONSE, Map.of("query", "{ huisverbod(id: \"x\") { bestaatNiet } }"))
                .statusCode(400).contentType(startsWith(GRAPHQL_RESPONSE)).body("data", nullValue())
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].extensions.problem.status", equalTo(400));
    }

    @Test
    void a_document_over_the_depth_limit_is_a_400_with_the_problem() {
        String diep = "{ huisverboden { items { herhalingVan { huisverbodId } toewijzingen { rol } } volgende } }";
        String teDiep = "{ a: __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }";
        vraag(GRAPHQL_RESPONSE, Map.of("query", diep)).statusCode(200).body("data.huisverboden", notNullValue());
        vraag(GRAPHQL_RESPONSE, Map.of("query", teDiep)).statusCode(400).body("data", nullValue())
                .body("errors[0].extensions.problem.status", equalTo(400));
    }

    @Test
    void a_body_that_is_not_json_is_a_400_for_either_media_type() {
        vraag(GRAPHQL_RESPONSE, "{\"query\":").statusCode(400).body("errors[0].extensions.problem.status", equalTo(400));
        vraag("application/json", "{\"query\":").statusCode(400);
    }

    @Test
    void a_plain_json_client_keeps_the_legacy_200_for_a_document_that_does_not_validate() {
        vraag("application/json", Map.of("query", "{ huisverbod(id: \"x\") { bestaatNiet } }")).statusCode(200)
                .body("errors[0].extensions.classification", equalTo("ValidationError"))
                .body("errors[0].extensions.problem.status", equalTo(400));
    }

    /** The case list with {@code n} aliased ids: complexity n + 2, as graphql-java and the door count it. */
    private static String lijstMetVelden(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> "v" + i + ": id")
                .collect(java.util.stream.Collectors.joining(" ", "{ huisverboden { items { ", " } } }"));
    }

    @Test
    void a_bare_document_over_the_complexity_limit_is_refused() {
        // application/graphql bypasses the JSON door; the limit still holds where the document executes
        Api.as("politie-thv").request().contentType("application/graphql").accept("application/json")
                .body(lijstMetVelden(199).getBytes(java.nio.charset.StandardCharsets.UTF_8)).post("/graphql").then()
                .body("errors[0].extensions.classification", equalTo("ExecutionAborted")).body("data", nullValue());
    }

    @Test
    void a_document_at_the_complexity_limit_passes_each_time() {
        // the door remembers documents that passed; the second request takes that path
        for (int i = 0; i < 2; i++) {
            vraag(GRAPHQL_RESPONSE, Map.of("query", lijstMetVelden(198))).statusCode(200)
                    .body("data.huisverboden.items", notNullValue()).body("errors", nullValue());
        }
        vraag(GRAPHQL_RESPONSE, Map.of("query", lijstMetVelden(199))).statusCode(400)
                .body("errors[0].extensions.classification", equalTo("ExecutionAborted"));
    }
}
