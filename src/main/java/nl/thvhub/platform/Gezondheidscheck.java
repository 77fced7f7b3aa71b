package nl.thvhub.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * A container health check for images without a shell or curl (deploy/compose): asks the hub's readiness endpoint and
 * exits 0 when it answers 200, 1 otherwise. Runs as its own small JVM, outside the hub.
 */
public final class Gezondheidscheck {

    private Gezondheidscheck() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:9000/q/health/ready";
        try {
            HttpResponse<Void> antwoord = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            System.exit(antwoord.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}
