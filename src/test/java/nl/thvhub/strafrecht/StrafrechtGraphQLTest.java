package nl.thvhub.strafrecht;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
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

/** The priority list and afdoeningen over GraphQL, and the subscription that pushes list changes to an open ZSM desk. */
@QuarkusTest
class StrafrechtGraphQLTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    private static String impose() {
        return Cases.imposed(Cases.valid(Instant.now().minusSeconds(3600), "OUDER_AMSTEL", "duivendrecht"));
    }

    @Test
    void the_list_and_a_registration_work_over_graphql_as_over_rest() {
        String id = impose();
        List<String> gql = Api.as("om-zsm")
                .graphql("{ prioriteitenlijst(gemeente: OUDER_AMSTEL) { volledig items { huisverbodId urgent redenen } } }",
                        Map.of())
                .statusCode(200).extract().path("data.prioriteitenlijst.items.huisverbodId");
        List<String> rest = Api.as("om-zsm").get("/api/v1/zsm/prioriteitenlijst?gemeente=OUDER_AMSTEL").extract()
                .path("items.huisverbodId");
        assertThat(gql).isEqualTo(rest).contains(id);
        Integer versie = Api.as("om-zsm").graphql(
                "mutation($id: ID!, $o: AfdoeningRegistratieInput!) { afdoeningRegistreren(huisverbodId: $id, opdracht: $o) { versie beslissing } }",
                Map.of("id", id, "o", Map.of("beslissing", "TRANSACTIE"))).statusCode(200).extract()
                .path("data.afdoeningRegistreren.versie");
        assertThat(versie).isEqualTo(1);
        Api.as("zorgcoordinator").graphql("{ prioriteitenlijst { volledig } }", Map.of()).statusCode(200)
                .body("data.prioriteitenlijst", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void an_open_zsm_desk_is_pushed_the_new_list_when_a_case_is_imposed() throws Exception {
        LinkedBlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        HttpClient client = vertx.createHttpClient();
        CompletableFuture<WebSocket> connected = new CompletableFuture<>();
        client.webSocket(new WebSocketConnectOptions().setHost(graphql.getHost()).setPort(graphql.getPort()).setURI("/graphql")
                .addSubProtocol("graphql-transport-ws").addHeader("Authorization", "Bearer " + Tokens.of("om-zsm")))
                .onSuccess(connected::complete).onFailure(connected::completeExceptionally);
        WebSocket ws = connected.get(20, TimeUnit.SECONDS);
        try {
            ws.textMessageHandler(text -> messages.add(new JsonObject(text)));
            ws.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
            assertThat(messages.poll(10, TimeUnit.SECONDS).getString("type")).isEqualTo("connection_ack");
            ws.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe").put("payload",
                    new JsonObject().put("query",
                            "subscription { prioriteitenlijstGewijzigd(gemeente: OUDER_AMSTEL) { items { huisverbodId } } }"))
                    .encode());
            JsonObject first = messages.poll(15, TimeUnit.SECONDS);
            assertThat(first).as("the current list first").isNotNull();
            assertThat(first.getString("type")).as(first.encode()).isEqualTo("next");
            String id = impose();
            boolean seen = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!seen && System.nanoTime() < deadline) {
                JsonObject m = messages.poll(1, TimeUnit.SECONDS);
                if (m != null && "next".equals(m.getString("type"))) {
                    seen = m.encode().contains(id);
                }
            }
            assertThat(seen).as("a pushed list containing the new case").isTrue();
        } finally {
            ws.close();
            client.close();
        }
    }
}
