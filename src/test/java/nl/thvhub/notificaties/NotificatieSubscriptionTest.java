package nl.thvhub.notificaties;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
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

import nl.thvhub.testing.Cases;
import nl.thvhub.testing.Tokens;

/** A GraphQL subscription over a websocket, authenticated with the same bearer token, receives a new notification. */
@QuarkusTest
class NotificatieSubscriptionTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    @Test
    void an_open_subscription_receives_the_callers_new_notification() throws Exception {
        LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        HttpClient client = vertx.createHttpClient();
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort())
                .setURI("/graphql")
                .addSubProtocol("graphql-transport-ws").addHeader("Authorization", "Bearer " + Tokens.of("om-zsm"));
        CompletableFuture<WebSocket> connected = new CompletableFuture<>();
        client.webSocket(options).onSuccess(connected::complete).onFailure(connected::completeExceptionally);
        WebSocket ws = connected.get(20, TimeUnit.SECONDS);
        try {
            ws.textMessageHandler(text -> messages.add(new JsonObject(text)));
            ws.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
            JsonObject ack = messages.poll(10, TimeUnit.SECONDS);
            assertThat(ack).as("connection_ack").isNotNull();
            assertThat(ack.getString("type")).isEqualTo("connection_ack");
            ws.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe")
                    .put("payload",
                            new JsonObject().put("query", "subscription { notificatieOntvangen { id type huisverbodId } }"))
                    .encode());
            Thread.sleep(1500);
            String id = Cases.imposed(Cases.valid(Instant.now().minusSeconds(600)));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            JsonObject hit = null;
            while (hit == null && System.nanoTime() < deadline) {
                JsonObject m = messages.poll(1, TimeUnit.SECONDS);
                if (m == null) {
                    continue;
                }
                assertThat(m.getString("type")).as(m.encode()).isIn("next", "ping", "pong");
                if ("next".equals(m.getString("type"))) {
                    JsonObject n = m.getJsonObject("payload").getJsonObject("data").getJsonObject("notificatieOntvangen");
                    if (id.equals(n.getString("huisverbodId"))) {
                        hit = n;
                    }
                }
            }
            assertThat(hit).as("notification for the new case").isNotNull();
            assertThat(hit.getString("type")).as("GraphQL names the enum value; REST and webhooks carry its code")
                    .isEqualTo("HUISVERBOD_OPGELEGD");
        } finally {
            ws.close();
            client.close();
        }
    }
}
