package nl.thvhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The single-host compose file (deploy/compose), read as compose would read it: the services with health checks and
 * volumes, images at an exact version, the hub's image the one deploy/image/bouw builds, every secret from .env (never
 * a value in the file), every variable the hub needs set, the schema owner only in the one-shot migration, the API only
 * behind TLS, the WAL archive pruned. No container engine runs here, so this test is what checks it.
 */
class ComposeBestandTest {

    private static final Pattern GEHEIM = Pattern.compile(".*(PASSWORD|SECRET|KEY|TOKEN).*");

    private static JsonNode compose() throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(Path.of("deploy/compose/compose.yaml").toFile());
    }

    private static String versie() throws Exception {
        Matcher m = Pattern.compile("<artifactId>thv-hub</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void every_service_has_a_health_check_an_exact_image_and_keeps_its_data_in_a_volume() throws Exception {
        JsonNode s = compose().path("services");
        assertThat(s.fieldNames()).toIterable().containsExactlyInAnyOrder("postgres", "wal-opruiming", "keycloak",
                "thv-hub-migratie", "thv-hub", "proxy");
        s.fields().forEachRemaining(e -> {
            // a one-shot service (restart "no") ends; it has nothing to report health on
            if (!"no".equals(e.getValue().path("restart").asText())) {
                assertThat(e.getValue().path("healthcheck").path("test").isArray()).as(e.getKey()).isTrue();
            }
            assertThat(e.getValue().path("image").asText()).as(e.getKey()).matches("[^@]+:[0-9][^:@]*");
        });
        assertThat(s.path("postgres").path("volumes").toString()).contains("pgdata:/var/lib/postgresql/data");
        assertThat(s.path("thv-hub").path("volumes").toString()).contains("anker:/var/lib/thv/anker");
        assertThat(s.path("postgres").path("command").toString()).contains("fsync=on", "synchronous_commit=on");
    }

    @Test
    void the_running_hub_holds_no_owner_credentials_and_the_one_shot_migration_does() throws Exception {
        JsonNode s = compose().path("services");
        JsonNode hub = s.path("thv-hub").path("environment");
        hub.fieldNames().forEachRemaining(k -> assertThat(k).as("the hub's environment").doesNotContain("OWNER"));
        assertThat(hub.path("THV_DATABASE_USER").asText()).isEqualTo("thv_app");
        assertThat(hub.path("THV_FLYWAY_MIGRATE").asText()).isEqualTo("false");
        assertThat(hub.path("THV_FLYWAY_VALIDATE").asText()).isEqualTo("true");
        JsonNode migratie = s.path("thv-hub-migratie");
        assertThat(migratie.path("restart").asText()).isEqualTo("no");
        assertThat(migratie.path("image").asText()).isEqualTo("thv-hub:" + versie());
        assertThat(migratie.path("environment").path("THV_DATABASE_OWNER_USER").asText()).isEqualTo("thv_eigenaar");
        assertThat(migratie.path("environment").path("THV_MIGRATIE_ALLEEN").asText()).isEqualTo("true");
        assertThat(s.path("thv-hub").path("depends_on").path("thv-hub-migratie").path("condition").asText())
                .isEqualTo("service_completed_successfully");
    }

    @Test
    void the_api_is_reached_only_over_tls_and_the_wal_archive_is_pruned() throws Exception {
        JsonNode s = compose().path("services");
        assertThat(s.path("thv-hub").path("ports").isMissingNode()).as("the hub publishes no port").isTrue();
        assertThat(s.path("proxy").path("ports").toString()).contains("443:443");
        String nginx = Files.readString(Path.of("deploy/compose/nginx.conf"), StandardCharsets.UTF_8);
        assertThat(nginx).contains("listen 443 ssl", "proxy_pass http://thv-hub:8080", "client_max_body_size 256m",
                "proxy_request_buffering off").doesNotContain("listen 80");
        JsonNode wal = s.path("wal-opruiming");
        assertThat(wal.path("volumes").toString()).contains("walarchief:/wal-archief");
        assertThat(wal.path("command").toString()).contains("find /wal-archief", "-delete");
    }

    @Test
    void the_hub_runs_the_built_image_read_only_as_its_own_user_with_its_jar_as_health_check() throws Exception {
        JsonNode hub = compose().path("services").path("thv-hub");
        assertThat(hub.path("image").asText()).isEqualTo("thv-hub:" + versie());
        assertThat(hub.path("read_only").asBoolean()).isTrue();
        assertThat(hub.path("user").asText()).isEqualTo("185:185");
        assertThat(hub.path("healthcheck").path("test").toString())
                .contains("/deployments/app/thv-hub-" + versie() + ".jar", nl.thvhub.platform.Gezondheidscheck.class.getName());
    }

    @Test
    void no_secret_is_written_in_and_the_hub_gets_every_variable_it_needs() throws Exception {
        JsonNode s = compose().path("services");
        s.fields().forEachRemaining(svc -> svc.getValue().path("environment").fields().forEachRemaining(e -> {
            // a *_FILE variable names where a secret is mounted, not the secret
            if (GEHEIM.matcher(e.getKey()).matches() && !e.getKey().endsWith("_FILE")) {
                assertThat(e.getValue().asText()).as(svc.getKey() + " " + e.getKey()).matches("\\$\\{[A-Z_]+:\\?[^}]*}");
            }
        }));
        Set<String> nodig = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{(THV_[A-Z0-9_]+)}").matcher(
                Files.readString(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8));
        while (m.find()) {
            nodig.add(m.group(1));
        }
        nodig.add("THV_AUDIT_ANCHOR_FILE");
        Set<String> gezet = new TreeSet<>();
        s.path("thv-hub").path("environment").fieldNames().forEachRemaining(gezet::add);
        assertThat(gezet).containsAll(nodig);
        assertThat(Files.readString(Path.of(".gitignore"))).contains("deploy/compose/.env");
        Map<String, String> voorbeeld = new java.util.HashMap<>();
        for (String regel : Files.readAllLines(Path.of("deploy/compose/.env.voorbeeld"))) {
            if (regel.contains("=") && !regel.startsWith("#")) {
                voorbeeld.put(regel.substring(0, regel.indexOf('=')), regel.substring(regel.indexOf('=') + 1));
            }
        }
        voorbeeld.forEach((k, v) -> {
            if (GEHEIM.matcher(k).matches()) {
                assertThat(v).as("the example holds no secret: " + k).isEmpty();
            }
        });
    }
}
