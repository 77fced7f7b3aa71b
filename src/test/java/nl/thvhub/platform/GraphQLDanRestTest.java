package nl.thvhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

import nl.thvhub.testing.Api;
import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Tokens;

/**
 * GraphQL leaves SmallRye's context in the threads that served it (a subscription's ticks above all); a REST request
 * served on such a thread afterwards still words its validation errors as a 400 naming the field, never a 500 (the
 * GraphQL locale resolver met the stale context and threw).
 */
@QuarkusTest
class GraphQLDanRestTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void bad_rest_input_after_a_graphql_subscription_is_still_a_400_naming_the_field() throws Exception {
        String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
        LinkedBlockingQueue<JsonObject> berichten = new LinkedBlockingQueue<>();
        HttpClient client = vertx.createHttpClient();
        CompletableFuture<WebSocket> verbonden = new CompletableFuture<>();
        client.webSocket(new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort())
                .setURI("/graphql").addSubProtocol("graphql-transport-ws")
                .addHeader("Authorization", "Bearer " + Tokens.of("om-zsm")))
                .onSuccess(verbonden::complete).onFailure(verbonden::completeExceptionally);
        WebSocket ws = verbonden.get(20, TimeUnit.SECONDS);
        try {
            ws.textMessageHandler(tekst -> berichten.add(new JsonObject(tekst)));
            ws.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
            assertThat(berichten.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("connection_ack");
            ws.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload",
                    new JsonObject().put("query", "subscription { prioriteitenlijstGewijzigd { volledig } }")).encode());
            assertThat(berichten.poll(15, TimeUnit.SECONDS).getString("type")).isEqualTo("next");
            // connections land on the event loops in turn: enough requests put one on a thread GraphQL used
            for (int i = 0; i < 24; i++) {
                Api.as("om-zsm").graphql("{ prioriteitenlijst { volledig } }", Map.of()).statusCode(200);
                Api.as("gemeente").post("/api/v1/huisverboden/" + id + "/intrekking", Map.of("reden", " "))
                        .statusCode(400).contentType("application/problem+json")
                        .body("invalidParams[0].name", equalTo("reden"));
                if (i % 8 == 7) {
                    Thread.sleep(5_500); // a tick of the subscription in between
                }
            }
        } finally {
            ws.close();
            client.close();
        }
    }
}
