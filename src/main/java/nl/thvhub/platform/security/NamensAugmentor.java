package nl.thvhub.platform.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * A partner system acts for a named employee of its organisation: with the header {@code Namens: <gebruikersnaam>} the
 * system's identity gains the role its organisation acts in (Blijf Groep: zorgcoordinator), so it may call what that
 * employee may call, and {@link ActorResolver} makes the employee the actor — same scope, same rights, both identities
 * in the audit line. A name not on the organisation's roster ({@code thv.security.medewerkers}) gains nothing and is
 * refused (403). Without the header a partner system keeps its organisation-wide read access.
 */
@ApplicationScoped
public class NamensAugmentor implements SecurityIdentityAugmentor {

    /** The request header naming the employee a partner system acts for. */
    public static final String HEADER = "Namens";
    /** Identity attribute: the employee the system acts for (on the roster). */
    static final String NAMENS = "thv.namens";
    /** Identity attribute: the name asked for that is not on the roster. */
    static final String ONBEKEND = "thv.namens.onbekend";

    private final SecurityConfig config;

    public NamensAugmentor(SecurityConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(attributes);
        String namens = rc == null ? null : rc.request().getHeader(HEADER);
        if (namens == null || namens.isBlank() || identity.isAnonymous() || !identity.hasRole(Rol.C_PARTNER_SYSTEEM)
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        Optional<Organisatie> org = Organisatie.parse(jwt.getClaim("organisatie"));
        String naam = namens.trim();
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        if (org.isPresent() && config.medewerkers().getOrDefault(org.get(), List.of()).contains(naam)) {
            builder.addRole(org.get().actingRole().code()).addAttribute(NAMENS, naam);
        } else {
            builder.addAttribute(ONBEKEND, naam);
        }
        return Uni.createFrom().item(builder.build());
    }
}
