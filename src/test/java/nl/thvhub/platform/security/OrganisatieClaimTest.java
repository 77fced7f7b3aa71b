package nl.thvhub.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

import nl.thvhub.platform.problem.ProblemException;

/** The organisation claim is taken only from a client allowed to assert it (issue 15.11), a pure rule. */
class OrganisatieClaimTest {

    private static final Map<String, List<Organisatie>> TOEGESTAAN = Map.of("partner-blijfgroep",
            List.of(Organisatie.BLIJF_GROEP), "thv-hub-demo", List.of(Organisatie.OM, Organisatie.POLITIE));

    private static QuarkusSecurityIdentity token(String rol, String organisatie, String azp) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("sub-1")).addRole(rol)
                .addAttribute("organisatie", organisatie).addAttribute("azp", azp).build();
    }

    @Test
    void a_partner_system_asserts_its_own_organisation() {
        Actor a = ActorResolver.toActor(token("partner-systeem", "BLIJF_GROEP", "partner-blijfgroep"), TOEGESTAAN);
        assertThat(a.organisatie()).isEqualTo(Organisatie.BLIJF_GROEP);
        assertThat(a.partnerSysteem()).isTrue();
    }

    @Test
    void a_partner_system_cannot_assert_another_organisation() {
        assertThatThrownBy(() -> ActorResolver.toActor(token("partner-systeem", "OM", "partner-blijfgroep"), TOEGESTAAN))
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).problem().status()).isEqualTo(403));
    }

    @Test
    void a_client_that_is_not_listed_asserts_nothing() {
        assertThatThrownBy(() -> ActorResolver.toActor(token("om-zsm", "OM", "onbekende-app"), TOEGESTAAN))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void the_app_client_carries_the_organisation_the_identity_provider_gave_the_user() {
        assertThat(ActorResolver.toActor(token("om-zsm", "OM", "thv-hub-demo"), TOEGESTAAN).organisatie())
                .isEqualTo(Organisatie.OM);
    }
}
