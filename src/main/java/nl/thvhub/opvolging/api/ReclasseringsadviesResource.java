package nl.thvhub.opvolging.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import nl.thvhub.opvolging.Reclasseringsadvies;
import nl.thvhub.opvolging.service.ReclasseringsadviesService;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** {@code /api/v1/huisverboden/{id}/reclasseringsadvies}: the OM's request for an advice report and its delivery. */
@Path("/api/v1/huisverboden/{id}/reclasseringsadvies")
@Tag(name = "Strafrecht")
@Produces(MediaType.APPLICATION_JSON)
public class ReclasseringsadviesResource {

    private final ReclasseringsadviesService service;
    private final ActorResolver actors;

    public ReclasseringsadviesResource(ReclasseringsadviesService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De aanvragen voor een reclasseringsadvies en hun levering", description = "Categorie STRAFRECHT, nieuwste eerst.")
    public Uni<List<Reclasseringsadvies.View>> lijst(@PathParam("id") UUID id) {
        return service.lijst(actors.current(), id);
    }

    @POST
    @Path("/aanvraag")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.C_OM_ZSM)
    @Operation(summary = "Een reclasseringsadvies aanvragen (OM, ZSM)", description = "Met de termijn waarop het advies nodig is. "
            + "Bereikt de toegewezen reclasseringswerker, anders de wachtrij van de Reclassering, als taak "
            + "RECLASSERINGSADVIES_LEVEREN en als notificatie. Een tweede open aanvraag is 409.")
    @APIResponse(responseCode = "201", description = "Aangevraagd", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reclasseringsadvies.View.class))})
    public Uni<Response> vraagAan(@PathParam("id") UUID id, Reclasseringsadvies.Aanvraag aanvraag) {
        return service.vraagAan(actors.current(), id, aanvraag).map(v -> Response
                .created(URI.create("/api/v1/huisverboden/" + id + "/reclasseringsadvies")).entity(v).build());
    }

    @DELETE
    @Path("/aanvraag")
    @RolesAllowed(Rol.C_OM_ZSM)
    @Operation(summary = "De openstaande aanvraag intrekken (OM, ZSM)", description = "Het advies is niet meer nodig: de "
            + "aanvraag krijgt status INGETROKKEN, de taak verdwijnt, de wachtrij van de Reclassering verliest de zaak en een "
            + "toegewezen reclasseringswerker hoort het (reclasseringsadvies.ingetrokken). Zonder open aanvraag 409. Een "
            + "open aanvraag vervalt ook vanzelf, een vaste tijd na haar termijn (status VERLOPEN, zie vervaltOp).")
    @APIResponse(responseCode = "204", description = "Ingetrokken")
    public Uni<Response> trekIn(@PathParam("id") UUID id) {
        return service.trekIn(actors.current(), id).map(v -> Response.noContent().build());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.C_RECLASSERING)
    @Operation(summary = "Het reclasseringsadvies leveren (Reclassering)", description = "Beantwoordt de open aanvraag met het "
            + "advies en zijn datum; ZSM en de zorgcoordinator horen het. Zonder open aanvraag 409.")
    @APIResponse(responseCode = "200", description = "Geleverd", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reclasseringsadvies.View.class))})
    public Uni<Reclasseringsadvies.View> lever(@PathParam("id") UUID id, Reclasseringsadvies.Levering levering) {
        return service.lever(actors.current(), id, levering);
    }
}
