package nl.thvhub.notificaties.api;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.notificaties.Notificatie;
import nl.thvhub.notificaties.Onbevestigd;
import nl.thvhub.notificaties.service.InboxService;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** {@code /api/v1/notificaties}: the caller's inbox, acknowledgements, and the sender organisation's unacknowledged list. */
@Path("/api/v1/notificaties")
@Tag(name = "Notificaties")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM,
        Rol.C_GEZINSMANAGER,
        Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE, Rol.C_FG})
public class NotificatieResource {

    private final InboxService inbox;
    private final ActorResolver actors;

    public NotificatieResource(InboxService inbox, ActorResolver actors) {
        this.inbox = inbox;
        this.actors = actors;
    }

    @GET
    @Operation(summary = "Mijn notificaties: ongelezen eerst, met cursor")
    public Uni<InboxService.Pagina> inbox(
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.thvhub.notificaties.NotificatieType.class)) @QueryParam("type") String type,
            @QueryParam("bevestigd") Boolean bevestigd,
            @QueryParam("volgende") String volgende, @QueryParam("limiet") Integer limiet) {
        if (type != null && !nl.thvhub.notificaties.Routing.TYPES.contains(type)) {
            throw nl.thvhub.platform.problem.ProblemException.invalid("type",
                    "een van de notificatietypen, bijvoorbeeld huisverbod.opgelegd");
        }
        return inbox.inbox(actors.current(), type, bevestigd, volgende, limiet == null ? 25 : limiet);
    }

    @POST
    @Path("/{id}/bevestiging")
    @Operation(summary = "Een notificatie bevestigen (idempotent)")
    public Uni<Notificatie> bevestig(@PathParam("id") UUID id) {
        return inbox.bevestig(actors.current(), id);
    }

    @GET
    @Path("/onbevestigd")
    @Operation(summary = "Notificaties die mijn organisatie veroorzaakte en die niemand tijdig bevestigde")
    public Uni<List<Onbevestigd>> onbevestigd(@QueryParam("ouderDan") String ouderDan) {
        Duration d;
        try {
            d = ouderDan == null ? Duration.ofHours(24) : Duration.parse(ouderDan);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("ouderDan", "een ISO 8601-duur zoals PT24H");
        }
        return inbox.onbevestigd(actors.current(), d);
    }
}
