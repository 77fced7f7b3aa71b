package nl.thvhub.zorg.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import nl.thvhub.zorg.Gesprek;
import nl.thvhub.zorg.service.GesprekService;

/** {@code /api/v1/huisverboden/{id}/gesprekken}: conversation records with and about the family (issue 35.5). */
@Path("/api/v1/huisverboden/{id}/gesprekken")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class GesprekResource {

    private final GesprekService service;
    private final ActorResolver actors;

    public GesprekResource(GesprekService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De gespreksverslagen van een zaak", description = "Categorie HULPVERLENING van elke betrokkene die "
            + "deelnam (van het gezin als er geen deelnam): u ziet een verslag alleen als u dat van elk van hen mag; "
            + "nieuwste eerst.")
    public Uni<List<Gesprek.View>> lijst(@PathParam("id") UUID id) {
        return service.lijst(actors.current(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.GEZINSZORG)
    @Operation(summary = "Een gespreksverslag vastleggen (zorgcoordinator of gezinsmanager van de zaak)", description = "Soort "
            + "(INTAKE, SYSTEEMGESPREK, MDO, EVALUATIE), datum, deelnemers (betrokkenen van de zaak en organisaties) en "
            + "verslag. U moet de hulpverleningsgegevens van elke deelnemende betrokkene mogen zien.")
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = {
            @Header(name = "Location", description = "De gespreksverslagen van de zaak", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Gesprek.View.class))})
    public Uni<Response> vastleggen(@PathParam("id") UUID id, Gesprek.Vastlegging vastlegging) {
        return service.vastleggen(actors.current(), id, vastlegging)
                .map(g -> Response.created(URI.create("/api/v1/huisverboden/" + id + "/gesprekken")).entity(g).build());
    }
}
