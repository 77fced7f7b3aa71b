package nl.thvhub.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import nl.thvhub.platform.security.Rol;

/** {@code docs/sharing-policy.md} is generated from the policy file; refresh with {@code -Dcontracts.update=true}. */
class SharingPolicyDocTest {

    @Test
    void the_committed_sharing_page_matches_the_policy_file() throws IOException {
        Path page = Path.of("docs/sharing-policy.md");
        String generated = SharingPolicyDoc.markdown(SharingPolicy.load());
        if (Boolean.getBoolean("contracts.update")) {
            Files.createDirectories(page.getParent());
            Files.writeString(page, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).as("docs/sharing-policy.md is stale").isEqualTo(generated);
    }

    @Test
    void the_policy_file_is_valid_and_every_reading_role_has_exactly_one_rule() {
        SharingPolicy policy = new SharingPolicy();
        for (Rol rol : Rol.values()) {
            boolean reads = rol != Rol.BELEID && rol != Rol.FG && rol != Rol.PARTNER_SYSTEEM;
            assertThat(policy.regel(rol).isPresent()).as(rol.code()).isEqualTo(reads);
        }
    }
}
