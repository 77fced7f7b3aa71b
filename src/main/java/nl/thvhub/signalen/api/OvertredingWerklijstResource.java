package nl.thvhub.signalen.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.api.ListQuery;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.service.OvertredingService;

/** {@code /api/v1/overtredingen/zonder-vervolg}: the police and gemeente work list of violations awaiting follow-up. */
@Path("/api/v1/overtredingen/zonder-vervolg")
@Tag(name = "Signalen")
@Produces(MediaType.APPLICATION_JSON)
public class OvertredingWerklijstResource {

    private final OvertredingService service;
    private final ActorResolver actors;

    public OvertredingWerklijstResource(OvertredingService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Bevestigde overtredingen zonder vervolg, oudste eerst", description = "Binnen de eigen scope (wijkagent: eigen wijk); gepagineerd met een cursor, zonder totalen.")
    public Uni<OvertredingZonderVervolgPagina> lijst(@QueryParam("volgende") String volgende,
            @QueryParam("limiet") Integer limiet) {
        return service.zonderVervolg(actors.current(), ListQuery.cursor(volgende), ListQuery.limiet(limiet))
                .map(p -> new OvertredingZonderVervolgPagina(p.items(), ListQuery.encode(p.volgende())));
    }
}
