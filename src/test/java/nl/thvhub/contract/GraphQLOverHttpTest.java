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
}
