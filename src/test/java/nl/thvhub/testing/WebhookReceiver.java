package nl.thvhub.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** A partner's webhook endpoint on loopback: records every delivery and answers with a status the test sets. */
public final class WebhookReceiver implements AutoCloseable {

    /** One received delivery. */
    public record Delivery(Map<String, String> headers, String body) {
    }

    private final HttpServer server;
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Map<String, String> headers = new java.util.HashMap<>();
                exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.get(0)));
                int answer = status.get();
                if (answer >= 200 && answer < 300) {
                    deliveries.add(new Delivery(headers, body));
                }
                exchange.sendResponseHeaders(answer, -1);
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void answer(int httpStatus) {
        status.set(httpStatus);
    }

    public List<Delivery> deliveries() {
        return deliveries;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
