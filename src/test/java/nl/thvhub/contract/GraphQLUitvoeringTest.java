package nl.thvhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.TestClock;

/**
 * The front door executes a JSON GraphQL request from the body it has read; the answer is the one SmallRye's own
 * handler gives — status, {@code Content-Type} and body — which a query parameter (the door then steps aside) reaches.
 */
@QuarkusTest
class GraphQLUitvoeringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    private record Antwoord(int status, String contentType, JsonNode body) {
    }

    private static Antwoord vraag(String rol, String accept, Map<String, Object> verzoek, boolean viaSmallRye) {
        RequestSpecification r = Api.as(rol).request().body(verzoek);
        if (accept != null) {
            r = r.accept(accept);
        }
        Response antwoord = r.post(viaSmallRye ? "/graphql?door=smallrye" : "/graphql");
        try {
            String body = antwoord.asString();
            return new Antwoord(antwoord.statusCode(), antwoord.contentType(), body.isEmpty() ? null : JSON.readTree(body));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void zelfdeAntwoord(String rol, String accept, Map<String, Object> verzoek) {
        Antwoord deur = vraag(rol, accept, verzoek, false);
        Antwoord smallrye = vraag(rol, accept, verzoek, true);
        assertThat(deur).as("%s, Accept %s", verzoek, accept).isEqualTo(smallrye);
        assertThat(deur.body().path("errors").path(0).path("extensions").path("classification").asText())
                .as("executed, not refused at the door: %s", deur.body()).isNotIn("ValidationError", "InvalidSyntax");
    }

    private static Map<String, Object> verzoek(String query, Map<String, Object> variabelen) {
        Map<String, Object> v = new HashMap<>();
        v.put("query", query);
        v.put("variables", variabelen);
        return v;
    }

    @Test
    void a_case_read_answers_the_same_for_every_accepted_media_type() {
        String id = Cases.imposedWithCoordinator(clock.instant().minus(Duration.ofDays(1)));
        Map<String, Object> lezen = verzoek(
                "query($id: ID!) { huisverbod(id: $id) { id status versie opgelegdOp eindmoment herhaling onthouden toewijzingen { rol } } }",
                Map.of("id", id));
        for (String accept : new String[]{null, "application/json", "application/graphql-response+json",
                "application/graphql-response+json; charset=utf-8", "*/*"}) {
            zelfdeAntwoord("zorgcoordinator", accept, lezen);
        }
        JsonNode gelezen = vraag("zorgcoordinator", "application/json", lezen, false).body();
        assertThat(gelezen.at("/data/huisverbod/id").asText()).as("%s", gelezen).isEqualTo(id);
    }

    @Test
    void a_refusal_and_a_missing_case_answer_the_same_errors() {
        String id = Cases.imposedWithCoordinator(clock.instant().minus(Duration.ofDays(1)));
        Map<String, Object> advies = verzoek("query($id: ID!) { huisverbod(id: $id) { id } }", Map.of("id", id));
        zelfdeAntwoord("beleid", "application/graphql-response+json", advies);
        zelfdeAntwoord("om-zsm", "application/json",
                verzoek("query($id: ID!) { huisverbod(id: $id) { id } }",
                        Map.of("id", "00000000-0000-0000-0000-000000000000")));
    }

    @Test
    void an_operation_chosen_by_name_and_a_list_answer_the_same() {
        Map<String, Object> twee = verzoek("query Ik { ik { rol } } query Lijst { huisverboden { items { id } } }",
                null);
        twee.put("operationName", "Lijst");
        zelfdeAntwoord("politie-thv", "application/json", twee);
        twee.put("operationName", "Ik");
        zelfdeAntwoord("politie-thv", "application/graphql-response+json", twee);
    }
}
