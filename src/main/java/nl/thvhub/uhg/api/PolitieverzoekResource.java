package nl.thvhub.uhg.api;

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
import nl.thvhub.uhg.Politieverzoek;
import nl.thvhub.uhg.service.PolitieverzoekService;

/** Requests of the UHG's coordinator to the police and their answers (issue 33.5). */
@Path("/api/v1/huisverboden/{id}/politieverzoeken")
@Tag(name = "Uithuisgeplaatste")
@Produces(MediaType.APPLICATION_JSON)
public class PolitieverzoekResource {

    private final PolitieverzoekService service;
    private final ActorResolver actors;

    public PolitieverzoekResource(PolitieverzoekService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De verzoeken aan de politie over de uithuisgeplaatste", description = "Voor de politie en de "
            + "zorgcoordinator van de uithuisgeplaatste (categorie POLITIEVERZOEK); nieuwste eerst.")
    public Uni<List<Politieverzoek.View>> lijst(@PathParam("id") UUID id) {
        return service.lijst(actors.current(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.COORDINATOREN)
    @Operation(summary = "De politie om hulp vragen bij de uithuisgeplaatste", description = "Door zijn zorgcoordinator: "
            + "zijn verblijf achterhalen, een motiveringsgesprek, begeleiding. Het verzoek gaat naar de wijkagent van de "
            + "wijk van de zaak en de politie THV-tafel, staat in beide werkvoorraden tot het is beantwoord. Eén lopend "
            + "verzoek per zaak (409).")
    @APIResponse(responseCode = "201", description = "Gevraagd", headers = {
            @Header(name = "Location", description = "Adres van de verzoeken van de zaak", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Politieverzoek.View.class))})
    public Uni<Response> vraag(@PathParam("id") UUID id, Politieverzoek.Aanvraag aanvraag) {
        return service.vraag(actors.current(), id, aanvraag).map(v -> Response
                .created(URI.create("/api/v1/huisverboden/" + id + "/politieverzoeken")).entity(v).build());
    }

    @POST
    @Path("/{verzoekId}/antwoord")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.POLITIE)
    @Operation(summary = "Een verzoek beantwoorden", description = "Door de politie: uitgevoerd of niet mogelijk, met "
            + "toelichting; het verzoek verdwijnt uit beide werkvoorraden.")
    @APIResponse(responseCode = "200", description = "Beantwoord", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Politieverzoek.View.class))})
    public Uni<Politieverzoek.View> beantwoord(@PathParam("id") UUID id, @PathParam("verzoekId") UUID verzoekId,
            Politieverzoek.Antwoord antwoord) {
        return service.beantwoord(actors.current(), id, verzoekId, antwoord);
    }
}
