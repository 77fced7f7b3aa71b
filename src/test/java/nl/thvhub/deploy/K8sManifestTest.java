package nl.thvhub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The Kubernetes manifests as a cluster would receive them: both overlays built with {@code kubectl kustomize}, every
 * object parsed, and the invariants of issue 23 checked — replicas, probes on the health endpoints, requests and limits
 * that fit the measured RSS, non-root with a read-only root, no service-account token, pinned images, no secret value
 * written in, every variable the hub needs set and documented in README, one migration Job, CloudNativePG with
 * synchronous replication, WAL archiving, a scheduled backup and the two managed roles, Keycloak by its operator with
 * the production realm — and the core objects validated against the Kubernetes schemas by kubernetes-models.
 */
class K8sManifestTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DIGEST = Pattern.compile(".+@sha256:[0-9a-f]{64}");
    private static final Pattern VERSIE_TAG = Pattern.compile("[^@]+:[0-9][^:@]*");
    private static final Pattern GEHEIM = Pattern.compile(".*(PASSWORD|SECRET|KEY|TOKEN).*");

    /** The objects of one overlay as {@code kubectl kustomize} builds it. */
    static List<JsonNode> bouw(String overlay) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("kubectl", "kustomize", "deploy/k8s/overlays/" + overlay).redirectErrorStream(true)
                .start();
        String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0)
                .as("kubectl kustomize deploy/k8s/overlays/%s (needs kubectl with kustomize): %s", overlay, uit).isTrue();
        List<JsonNode> objecten = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(uit)) {
            while (it.hasNext()) {
                JsonNode o = it.next();
                if (o != null && !o.isNull() && !o.isEmpty()) {
                    objecten.add(o);
                }
            }
        }
        return objecten;
    }

    private static JsonNode een(List<JsonNode> objecten, String kind, String naam) {
        return objecten.stream().filter(o -> kind.equals(o.path("kind").asText()))
                .filter(o -> naam.equals(o.path("metadata").path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + naam));
    }

    private static Stream<JsonNode> alle(List<JsonNode> objecten, String kind) {
        return objecten.stream().filter(o -> kind.equals(o.path("kind").asText()));
    }

    private static JsonNode container(JsonNode workload) {
        return workload.path("spec").path("template").path("spec").path("containers").get(0);
    }

    /** The variables a container gets: its env names and the keys of the ConfigMaps it takes whole. */
    private static Set<String> variabelen(List<JsonNode> objecten, JsonNode container) {
        Set<String> namen = new TreeSet<>();
        container.path("env").forEach(e -> namen.add(e.path("name").asText()));
        container.path("envFrom").forEach(f -> {
            String cm = f.path("configMapRef").path("name").asText();
            alle(objecten, "ConfigMap").filter(c -> c.path("metadata").path("name").asText().equals(cm))
                    .forEach(c -> c.path("data").fieldNames().forEachRemaining(namen::add));
        });
        return namen;
    }

    /** {@code ${THV_X}} references in application.properties: all of them, and those without a default. */
    private static Map<String, Set<String>> gelezen() throws IOException {
        Set<String> alle = new TreeSet<>();
        Set<String> verplicht = new TreeSet<>();
        Matcher m = Pattern.compile("\\$\\{(THV_[A-Z0-9_]+)(:?)").matcher(
                Files.readString(Path.of("src/main/resources/application.properties"), StandardCharsets.UTF_8));
        while (m.find()) {
            alle.add(m.group(1));
            if (m.group(2).isEmpty()) {
                verplicht.add(m.group(1));
            }
        }
        return Map.of("alle", alle, "verplicht", verplicht);
    }

    /** The THV_ variables README's production table names. */
    private static Set<String> readme() throws IOException {
        Set<String> namen = new TreeSet<>();
        for (String regel : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
            if (regel.startsWith("| `THV_")) {
                Matcher m = Pattern.compile("`(THV_[A-Z0-9_]+)`").matcher(regel.substring(0, regel.indexOf(" |", 2)));
                while (m.find()) {
                    namen.add(m.group(1));
                }
            }
        }
        return namen;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void the_hub_runs_at_least_twice_with_probes_limits_and_no_privileges(String overlay) throws Exception {
        List<JsonNode> o = bouw(overlay);
        JsonNode d = een(o, "Deployment", "thv-hub");
        assertThat(d.path("spec").path("replicas").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode pod = d.path("spec").path("template").path("spec");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(een(o, "ServiceAccount", "thv-hub").path("automountServiceAccountToken").asBoolean(true)).isFalse();
        assertThat(pod.path("securityContext").path("runAsNonRoot").asBoolean()).isTrue();
        JsonNode c = container(d);
        assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(c.path("securityContext").path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(c.path("securityContext").path("capabilities").path("drop").toString()).contains("ALL");
        assertThat(c.path("startupProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/started");
        assertThat(c.path("livenessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/live");
        assertThat(c.path("readinessProbe").path("httpGet").path("path").asText()).isEqualTo("/q/health/ready");
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(c.path(probe).path("httpGet").path("port").asText()).as(probe).isEqualTo("management");
        }
        // measured peak RSS: 335-371 MB at 16 connections with these options in bench/run (docs/performance.md, session 27)
        assertThat(mebibytes(c.path("resources").path("requests").path("memory").asText())).isBetween(600, 1024);
        assertThat(mebibytes(c.path("resources").path("limits").path("memory").asText()))
                .isGreaterThanOrEqualTo(mebibytes(c.path("resources").path("requests").path("memory").asText()));
        assertThat(c.path("resources").path("requests").path("cpu").asText()).isNotEmpty();
        assertThat(c.path("resources").path("limits").path("cpu").asText()).isNotEmpty();
        // the collector is named, or a pod under 1,792 MB gets the Serial collector that nobody measured
        // and its regions are 4 MB: with 1 MB regions large result buffers went to the old generation and G1 marked
        // every 1-2 s (docs/performance.md, session 29)
        assertThat(c.path("env").toString()).contains("-Xmx256m", "-XX:+UseG1GC", "-XX:G1HeapRegionSize=4m",
                "-XX:TrimNativeHeapInterval=");
        assertThat(een(o, "PodDisruptionBudget", "thv-hub").path("spec").path("minAvailable").asInt())
                .isGreaterThanOrEqualTo(1);
        assertThat(een(o, "HorizontalPodAutoscaler", "thv-hub").path("spec").path("minReplicas").asInt())
                .isGreaterThanOrEqualTo(2);
        assertThat(een(o, "Ingress", "thv-hub").path("spec").path("tls").get(0).path("secretName").asText()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void no_secret_value_is_written_in_and_every_secret_is_referenced_by_name(String overlay) throws Exception {
        List<JsonNode> o = bouw(overlay);
        assertThat(alle(o, "Secret").toList()).as("no Secret objects: secrets come from the vault or by hand").isEmpty();
        Stream.concat(alle(o, "Deployment"), alle(o, "Job")).forEach(w -> container(w).path("env").forEach(e -> {
            if (GEHEIM.matcher(e.path("name").asText()).matches()) {
                assertThat(e.has("value")).as(e.path("name").asText() + " comes from a Secret").isFalse();
                assertThat(e.path("valueFrom").path("secretKeyRef").path("name").asText()).isNotEmpty();
            }
        }));
        alle(o, "ConfigMap").forEach(c -> c.path("data").fieldNames()
                .forEachRemaining(k -> assertThat(k).as("a ConfigMap holds no secret").doesNotMatch(GEHEIM)));
    }

    @Test
    void production_pins_the_hubs_image_by_digest_and_every_other_image_by_an_exact_version() throws Exception {
        List<JsonNode> o = bouw("prod");
        Stream.concat(alle(o, "Deployment"), alle(o, "Job")).forEach(w -> assertThat(container(w).path("image").asText())
                .as(w.path("metadata").path("name").asText()).matches(DIGEST).doesNotContain("sha256:" + "0".repeat(64)));
        alle(o, "Cluster").forEach(c -> assertThat(c.path("spec").path("imageName").asText()).matches(VERSIE_TAG));
        alle(o, "Keycloak").forEach(k -> assertThat(k.path("spec").path("image").asText()).matches(VERSIE_TAG));
        List<JsonNode> dev = bouw("dev");
        Stream.concat(alle(dev, "Deployment"), alle(dev, "Job"))
                .forEach(w -> assertThat(container(w).path("image").asText()).matches(VERSIE_TAG));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void every_variable_the_hub_needs_is_set_and_every_variable_set_is_documented_in_readme(String overlay)
            throws Exception {
        List<JsonNode> o = bouw(overlay);
        Map<String, Set<String>> gelezen = gelezen();
        Set<String> hub = variabelen(o, container(een(o, "Deployment", "thv-hub")));
        Set<String> verplicht = new TreeSet<>(gelezen.get("verplicht"));
        verplicht.add("THV_AUDIT_ANCHOR_FILE"); // required in prod (AuditAnkerCheck) though it has an empty default
        assertThat(hub).as("the hub's container").containsAll(verplicht);
        Set<String> gezet = new TreeSet<>();
        Stream.concat(alle(o, "Deployment"), alle(o, "Job")).forEach(w -> variabelen(o, container(w)).stream()
                .filter(n -> n.startsWith("THV_")).forEach(gezet::add));
        assertThat(gelezen.get("alle")).as("every THV_ variable set is one the hub reads").containsAll(gezet);
        assertThat(readme()).as("README's table documents every THV_ variable a manifest sets").containsAll(gezet);
        assertThat(gelezen.get("alle")).as("README documents no variable the hub does not read").containsAll(readme());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void one_job_migrates_as_the_owner_and_the_replicas_only_validate_as_the_runtime_role(String overlay)
            throws Exception {
        List<JsonNode> o = bouw(overlay);
        JsonNode hub = container(een(o, "Deployment", "thv-hub"));
        JsonNode job = container(een(o, "Job", "thv-hub-migratie"));
        assertThat(job.path("image").asText()).isEqualTo(hub.path("image").asText());
        assertThat(env(hub, "THV_FLYWAY_MIGRATE")).isEqualTo("false");
        assertThat(env(hub, "THV_FLYWAY_VALIDATE")).isEqualTo("true");
        assertThat(variabelen(o, hub)).doesNotContain("THV_DATABASE_OWNER_USER", "THV_DATABASE_OWNER_PASSWORD");
        assertThat(env(job, "THV_FLYWAY_MIGRATE")).isEqualTo("true");
        assertThat(env(job, "THV_MIGRATIE_ALLEEN")).isEqualTo("true");
        assertThat(variabelen(o, job)).contains("THV_DATABASE_OWNER_USER", "THV_DATABASE_OWNER_PASSWORD");
        assertThat(een(o, "Job", "thv-hub-migratie").path("spec").path("template").path("spec").path("restartPolicy")
                .asText()).isEqualTo("Never");
    }

    private static String env(JsonNode container, String naam) {
        for (JsonNode e : container.path("env")) {
            if (naam.equals(e.path("name").asText())) {
                return e.path("value").asText();
            }
        }
        return null;
    }

    @Test
    void postgresql_is_cloudnativepg_with_three_synchronous_instances_wal_archiving_backups_and_the_two_roles()
            throws Exception {
        List<JsonNode> o = bouw("prod");
        JsonNode db = een(o, "Cluster", "thv-db").path("spec");
        assertThat(db.path("instances").asInt()).isEqualTo(3);
        assertThat(db.path("postgresql").path("synchronous").path("number").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(db.path("postgresql").path("synchronous").path("dataDurability").asText()).isEqualTo("required");
        assertThat(db.path("backup").path("barmanObjectStore").path("destinationPath").asText()).startsWith("s3://");
        assertThat(db.path("backup").path("barmanObjectStore").path("wal").isObject()).isTrue();
        assertThat(db.path("enableSuperuserAccess").asBoolean(true)).isFalse();
        Set<String> rollen = new HashSet<>();
        db.path("managed").path("roles").forEach(r -> {
            rollen.add(r.path("name").asText());
            assertThat(r.path("passwordSecret").path("name").asText()).isNotEmpty();
            assertThat(r.path("superuser").asBoolean(false)).isFalse();
        });
        assertThat(rollen).containsExactlyInAnyOrder("thv_eigenaar", "thv_app");
        assertThat(een(o, "ScheduledBackup", "thv-db-nachtelijk").path("spec").path("cluster").path("name").asText())
                .isEqualTo("thv-db");
        assertThat(een(o, "Cluster", "keycloak-db").path("spec").path("instances").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void keycloak_runs_twice_on_its_own_database_and_imports_exactly_the_production_realm() throws Exception {
        List<JsonNode> o = bouw("prod");
        JsonNode kc = een(o, "Keycloak", "keycloak").path("spec");
        assertThat(kc.path("instances").asInt()).isEqualTo(2);
        assertThat(kc.path("db").path("host").asText()).isEqualTo("keycloak-db-rw");
        assertThat(kc.path("http").path("tlsSecret").asText()).isNotEmpty();
        JsonNode realm = een(o, "KeycloakRealmImport", "thv-realm").path("spec");
        assertThat(realm.path("keycloakCRName").asText()).isEqualTo("keycloak");
        assertThat(realm.path("realm"))
                .as("deploy/k8s/realm-import regenerates it from keycloak/thv-realm.production-template.json")
                .isEqualTo(JSON.readTree(Path.of("keycloak/thv-realm.production-template.json").toFile()));
        assertThat(realm.path("realm").path("users").isMissingNode() || realm.path("realm").path("users").isEmpty())
                .isTrue();
    }

    @Test
    void the_network_policy_lets_the_hub_reach_only_postgresql_keycloak_and_dns_and_metrics_only_monitoring()
            throws Exception {
        List<JsonNode> o = bouw("prod");
        JsonNode np = een(o, "NetworkPolicy", "thv-hub").path("spec");
        assertThat(np.path("policyTypes").toString()).contains("Ingress", "Egress");
        Set<String> poorten = new TreeSet<>();
        np.path("egress").forEach(e -> e.path("ports").forEach(p -> poorten.add(p.path("port").asText())));
        assertThat(poorten).containsExactlyInAnyOrder("5432", "8443", "53");
        for (JsonNode in : np.path("ingress")) {
            if (in.path("ports").get(0).path("port").asInt() == 9000) {
                assertThat(in.path("from").get(0).path("namespaceSelector").path("matchLabels")
                        .path("kubernetes.io/metadata.name").asText()).isEqualTo("monitoring");
            }
        }
    }

    @Test
    void the_limits_agree_the_import_path_takes_256_mib_through_the_ingress_and_tmp_holds_it() throws Exception {
        List<JsonNode> o = bouw("prod");
        assertThat(een(o, "Ingress", "thv-hub").path("metadata").path("annotations")
                .path("nginx.ingress.kubernetes.io/proxy-body-size").asText()).isEqualTo("2m");
        JsonNode importIngress = een(o, "Ingress", "thv-hub-import");
        assertThat(importIngress.path("metadata").path("annotations").path("nginx.ingress.kubernetes.io/proxy-body-size")
                .asText()).isEqualTo("256m");
        assertThat(importIngress.path("spec").path("rules").get(0).path("http").path("paths").get(0).path("path").asText())
                .isEqualTo("/api/v1/import/huisverboden");
        String hubLimiet = Files.readAllLines(Path.of("src/main/resources/application.properties")).stream()
                .filter(r -> r.startsWith("quarkus.http.limits.max-body-size=")).findFirst().orElseThrow();
        assertThat(hubLimiet).endsWith("=256M");
        JsonNode tmp = null;
        for (JsonNode v : een(o, "Deployment", "thv-hub").path("spec").path("template").path("spec").path("volumes")) {
            if (v.path("name").asText().equals("tmp")) {
                tmp = v;
            }
        }
        assertThat(tmp).isNotNull();
        String grootte = tmp.path("emptyDir").path("sizeLimit").asText();
        assertThat(Integer.parseInt(grootte.replace("Mi", ""))).as("/tmp holds a whole import").isGreaterThan(256);
    }

    @Test
    void the_database_pods_take_connections_only_from_the_hub_each_other_and_the_operator() throws Exception {
        JsonNode np = een(bouw("prod"), "NetworkPolicy", "thv-db").path("spec");
        assertThat(np.path("podSelector").path("matchLabels").path("cnpg.io/cluster").asText()).isEqualTo("thv-db");
        assertThat(np.path("policyTypes").toString()).contains("Ingress", "Egress");
        Set<String> van = new TreeSet<>();
        np.path("ingress").forEach(in -> in.path("from").forEach(f -> van.add(f.toString())));
        assertThat(van).hasSize(3).anyMatch(f -> f.contains("thv-hub")).anyMatch(f -> f.contains("cnpg-system"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void the_core_objects_are_valid_kubernetes_by_the_kubernetes_models_schemas(String overlay) throws Exception {
        Path map = Path.of("target", "k8s-schema");
        Files.createDirectories(map);
        for (String f : List.of("package.json", "valideer.mjs")) {
            Files.copy(Path.of("src", "test", "node", "k8s", f), map.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.isDirectory(map.resolve("node_modules").resolve("kubernetes-models"))) {
            // never inheritIO: the test JVM's stdout is surefire's channel
            Process npm = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--loglevel=error")
                    .directory(map.toFile()).redirectErrorStream(true).redirectOutput(map.resolve("npm.log").toFile())
                    .start();
            assertThat(npm.waitFor(180, TimeUnit.SECONDS) && npm.exitValue() == 0)
                    .as("npm install of kubernetes-models (needs node, npm and the npm registry)").isTrue();
        }
        ArrayNode json = JSON.createArrayNode();
        bouw(overlay).forEach(json::add);
        Path invoer = map.resolve(overlay + ".json");
        JSON.writeValue(invoer.toFile(), json);
        Process node = new ProcessBuilder("node", "valideer.mjs", overlay + ".json").directory(map.toFile())
                .redirectErrorStream(true).start();
        String uit = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(uit).doesNotContain("FOUT");
        assertThat(node.exitValue()).as(uit).isZero();
        for (String kind : List.of("apps/v1 Deployment/thv-hub", "batch/v1 Job/thv-hub-migratie", "v1 Service/thv-hub",
                "networking.k8s.io/v1 Ingress/thv-hub", "networking.k8s.io/v1 NetworkPolicy/thv-hub",
                "policy/v1 PodDisruptionBudget/thv-hub", "autoscaling/v2 HorizontalPodAutoscaler/thv-hub",
                "v1 ServiceAccount/thv-hub")) {
            assertThat(uit).as("validated: " + kind).contains("OK " + kind);
        }
    }

    private static int mebibytes(String q) {
        if (q.endsWith("Gi")) {
            return (int) (Double.parseDouble(q.substring(0, q.length() - 2)) * 1024);
        }
        assertThat(q).endsWith("Mi");
        return Integer.parseInt(q.substring(0, q.length() - 2));
    }
}
