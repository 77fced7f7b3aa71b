package nl.thvhub.notificaties;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

import nl.thvhub.testing.Db;
import nl.thvhub.testing.Tokens;

/**
 * GraphQL subscriptions end with their authorisation and cost what they push (issue 15.9): a cap per user, and the
 * priority list subscription audits only the versions it actually sends, not every tick.
 */
@QuarkusTest
class AbonnementGrenzenTest {

    @Inject
    Vertx vertx;

    @TestHTTPResource("/graphql")
    URI graphql;

    /** One graphql-transport-ws connection as a demo user. */
    private final class Verbinding implements AutoCloseable {

        final LinkedBlockingQueue<JsonObject> berichten = new LinkedBlockingQueue<>();
        final HttpClient client = vertx.createHttpClient();
        final WebSocket ws;

        Verbinding(String user) throws Exception {
            WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(graphql.getHost())
                    .setPort(graphql.getPort()).setURI("/graphql").addSubProtocol("graphql-transport-ws")
                    .addHeader("Authorization", "Bearer " + Tokens.of(user));
            CompletableFuture<WebSocket> connected = new CompletableFuture<>();
            client.webSocket(options).onSuccess(connected::complete).onFailure(connected::completeExceptionally);
            ws = connected.get(20, TimeUnit.SECONDS);
            ws.textMessageHandler(text -> berichten.add(new JsonObject(text)));
            ws.writeTextMessage(new JsonObject().put("type", "connection_init").put("payload", new JsonObject()).encode());
            JsonObject ack = berichten.poll(10, TimeUnit.SECONDS);
            assertThat(ack).isNotNull();
            assertThat(ack.getString("type")).isEqualTo("connection_ack");
        }

        void abonneer(String id, String query) {
            ws.writeTextMessage(new JsonObject().put("id", id).put("type", "subscribe")
                    .put("payload", new JsonObject().put("query", query)).encode());
        }

        List<JsonObject> wacht(Duration d) throws InterruptedException {
            return wacht(d, m -> false);
        }

        /** Collects messages for at most {@code d}, or until one satisfies {@code klaar}. */
        List<JsonObject> wacht(Duration d, java.util.function.Predicate<JsonObject> klaar) throws InterruptedException {
            List<JsonObject> out = new ArrayList<>();
            long deadline = System.nanoTime() + d.toNanos();
            while (System.nanoTime() < deadline && out.stream().noneMatch(klaar)) {
                JsonObject m = berichten.poll(200, TimeUnit.MILLISECONDS);
                if (m != null) {
                    out.add(m);
                }
            }
            return out;
        }

        @Override
        public void close() {
            ws.close();
            client.close();
        }
    }

    @Test
    void a_user_cannot_open_more_than_three_subscriptions() throws Exception {
        try (Verbinding v = new Verbinding("veilig-thuis")) {
            for (int i = 1; i <= 4; i++) {
                v.abonneer(Integer.toString(i), "subscription { notificatieOntvangen { id type } }");
            }
            // the four are handled concurrently: whichever comes last over the cap is refused, the others stay open
            List<JsonObject> berichten = v.wacht(Duration.ofSeconds(20), m -> m.encode().contains("429"));
            List<String> geweigerd = berichten.stream().filter(m -> m.encode().contains("429")).map(m -> m.getString("id"))
                    .distinct().toList();
            assertThat(geweigerd).as(berichten.toString()).hasSize(1);
            assertThat(berichten).filteredOn(m -> !geweigerd.contains(m.getString("id")))
                    .noneSatisfy(m -> assertThat(m.getString("type")).isIn("error", "complete"));
        }
    }

    @Test
    void the_priority_list_subscription_audits_only_what_it_pushes() throws Exception {
        Instant start = Instant.now();
        try (Verbinding v = new Verbinding("om-zsm")) {
            v.abonneer("1", "subscription { prioriteitenlijstGewijzigd { volledig items { huisverbodId } } }");
            List<JsonObject> berichten = v.wacht(Duration.ofSeconds(13));
            List<JsonObject> pushes = berichten.stream().filter(m -> "next".equals(m.getString("type"))).toList();
            assertThat(pushes).as(berichten.toString()).isNotEmpty();
            long rijen = pushes.stream().mapToLong(m -> m.getJsonObject("payload").getJsonObject("data")
                    .getJsonObject("prioriteitenlijstGewijzigd").getJsonArray("items").size()).sum();
            // the cases the list lines name (one line per pushed list and set of categories, V48)
            long genoemd = Db
                    .count("audit_regel a cross join lateral unnest(coalesce(a.huisverbod_ids, array[a.huisverbod_id]))"
                            + " where actie = 'PRIORITEITENLIJST' and actor_gebruiker = 'om-zsm' and tijdstip >= '" + start
                            + "'");
            // at least two ticks ran; unchanged lists were neither pushed nor audited
            assertThat(genoemd).isEqualTo(rijen);
        }
    }

    @Test
    void a_subscription_over_the_complexity_limit_is_refused_over_the_websocket() throws Exception {
        // 200 aliased fields and the subscription: one over the complexity limit of 200 (the HTTP door never sees it)
        String velden = java.util.stream.IntStream.rangeClosed(1, 200).mapToObj(i -> "v" + i + ": id")
                .collect(java.util.stream.Collectors.joining(" "));
        try (Verbinding v = new Verbinding("veilig-thuis")) {
            v.abonneer("1", "subscription { notificatieOntvangen { " + velden + " } }");
            List<JsonObject> berichten = v.wacht(Duration.ofSeconds(10), m -> "1".equals(m.getString("id")));
            assertThat(berichten).as(berichten.toString()).anySatisfy(m -> {
                assertThat(m.getString("id")).isEqualTo("1");
                assertThat(m.encode()).contains("ExecutionAborted").doesNotContain("\"data\":{");
            });
        }
    }

    @Test
    void a_query_over_the_depth_limit_is_refused_over_the_websocket() throws Exception {
        // graphql-transport-ws carries queries too; the subscription types themselves are too shallow to exceed it
        String teDiep = "{ a: __schema { types { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }";
        try (Verbinding v = new Verbinding("om-zsm")) {
            v.abonneer("1", teDiep);
            List<JsonObject> berichten = v.wacht(Duration.ofSeconds(10), m -> "1".equals(m.getString("id")));
            assertThat(berichten).as(berichten.toString()).anySatisfy(m -> {
                assertThat(m.getString("id")).isEqualTo("1");
                assertThat(m.encode()).contains("ExecutionAborted").doesNotContain("\"data\":{");
            });
        }
    }
}
