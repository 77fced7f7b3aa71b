package nl.thvhub.testing;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

/** REST and GraphQL calls as a demo user with a real token, so tests read as "as X, do Y". */
public final class Api {

    private final String user;

    private Api(String user) {
        this.user = user;
    }

    public static Api as(String user) {
        return new Api(user);
    }

    public RequestSpecification request() {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    public ValidatableResponse get(String path) {
        return request().get(path).then();
    }

    public ValidatableResponse post(String path, Object body) {
        return request().body(body).post(path).then();
    }

    /** A POST that carries no body, as the contract says for acknowledgements. */
    public ValidatableResponse post(String path) {
        return request().post(path).then();
    }

    public ValidatableResponse put(String path, Object body) {
        return request().body(body).put(path).then();
    }

    /** A GraphQL operation; variables may be empty. */
    public ValidatableResponse graphql(String query, Map<String, Object> variables) {
        return request().body(Map.of("query", query, "variables", variables)).post("/graphql").then();
    }
}
