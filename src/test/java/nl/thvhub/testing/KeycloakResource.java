package nl.thvhub.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts one real Keycloak (the {@code keycloak-quarkus-dist} artifact Maven unpacked into target/) with the demo realm
 * file of the repository, on a free loopback port, and points the hub's OIDC configuration at it.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    private static Process process;
    private static String issuer;
    /** The hub's test port, chosen here so the werkplek client's redirect and logout URIs can name it. */
    private static int hubPort;

    @Override
    public synchronized Map<String, String> start() {
        if (process == null) {
            startKeycloak();
        }
        return Map.of("quarkus.oidc.auth-server-url", issuer, "quarkus.http.test-port", Integer.toString(hubPort));
    }

    /** The hub's test port (the werkplek's browser tests open its pages). */
    public static int hubPort() {
        return hubPort;
    }

    public static String issuer() {
        return issuer;
    }

    private static void startKeycloak() {
        Path home = Path.of(System.getProperty("keycloak.home", "target/keycloak-26.5.6"));
        Path realm = Path.of(System.getProperty("keycloak.realm.file", "keycloak/thv-realm.json"));
        if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(
                    "Keycloak is not unpacked at " + home + "; run the tests through Maven (mvn verify)");
        }
        try {
            Path data = home.resolve("data");
            deleteRecursively(data);
            Files.createDirectories(data.resolve("import"));
            hubPort = freePort();
            // the demo realm's werkplek client redirects to the demo hub (127.0.0.1:8080); here to the hub under test
            Files.writeString(data.resolve("import/thv-realm.json"),
                    Files.readString(realm).replace("127.0.0.1:8080/werkplek/", "127.0.0.1:" + hubPort + "/werkplek/"));
            int port = freePort();
            int managementPort = freePort();
            Path log = home.resolve("keycloak-test.log");
            ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                    "--http-port=" + port, "--http-management-port=" + managementPort, "--import-realm", "--cache=local")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
            pb.environment().put("JAVA_OPTS_APPEND", "-Xms64m -Xmx512m");
            process = pb.start();
            Runtime.getRuntime().addShutdownHook(new Thread(KeycloakResource::kill));
            issuer = "http://127.0.0.1:" + port + "/realms/thv";
            awaitRealm(log);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start Keycloak for the tests", e);
        }
    }

    private static void awaitRealm(Path log) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up; see " + log);
            }
            try {
                HttpResponse<Void> r = client
                        .send(HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak did not serve the thv realm within 180 s; see " + log);
    }

    private static void kill() {
        if (process != null && process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroy);
            process.destroy();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void stop() {
        // one Keycloak serves the whole test run; the shutdown hook stops it
    }
}
