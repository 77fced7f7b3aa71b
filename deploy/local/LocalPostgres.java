import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local run command's PostgreSQL: a real server from the zonky binaries, data kept in the given folder, listening
 * on loopback only, with durable settings (zonky's defaults are test settings: fsync and synchronous_commit off, which
 * loses acknowledged commits in a crash). Creates the hub's owner and runtime roles (deploy/db/rollen.sql) with the
 * given passwords, prints the settings in force, and runs until SIGTERM/SIGINT, then shuts the server down cleanly.
 * Usage: java -cp <classpath> LocalPostgres.java <data-dir> <port> <roles-sql> <owner-password> <runtime-password>
 */
public class LocalPostgres {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(data);
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on").start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(Path.of(args[2])));
            s.execute("alter role thv_eigenaar password '" + args[3].replace("'", "''") + "'");
            s.execute("alter role thv_app password '" + args[4].replace("'", "''") + "'");
            StringBuilder settings = new StringBuilder();
            for (String name : new String[]{"fsync", "synchronous_commit", "full_page_writes"}) {
                try (ResultSet rs = s.executeQuery("show " + name)) {
                    rs.next();
                    settings.append(' ').append(name).append('=').append(rs.getString(1));
                }
            }
            System.out.println("postgres settings in force:" + settings);
        }
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception e) {
                System.err.println("postgres: " + e.getMessage());
            }
            stop.countDown();
        }));
        System.out.println("postgres ready on 127.0.0.1:" + pg.getPort());
        stop.await();
    }
}
