package nl.thvhub.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The committed contracts are what partners build against: the served OpenAPI document and GraphQL schema must equal
 * {@code openapi/openapi.yaml} and {@code openapi/schema.graphql}. After an intended API change, refresh them with
 * {@code ./mvnw verify -Dcontracts.update=true} and commit the result.
 */
@QuarkusTest
class ContractDriftTest {

    private static final boolean UPDATE = Boolean.getBoolean("contracts.update");

    @Test
    void served_openapi_matches_the_committed_file() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        compare(Path.of("openapi/openapi.yaml"), served);
    }

    @Test
    void served_graphql_schema_matches_the_committed_file() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        compare(Path.of("openapi/schema.graphql"), served);
    }

    private static void compare(Path committed, String served) throws IOException {
        String normalised = served.strip() + "\n";
        if (UPDATE) {
            Files.writeString(committed, normalised, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(committed)).as(committed + " is committed").isTrue();
        assertThat(normalised)
                .as("served contract differs from " + committed + "; run ./mvnw verify -Dcontracts.update=true if intended")
                .isEqualTo(Files.readString(committed, StandardCharsets.UTF_8));
    }
}
