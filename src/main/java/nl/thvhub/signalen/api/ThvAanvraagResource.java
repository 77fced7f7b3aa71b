package nl.thvhub.signalen.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.api.ListQuery;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.ThvAanvraag;
import nl.thvhub.signalen.service.ThvAanvraagService;

/** {@code /api/v1/thv-aanvragen}: THV requests from care, the weegteam's decision and the six-weekly evaluation. */
@Path("/api/v1/thv-aanvragen")
@Tag(name = "Signalen")
@Produces(MediaType.APPLICATION_JSON)
public class ThvAanvraagResource {

    private final ThvAanvraagService service;
    private final ActorResolver actors;

    public ThvAanvraagResource(ThvAanvraagService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_VEILIG_THUIS, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Een huisverbod vanuit de hulpverlening aanvragen bij het weegteam")
    @APIResponse(responseCode = "201", description = "Aangevraagd", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ThvAanvraag.View.class))})
    public Uni<Response> aanvraag(ThvAanvraag.Aanvraag aanvraag) {
        return service.aanvraag(actors.current(), aanvraag)
                .map(a -> Response.created(URI.create("/api/v1/thv-aanvragen/" + a.id())).entity(a).build());
    }

    @GET
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_VEILIG_THUIS, Rol.C_POLITIE_THV,
            Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Aanvragen, nieuwste eerst", description = "Aanvragers zien die van de eigen organisatie; politie, gemeente en Veilig Thuis alle.")
    public Uni<ThvAanvraagPagina> lijst(
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = ThvAanvraag.Status.class)) @QueryParam("status") String status,
            @QueryParam("volgende") String volgende,
            @QueryParam("limiet") Integer limiet) {
        return service.lijst(actors.current(), status, ListQuery.cursor(volgende), ListQuery.limiet(limiet))
                .map(p -> new ThvAanvraagPagina(p.items(), ListQuery.encode(p.volgende())));
    }

    @GET
    @Path("/evaluatie")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_VEILIG_THUIS, Rol.C_POLITIE_THV,
            Rol.C_GEMEENTE})
    @Operation(summary = "Niet opgelegde aanvragen van de afgelopen zes weken (zeswekelijkse evaluatie)")
    public Uni<ThvAanvraag.Evaluatie> evaluatie() {
        return service.evaluatie(actors.current());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_VEILIG_THUIS, Rol.C_POLITIE_THV,
            Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Een aanvraag")
    public Uni<ThvAanvraag.View> een(@PathParam("id") UUID id) {
        return service.een(actors.current(), id);
    }

    @POST
    @Path("/{id}/beslissing")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_GEMEENTE})
    @Operation(summary = "De beslissing van het weegteam vastleggen (opgelegd met zaak, of niet opgelegd met motivering)")
    public Uni<ThvAanvraag.View> beslis(@PathParam("id") UUID id, ThvAanvraag.Beslissing beslissing) {
        return service.beslis(actors.current(), id, beslissing);
    }
}
