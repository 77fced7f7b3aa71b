package nl.thvhub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No SQL statement binds many values by position (issue 30, step 3): a statement with more than nine {@code $n} is
 * written as an SQL Client Template with named parameters ({@code platform.sql.Parameters}), where a value cannot land
 * in the wrong column by miscounting. ArchUnit cannot read SQL, so this reads the persistence sources.
 */
class PositieparametersTest {

    private static final int GRENS = 9;
    private static final Pattern TEKSTBLOK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern POSITIE = Pattern.compile("\\$(\\d+)");

    @Test
    void no_statement_in_persistence_binds_more_than_nine_values_by_position() throws IOException {
        List<String> teVeel = new ArrayList<>();
        int blokken = 0;
        try (Stream<Path> bestanden = Files.walk(Path.of("src/main/java/nl/thvhub"))) {
            for (Path p : bestanden.filter(f -> f.toString().contains("/persistence/") && f.toString().endsWith(".java"))
                    .toList()) {
                Matcher blok = TEKSTBLOK.matcher(Files.readString(p));
                while (blok.find()) {
                    blokken++;
                    int hoogste = POSITIE.matcher(blok.group(1)).results().mapToInt(m -> Integer.parseInt(m.group(1))).max()
                            .orElse(0);
                    if (hoogste > GRENS) {
                        teVeel.add(p.getFileName() + ": $" + hoogste + " in "
                                + blok.group(1).strip().lines().findFirst().orElse(""));
                    }
                }
            }
        }
        assertThat(blokken).as("the scan sees the SQL where it lives").isGreaterThan(50);
        assertThat(teVeel).isEmpty();
    }

    @Test
    void the_largest_statements_use_named_parameters() throws IOException {
        String zaak = Files.readString(Path.of("src/main/java/nl/thvhub/huisverbod/persistence/HuisverbodRepository.java"));
        assertThat(zaak).contains("#{registratienummer}").contains("#{verblijfAchterblijvers}");
    }
}
