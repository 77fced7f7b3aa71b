package nl.thvhub.privacy.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** {@code /api/v1/ik}: tells callers how the hub sees them (role, organisation, wijk), so token problems are visible. */
@Path("/api/v1/ik")
@Tag(name = "Ik")
public class IkResource {

    /** The caller as the hub resolved it from the token. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "Ik")
    @org.eclipse.microprofile.graphql.Type("Ik")
    public record IkView(String gebruikersnaam, @jakarta.validation.constraints.NotNull Rol rol,
            @jakarta.validation.constraints.NotNull nl.thvhub.platform.security.Organisatie organisatie, String wijk,
            @jakarta.validation.constraints.NotNull boolean partnerSysteem) {

        public static IkView of(Actor a) {
            return new IkView(a.gebruikersnaam(), a.rol(), a.organisatie(), a.wijk(), a.partnerSysteem());
        }
    }

    private final ActorResolver actors;

    public IkResource(ActorResolver actors) {
        this.actors = actors;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "Wie ben ik volgens de hub", description = "Rol, organisatie en wijk zoals de hub die uit het token afleidt.")
    public IkView ik() {
        return IkView.of(actors.current());
    }
}
