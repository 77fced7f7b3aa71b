package nl.thvhub.platform.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.problem.ProblemException;

/**
 * Builds the {@link Actor} of the current request from the verified token. A token whose role set or organisation does
 * not fit the hub's model is refused (403): the hub never guesses on whose behalf someone acts.
 */
@RequestScoped
public class ActorResolver {

    private final CurrentIdentityAssociation identities;
    private final Quota quota;
    private final SecurityConfig config;
    private Actor actor;

    public ActorResolver(CurrentIdentityAssociation identities, Quota quota, SecurityConfig config) {
        this.identities = identities;
        this.quota = quota;
        this.config = config;
    }

    /** The actor, for REST resources: their role check has already authenticated the request. */
    public Actor current() {
        return resolve(identities.getIdentity());
    }

    /**
     * The actor without blocking, for GraphQL resolvers. Each call counts against the quota: every root field of an
     * operation resolves the actor once, so aliases and batched operations cannot bypass it.
     */
    public Uni<Actor> deferred() {
        Uni<Actor> a = actor != null ? Uni.createFrom().item(actor) : identities.getDeferredIdentity().map(this::resolve);
        return a.invoke(quota::tel);
    }

    /** When the caller's token expires (a long-lived subscription ends then); far in the future for a test identity. */
    public Uni<java.time.Instant> geldigTot() {
        return identities.getDeferredIdentity().map(identity -> identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > 0
                        ? java.time.Instant.ofEpochSecond(jwt.getExpirationTime())
                        : java.time.Instant.MAX);
    }

    /** The actor of an authenticated request, or null for an anonymous one (the endpoint's role check answers 401). */
    public Uni<Actor> resolvedOrNull() {
        return identities.getDeferredIdentity()
                .map(identity -> identity == null || identity.isAnonymous() ? null : resolve(identity));
    }

    private Actor resolve(SecurityIdentity identity) {
        if (actor == null) {
            // worked out once per verified identity (ActorAugmentor); a refused or test identity is worked out here
            Object bekend = identity == null ? null : identity.getAttribute(ActorAugmentor.ACTOR);
            actor = bekend instanceof Actor a ? a : toActor(identity, config.organisatiesPerClient(), config.audience());
        }
        return actor;
    }

    static Actor toActor(SecurityIdentity identity, java.util.Map<String, List<Organisatie>> toegestaan) {
        return toActor(identity, toegestaan, "thv-hub");
    }

    static Actor toActor(SecurityIdentity identity, java.util.Map<String, List<Organisatie>> toegestaan, String audience) {
        if (identity == null || identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        String subject = identity.getPrincipal().getName();
        String username = subject;
        String orgClaim;
        String wijk;
        String clientId;
        Object gemeenten;
        Optional<jakarta.json.JsonObject> werkplek = identity.isAnonymous()
                ? Optional.empty()
                : Werkpleksessie.toegangsclaims(identity, audience);
        if (werkplek.isPresent()) {
            // a werkplek login: the same claims as an API call, from the access token the login obtained
            jakarta.json.JsonObject c = werkplek.get();
            subject = c.getString("sub", subject);
            username = c.getString("preferred_username", username);
            orgClaim = c.getString("organisatie", null);
            wijk = c.getString("wijk", null);
            clientId = c.getString("azp", null);
            gemeenten = c.get("gemeenten") instanceof jakarta.json.JsonArray a ? a : null;
        } else if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getRawToken() != null) {
            subject = Optional.ofNullable(jwt.getSubject()).orElse(subject);
            username = Optional.ofNullable((String) jwt.getClaim("preferred_username")).orElse(username);
            orgClaim = jwt.getClaim("organisatie");
            wijk = jwt.getClaim("wijk");
            clientId = jwt.getClaim("azp");
            gemeenten = jwt.getClaim("gemeenten");
        } else {
            // @TestSecurity identities carry the claims as attributes
            orgClaim = identity.getAttribute("organisatie");
            wijk = identity.getAttribute("wijk");
            clientId = identity.getAttribute("azp");
            gemeenten = identity.getAttribute("gemeenten");
        }
        Optional<Organisatie> organisatie = Organisatie.parse(orgClaim);
        if (organisatie.isPresent() && !toegestaan.getOrDefault(clientId == null ? "" : clientId, List.of())
                .contains(organisatie.get())) {
            // the organisation decides what a token opens: only a client allowed to assert it may carry it
            throw ProblemException.forbidden("De client " + clientId + " mag de organisatie " + organisatie.get()
                    + " niet opgeven.");
        }
        if (identity.hasRole(Rol.C_PARTNER_SYSTEEM)) {
            Organisatie org = organisatie
                    .orElseThrow(
                            () -> ProblemException.forbidden("Het token van het partnersysteem mist een geldige organisatie."));
            String onbekend = identity.getAttribute(NamensAugmentor.ONBEKEND);
            if (onbekend != null) {
                throw ProblemException.forbidden("Namens: " + onbekend + " is geen bij de hub bekende medewerker van "
                        + org + ".");
            }
            String namens = identity.getAttribute(NamensAugmentor.NAMENS);
            if (namens != null) {
                // the system acts as that employee: the employee's scope and rights, the system's client in the audit line
                return new Actor(subject, namens, org.actingRole(), org, null, clientId, false, lijst(gemeenten), true);
            }
            return new Actor(subject, username, org.actingRole(), org, null, clientId, true, lijst(gemeenten));
        }
        List<Rol> roles = identity.getRoles().stream().map(Rol::fromCode).flatMap(Optional::stream).toList();
        if (roles.size() != 1) {
            // with two roles the applicable sharing rules would be ambiguous; the hub does not pick one
            throw ProblemException.forbidden(roles.isEmpty()
                    ? "Het token bevat geen rol van de THV-hub."
                    : "Het token bevat meer dan een rol van de THV-hub; gebruik een account per rol.");
        }
        Rol rol = roles.get(0);
        Organisatie org = organisatie.orElseThrow(() -> ProblemException.forbidden("Het token mist een geldige organisatie."));
        if (rol == Rol.WIJKAGENT && (wijk == null || wijk.isBlank())) {
            throw ProblemException.forbidden("Het token van een wijkagent mist de wijk.");
        }
        return new Actor(subject, username, rol, org, rol == Rol.WIJKAGENT ? wijk : null, clientId, false,
                rol == Rol.GEMEENTE ? lijst(gemeenten) : java.util.Set.of());
    }

    /** A multi-valued claim (a JSON array, a collection or one string) as strings. */
    private static java.util.Set<String> lijst(Object claim) {
        if (claim == null) {
            return java.util.Set.of();
        }
        if (claim instanceof java.util.Collection<?> c) {
            return c.stream().map(v -> v instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(v))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());
        }
        String s = claim instanceof jakarta.json.JsonString js ? js.getString() : claim.toString();
        return java.util.Set.of(s);
    }
}
