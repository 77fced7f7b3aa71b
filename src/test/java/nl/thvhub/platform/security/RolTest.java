package nl.thvhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The one definition of "every hub role" ({@link Rol#ALLE}) is the list in application.properties: pinned to the enum. */
class RolTest {

    @Test
    void the_configured_list_of_all_roles_is_exactly_the_roles_of_the_hub() throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("application.properties")) {
            p.load(in);
        }
        assertThat(Rol.ALLE).isEqualTo("${rollen.alle}");
        assertThat(p.getProperty("rollen.alle").split(","))
                .containsExactly(Arrays.stream(Rol.values()).map(Rol::code).toArray(String[]::new));
    }
}
