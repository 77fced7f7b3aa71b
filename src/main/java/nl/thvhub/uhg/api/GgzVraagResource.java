package nl.thvhub.uhg.api;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
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
import nl.thvhub.uhg.GgzVraag;
import nl.thvhub.uhg.service.GgzVraagService;

/** The coordinator asks the GGZ organisation whether it knows a person (issue 33.6); GGZ answers with the GGZ flag. */
@Path("/api/v1/huisverboden/{id}/ggz-vragen")
@Tag(name = "Uithuisgeplaatste")
@Produces(MediaType.APPLICATION_JSON)
public class GgzVraagResource {

    private final GgzVraagService service;
    private final ActorResolver actors;

    public GgzVraagResource(GgzVraagService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.COORDINATOREN)
    @Operation(summary = "De GGZ vragen of een persoon bekend is", description = "Door de zorgcoordinator van die persoon, "
            + "alleen met toestemming van de persoon dat de GGZ weet over wie het gaat (IDENTITEIT aan GGZ voor "
            + "ggz-behandeling; anders 409). De vraag staat in de werkvoorraad van de GGZ en geeft de GGZ alleen deze "
            + "persoon in zicht, tot de GGZ antwoordt met het GGZ-signaal (PUT …/ggz-signaal) of de vraag vervalt. Eén "
            + "lopende vraag per zaak.")
    @APIResponse(responseCode = "201", description = "Gevraagd", headers = {
            @Header(name = "Location", description = "Het GGZ-signaal van de zaak, waar het antwoord komt", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GgzVraag.View.class))})
    public Uni<Response> vraag(@PathParam("id") UUID id, GgzVraag.Aanvraag aanvraag) {
        return service.vraag(actors.current(), id, aanvraag).map(v -> Response
                .created(URI.create("/api/v1/huisverboden/" + id + "/ggz-signaal")).entity(v).build());
    }
}
