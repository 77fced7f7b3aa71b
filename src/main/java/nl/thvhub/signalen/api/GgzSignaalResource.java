package nl.thvhub.signalen.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.GgzSignaal;
import nl.thvhub.signalen.service.GgzSignaalService;

/** {@code /api/v1/huisverboden/{id}/ggz-signaal}: the GGZ flag of a person, set by the assigned GGZ worker. */
@Path("/api/v1/huisverboden/{id}/ggz-signaal")
@Tag(name = "Signalen")
@Produces(MediaType.APPLICATION_JSON)
public class GgzSignaalResource {

    private final GgzSignaalService service;
    private final ActorResolver actors;

    public GgzSignaalResource(GgzSignaalService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_GGZ})
    @Operation(summary = "Het GGZ-signaal van een uithuisgeplaatste of achterblijver zetten", description = "Betrokkenheid, instelling en een contactpersoon (rol en telefoon); nooit een diagnose. Andere velden worden geweigerd.")
    public Uni<Huisverbod.GgzSignaal> zet(@PathParam("id") UUID id, GgzSignaal.Instelling signaal) {
        return service.zet(actors.current(), id, signaal);
    }
}
