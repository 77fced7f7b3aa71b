package nl.thvhub.signalen;

import static io.restassured.RestAssured.given;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.thvhub.testing.Api;

/**
 * The access matrix of every signal endpoint beyond the behaviour tests: no token is 401, a role without the right is 403,
 * both as problem+json and before any case is looked up (so the answer never depends on whether the case exists).
 */
@QuarkusTest
class SignalenToegangTest {

    private static final String ZAAK = "/api/v1/huisverboden/00000000-0000-0000-0000-000000000001";
    private static final String OVERTREDING = ZAAK + "/overtredingen/00000000-0000-0000-0000-000000000002";
    private static final String AANVRAAG = "/api/v1/thv-aanvragen/00000000-0000-0000-0000-000000000003";

    @ParameterizedTest(name = "{0} {1} without a token → 401")
    @CsvSource({"POST, " + ZAAK + "/overtredingen", "GET, " + ZAAK + "/overtredingen", "POST, " + OVERTREDING + "/beoordeling",
            "PUT, " + OVERTREDING + "/vervolg", "GET, /api/v1/overtredingen/zonder-vervolg", "PUT, " + ZAAK + "/ggz-signaal",
            "POST, /api/v1/adresmarkeringen", "GET, /api/v1/adresmarkeringen", "POST, /api/v1/thv-aanvragen",
            "GET, /api/v1/thv-aanvragen", "GET, " + AANVRAAG, "POST, " + AANVRAAG + "/beslissing",
            "GET, /api/v1/thv-aanvragen/evaluatie"})
    void without_a_token_every_signal_endpoint_answers_401(String method, String path) {
        given().contentType(ContentType.JSON).body(Map.of()).request(method, path).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0}: {1} {2} → 403")
    @CsvSource({"om-zsm, POST, " + ZAAK + "/overtredingen", "gemeente, POST, " + ZAAK + "/overtredingen",
            "fg, GET, " + ZAAK + "/overtredingen", "beleid, GET, " + ZAAK + "/overtredingen",
            "zorgcoordinator, POST, " + OVERTREDING + "/beoordeling", "gemeente, POST, " + OVERTREDING + "/beoordeling",
            "zorgcoordinator, PUT, " + OVERTREDING + "/vervolg", "om-zsm, PUT, " + OVERTREDING + "/vervolg",
            "om-zsm, GET, /api/v1/overtredingen/zonder-vervolg", "zorgcoordinator, GET, /api/v1/overtredingen/zonder-vervolg",
            "gezinsmanager, PUT, " + ZAAK + "/ggz-signaal", "om-zsm, PUT, " + ZAAK + "/ggz-signaal",
            "gemeente, POST, /api/v1/thv-aanvragen", "ggz, POST, /api/v1/thv-aanvragen", "ggz, GET, /api/v1/thv-aanvragen",
            "reclassering, GET, " + AANVRAAG, "veilig-thuis, POST, " + AANVRAAG + "/beslissing",
            "om-zsm, GET, /api/v1/thv-aanvragen/evaluatie"})
    void a_role_without_the_right_gets_403(String user, String method, String path) {
        Api.as(user).request().body(Map.of()).request(method, path).then().statusCode(403)
                .contentType("application/problem+json");
    }
}
