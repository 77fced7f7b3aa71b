package nl.thvhub.signalen.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.Overtreding;
import nl.thvhub.signalen.service.OvertredingService;

/** {@code /api/v1/huisverboden/{id}/overtredingen}: violations of one THV, their confirmation and follow-up. */
@Path("/api/v1/huisverboden/{id}/overtredingen")
@Tag(name = "Signalen")
@Produces(MediaType.APPLICATION_JSON)
public class OvertredingResource {

    private final OvertredingService service;
    private final ActorResolver actors;

    public OvertredingResource(OvertredingService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Een overtreding registreren (politie) of een vermoeden melden (zorgcoordinator)", description = "Het moment moet binnen de looptijd vallen; een melding na afloop wordt aanvaard met gemeldNaAfloop.")
    @APIResponse(responseCode = "201", description = "Geregistreerd", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overtreding.View.class))})
    public Uni<Response> registreer(@PathParam("id") UUID id, Overtreding.Melding melding) {
        return service.registreer(actors.current(), id, melding)
                .map(o -> Response.created(URI.create("/api/v1/huisverboden/" + id + "/overtredingen")).entity(o).build());
    }

    @GET
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
            Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "De overtredingen van een huisverbod, nieuwste eerst (categorie OVERTREDINGEN)")
    public Uni<List<Overtreding.View>> lijst(@PathParam("id") UUID id) {
        return service.lijst(actors.current(), id);
    }

    @POST
    @Path("/{overtredingId}/beoordeling")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Een vermoede overtreding bevestigen of afwijzen (politie)")
    public Uni<Overtreding.View> beoordeel(@PathParam("id") UUID id, @PathParam("overtredingId") UUID overtredingId,
            Overtreding.Beoordeling beoordeling) {
        return service.beoordeel(actors.current(), id, overtredingId, beoordeling);
    }

    @PUT
    @Path("/{overtredingId}/vervolg")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Het vervolg van een bevestigde overtreding vastleggen (politie; eenmalig)")
    public Uni<Overtreding.View> vervolg(@PathParam("id") UUID id, @PathParam("overtredingId") UUID overtredingId,
            Overtreding.Vervolg vervolg) {
        return service.vervolg(actors.current(), id, overtredingId, vervolg);
    }
}
