package nl.thvhub.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.testing.Zaakbouwer;
import nl.thvhub.zorg.service.Zorgrechten;
import nl.thvhub.zorg.service.Zorgrechten.Onderdeel;

/**
 * The named role sets of {@code @RolesAllowed} ({@link Rol#COORDINATOREN} and friends, one property each) are exactly
 * the roles the services' rules let act, in plain JUnit: a rule that gains or loses a role fails here, naming the property
 * to change, so an operation never admits a role its service always refuses, nor shuts out one it would serve.
 */
class RolsetsTest {

    private static Properties rollen;

    /** One person assigned in every role of a case with a child, so a rule can only refuse by role. */
    private static final Huisverbod ZAAK = Zaakbouwer.opgelegdOp(Instant.parse("2026-03-02T10:00:00Z")).metKind()
            .toegewezen(ToewijzingRol.ZORGCOORDINATOR, "x", Organisatie.BLIJF_GROEP)
            .toegewezen(ToewijzingRol.GEZINSMANAGER, "x", Organisatie.JBRA)
            .toegewezen(ToewijzingRol.RECLASSERING, "x", Organisatie.RECLASSERING)
            .toegewezen(ToewijzingRol.GGZ, "x", Organisatie.GGZ).bouw();

    @BeforeAll
    static void load() throws IOException {
        rollen = new Properties();
        try (InputStream in = RolsetsTest.class.getClassLoader().getResourceAsStream("application.properties")) {
            rollen.load(in);
        }
    }

    @Test
    void coordinatoren_are_the_coordinating_roles_and_the_writers_of_check_ins_and_the_report() {
        assertThat(set(Rol.COORDINATOREN)).isEqualTo(rollen(Rol::isCoordinator))
                .isEqualTo(schrijvers(Onderdeel.PEILMOMENT)).isEqualTo(schrijvers(Onderdeel.EINDRAPPORT));
    }

    @Test
    void gezinszorg_writes_plans_advice_conversations_and_care_after_closing() {
        assertThat(set(Rol.GEZINSZORG)).isEqualTo(schrijvers(Onderdeel.PLAN)).isEqualTo(schrijvers(Onderdeel.ZORGADVIES))
                .isEqualTo(schrijvers(Onderdeel.GESPREK)).isEqualTo(schrijvers(Onderdeel.NAZORG));
    }

    @Test
    void zorgverleners_refer_and_record_contacts() {
        assertThat(set(Rol.ZORGVERLENERS)).isEqualTo(schrijvers(Onderdeel.VERWIJZING))
                .isEqualTo(schrijvers(Onderdeel.CONTACTMOMENT));
    }

    @Test
    void analyse_en_netwerk_write_a_persons_analysis_and_network() {
        assertThat(set(Rol.ANALYSE_EN_NETWERK)).isEqualTo(schrijvers(Onderdeel.PROBLEEMANALYSE))
                .isEqualTo(schrijvers(Onderdeel.NETWERK));
    }

    @Test
    void politie_is_the_polices_roles() {
        assertThat(set(Rol.POLITIE)).isEqualTo(rollen(Rol::isPolitie));
    }

    @Test
    void every_named_set_is_a_property_of_known_roles() {
        for (String expressie : List.of(Rol.ALLE, Rol.COORDINATOREN, Rol.GEZINSZORG, Rol.ZORGVERLENERS,
                Rol.ANALYSE_EN_NETWERK, Rol.POLITIE)) {
            assertThat(expressie).startsWith("${rollen.").endsWith("}");
            assertThat(Arrays.stream(waarde(expressie).split(",")).map(Rol::fromCode))
                    .as(expressie).allSatisfy(r -> assertThat(r).isPresent());
        }
    }

    private static String waarde(String expressie) {
        String naam = expressie.substring(2, expressie.length() - 1);
        String waarde = rollen.getProperty(naam);
        assertThat(waarde).as("property %s in application.properties", naam).isNotBlank();
        return waarde;
    }

    private static Set<Rol> set(String expressie) {
        return Arrays.stream(waarde(expressie).split(",")).map(c -> Rol.fromCode(c).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rol.class)));
    }

    private static Set<Rol> rollen(Predicate<Rol> regel) {
        return Arrays.stream(Rol.values()).filter(regel)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Rol.class)));
    }

    /** The roles a person of which (assigned in every way) may write this part about the family or about anyone. */
    private static Set<Rol> schrijvers(Onderdeel onderdeel) {
        List<Huisverbod.Betrokkene> over = new ArrayList<>(ZAAK.betrokkenen());
        over.add(null);
        return rollen(rol -> over.stream().anyMatch(p -> Zorgrechten
                .magSchrijven(new Actor("x", "x", rol, Organisatie.BLIJF_GROEP, null, null, false), ZAAK, onderdeel, p)));
    }
}
