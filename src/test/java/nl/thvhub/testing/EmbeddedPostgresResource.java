package nl.thvhub.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real PostgreSQL (zonky embedded binaries) once per test run, creates the owner and runtime roles with the
 * production script ({@code deploy/db/rollen.sql}), and points the hub at it: Flyway as the owner, the hub as the
 * runtime role, exactly as in production. The tests keep zonky's fast settings ({@code fsync=off}): a crash of the test
 * database loses nothing anyone needs; the run command's database is durable (deploy/local/LocalPostgres.java).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedPostgres postgres;

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (postgres == null) {
                postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("max_connections", "100")
                        .start();
                createRoles();
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL for the tests", e);
        }
        String url = "postgresql://127.0.0.1:" + postgres.getPort() + "/postgres";
        return Map.of("quarkus.datasource.reactive.url", url, "quarkus.datasource.jdbc.url", "jdbc:" + url,
                "quarkus.datasource.username", RUNTIME_ROLE, "quarkus.datasource.password", RUNTIME_ROLE,
                "quarkus.flyway.username", OWNER_ROLE, "quarkus.flyway.password", OWNER_ROLE);
    }

    /** The hub's runtime role, as the tests' own connections can use it to prove what it may not do. */
    public static final String RUNTIME_ROLE = "thv_app";
    public static final String OWNER_ROLE = "thv_eigenaar";

    private static void createRoles() throws IOException, SQLException {
        String script = Files.readString(Path.of("deploy/db/rollen.sql"));
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute(script);
            s.execute("alter role " + RUNTIME_ROLE + " password '" + RUNTIME_ROLE + "'");
            s.execute("alter role " + OWNER_ROLE + " password '" + OWNER_ROLE + "'");
        }
    }

    public static int port() {
        return postgres.getPort();
    }

    @Override
    public synchronized void stop() {
        // the server lives for the whole JVM: Quarkus may restart between test classes and must find the same data
    }
}
