package nl.thvhub.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Breaking changes are visible (issue 17): openapi-diff compares the committed OpenAPI document with the one of the
 * newest release before the current version ({@code openapi/releases/}) and writes the changes to
 * {@code target/openapi-breaking.md}. Before 1.0 a breaking change is reported; from 1.0 on it fails the build.
 */
class BrekendeWijzigingenTest {

    @Test
    void breaking_changes_against_the_previous_release_are_reported_and_fail_from_1_0() throws IOException {
        String huidig = versie(Path.of("openapi/openapi.yaml"));
        Path vorige = vorigeRelease(huidig);
        assertThat(vorige).as("a released document before " + huidig + " in openapi/releases").isNotNull();
        ChangedOpenApi diff = OpenApiCompare.fromLocations(vorige.resolve("openapi.yaml").toUri().toString(),
                Path.of("openapi/openapi.yaml").toUri().toString());
        String rapport = "# OpenAPI " + vorige.getFileName() + " -> " + huidig + "\n\n"
                + (diff.isIncompatible() ? "**Breaking changes.**\n\n" : "No breaking changes.\n\n")
                + render(diff);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/openapi-breaking.md"), rapport, StandardCharsets.UTF_8);
        System.out.println("openapi-diff " + vorige.getFileName() + " -> " + huidig + ": "
                + (diff.isIncompatible() ? "BREAKING (see target/openapi-breaking.md)" : "compatible"));
        if (hoofdversie(huidig) >= 1) {
            assertThat(diff.isIncompatible()).as("breaking changes from 1.0 on need a new major version: see "
                    + "target/openapi-breaking.md").isFalse();
        }
    }

    private static String render(ChangedOpenApi diff) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.io.OutputStreamWriter w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, w);
        } catch (IOException | RuntimeException e) {
            return "(the report could not be rendered: " + e.getMessage() + ")\n";
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String versie(Path document) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(document.toFile()).path("info").path("version").asText();
    }

    private static Path vorigeRelease(String huidig) throws IOException {
        try (Stream<Path> releases = Files.list(Path.of("openapi/releases"))) {
            List<Path> eerder = releases.filter(Files::isDirectory)
                    .filter(p -> vergelijk(p.getFileName().toString(), huidig) < 0)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString(), BrekendeWijzigingenTest::vergelijk))
                    .toList();
            return eerder.isEmpty() ? null : eerder.get(eerder.size() - 1);
        }
    }

    private static int hoofdversie(String versie) {
        return Integer.parseInt(versie.split("\\.")[0]);
    }

    /** Semantic versions compared number by number. */
    static int vergelijk(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
