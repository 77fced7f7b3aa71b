package nl.thvhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/** The image's health check without a shell: exit 0 on a 200 from readiness, 1 on anything else or nothing at all. */
class GezondheidscheckTest {

    private static int controleer(String url) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", "target/classes", "nl.thvhub.platform.Gezondheidscheck", url)
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }

    @Test
    void ready_is_exit_code_0_and_not_ready_or_no_answer_is_1() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/q/health/ready", x -> {
            x.sendResponseHeaders(200, -1);
            x.close();
        });
        server.createContext("/q/health/nog-niet", x -> {
            x.sendResponseHeaders(503, -1);
            x.close();
        });
        server.start();
        try {
            String basis = "http://127.0.0.1:" + server.getAddress().getPort();
            assertThat(controleer(basis + "/q/health/ready")).isZero();
            assertThat(controleer(basis + "/q/health/nog-niet")).isEqualTo(1);
        } finally {
            server.stop(0);
        }
        assertThat(controleer("http://127.0.0.1:1/q/health/ready")).isEqualTo(1);
    }
}
