package nl.thvhub.testing;

import java.io.IOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Starts a real PostgreSQL (zonky embedded binaries) once per test run and points both datasources at it. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("max_connections", "100")
                        .start();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", e);
        }
        String url = "postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        return Map.of("quarkus.datasource.reactive.url", url, "quarkus.datasource.jdbc.url", "jdbc:" + url,
                "quarkus.datasource.username", "postgres", "quarkus.datasource.password", "postgres");
    }

    public static int port() {
        return postgres.getPort();
    }

    @Override
    public synchronized void stop() {
        // the server lives for the whole JVM: Quarkus may restart between test classes and must find the same data
    }
}
