package nl.thvhub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Direct SQL against the test run's PostgreSQL, for assertions about what was (not) stored. */
public final class Db {

    private Db() {
    }

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + EmbeddedPostgresResource.port() + "/postgres",
                "postgres",
                "postgres");
    }

    public static long count(String sqlFromWhere) {
        try (Connection c = connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + sqlFromWhere)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Runs SQL as an attacker with superuser rights who also switches the protecting triggers off
     * ({@code session_replication_role = replica}): what the verifier must still catch.
     */
    public static void tamper(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The plan the hub's runtime role gets for a statement ({@code EXPLAIN}, one line per node), after the given
     * session settings (e.g. {@code enable_seqscan = off} to ask whether an index can answer it at all).
     */
    public static String planAsRuntimeRole(String sql, String... instellingen) {
        StringBuilder plan = new StringBuilder();
        try (Connection c = connectAsRuntimeRole(); Statement s = c.createStatement()) {
            for (String instelling : instellingen) {
                s.execute("set " + instelling);
            }
            try (ResultSet rs = s.executeQuery("explain " + sql)) {
                while (rs.next()) {
                    plan.append(rs.getString(1)).append('\n');
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return plan.toString();
    }

    /** A connection as the hub's runtime role, to prove what it may not do. */
    public static Connection connectAsRuntimeRole() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + EmbeddedPostgresResource.port() + "/postgres",
                EmbeddedPostgresResource.RUNTIME_ROLE, EmbeddedPostgresResource.RUNTIME_ROLE);
    }

    /** A connection as the schema owner (the role Flyway migrates as). */
    public static Connection connectAsOwner() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + EmbeddedPostgresResource.port() + "/postgres",
                EmbeddedPostgresResource.OWNER_ROLE, EmbeddedPostgresResource.OWNER_ROLE);
    }
}
