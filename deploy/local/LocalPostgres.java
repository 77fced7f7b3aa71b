import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The local run command's PostgreSQL: a real server from the zonky binaries, data kept in the given folder, listening
 * on loopback only. Runs until it receives SIGTERM/SIGINT, then shuts the server down cleanly.
 * Usage: java -cp <classpath> LocalPostgres.java <data-dir> <port>
 */
public class LocalPostgres {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        Files.createDirectories(data);
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1").start();
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
