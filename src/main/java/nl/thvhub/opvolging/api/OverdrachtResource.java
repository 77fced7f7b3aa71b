package nl.thvhub.opvolging.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.opvolging.Overdrachtbevestiging;
import nl.thvhub.opvolging.service.OverdrachtService;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** {@code /api/v1/huisverboden/{id}/overdracht/bevestiging}: receipt of the warm hand-over confirmed. */
@Path("/api/v1/huisverboden/{id}/overdracht/bevestiging")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class OverdrachtResource {

    private final OverdrachtService service;
    private final ActorResolver actors;

    public OverdrachtResource(OverdrachtService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING,
            Rol.C_GGZ, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "De ontvangst van de warme overdracht bevestigen", description = "Door de ontvangende hub-partner "
            + "die bij afsluiting is genoemd (overdrachtOrganisatie); voor een partij buiten de hub legt de zorgcoordinator "
            + "van de zaak vast wie de ontvangst bevestigde (bevestigdDoor). Eenmalig; sluit de taak OVERDRACHT_NIET_BEVESTIGD.")
    @APIResponse(responseCode = "200", description = "Bevestigd", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overdrachtbevestiging.View.class))})
    public Uni<Overdrachtbevestiging.View> bevestig(@PathParam("id") UUID id, Overdrachtbevestiging.Vastlegging vastlegging) {
        return service.bevestig(actors.current(), id, vastlegging);
    }
}
