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
import nl.thvhub.zorg.Nazorg;
import nl.thvhub.zorg.service.NazorgService;

/**
 * {@code /api/v1/huisverboden/{id}/nazorg}: care that runs on after closing (issue 35.2 and 35.3): the gezinsmanager's
 * track and intensive case management, reviewed and ended by their owner.
 */
@Path("/api/v1/huisverboden/{id}/nazorg")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class NazorgResource {

    private final NazorgService service;
    private final ActorResolver actors;

    public NazorgResource(NazorgService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De nazorg van een zaak", description = "Categorie HULPVERLENING: lopende en beeindigde trajecten na "
            + "afsluiting (de gezinsmanager die doorgaat, intensieve casemanagement), nieuwste eerst.")
    public Uni<List<Nazorg.View>> lijst(@PathParam("id") UUID id) {
        return service.lijst(actors.current(), id);
    }

    @POST
    @Path("/icm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.GEZINSZORG)
    @Operation(summary = "Intensieve casemanagement starten op een afgesloten zaak", description = "Door de zorgcoordinator of "
            + "gezinsmanager van de zaak, die eigenaar wordt en het zorgdossier blijft bijhouden tot het einde. De "
            + "evaluatiedatum komt in de werkvoorraad van de eigenaar (ICM_EVALUEREN). Eén lopend traject per zaak.")
    @APIResponse(responseCode = "201", description = "Gestart", headers = {
            @Header(name = "Location", description = "De nazorg van de zaak", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Nazorg.View.class))})
    public Uni<Response> icm(@PathParam("id") UUID id, Nazorg.Start start) {
        return service.icm(actors.current(), id, start)
                .map(n -> Response.created(URI.create("/api/v1/huisverboden/" + id + "/nazorg")).entity(n).build());
    }

    @POST
    @Path("/{nazorgId}/evaluatie")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.GEZINSZORG)
    @Operation(summary = "Een evaluatie van intensieve casemanagement vastleggen (eigenaar)", description = "Met de volgende "
            + "evaluatiedatum.")
    public Uni<Nazorg.View> evaluatie(@PathParam("id") UUID id, @PathParam("nazorgId") UUID nazorgId,
            Nazorg.Evaluatie evaluatie) {
        return service.evaluatie(actors.current(), id, nazorgId, evaluatie);
    }

    @POST
    @Path("/{nazorgId}/einde")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.GEZINSZORG)
    @Operation(summary = "Een nazorgtraject beeindigen met de uitkomst (eigenaar)", description = "Daarna is de afgesloten zaak "
            + "ook voor de eigenaar gesloten.")
    public Uni<Nazorg.View> einde(@PathParam("id") UUID id, @PathParam("nazorgId") UUID nazorgId, Nazorg.Einde einde) {
        return service.einde(actors.current(), id, nazorgId, einde);
    }
}
