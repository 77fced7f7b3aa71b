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
import nl.thvhub.zorg.Contactmoment;
import nl.thvhub.zorg.service.ContactmomentService;

/** {@code /api/v1/huisverboden/{id}/contactmomenten}: contact attempts per person, reached or not. */
@Path("/api/v1/huisverboden/{id}/contactmomenten")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class ContactmomentResource {

    private final ContactmomentService service;
    private final ActorResolver actors;

    public ContactmomentResource(ContactmomentService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De contactmomenten van een zaak", description = "Per persoon onder categorie HULPVERLENING, nieuwste eerst.")
    public Uni<List<Contactmoment.View>> lijst(@PathParam("id") UUID id) {
        return service.lijst(actors.current(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ,
            Rol.C_POLITIE_THV, Rol.C_WIJKAGENT})
    @Operation(summary = "Een contactmoment vastleggen", description = "Datum, vorm, bereikt en (als bereikt) de medewerking. "
            + "Een uithuisgeplaatste die niemand bereikt opent de taak UHG_NIET_BEREIKT. De politie legt alleen haar eigen "
            + "gesprek met de uithuisgeplaatste vast (vorm POLITIEGESPREK); dat telt als contact.")
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Contactmoment.View.class))})
    public Uni<Response> vastleggen(@PathParam("id") UUID id, Contactmoment.Vastlegging vastlegging) {
        return service.vastleggen(actors.current(), id, vastlegging)
                .map(c -> Response.created(URI.create("/api/v1/huisverboden/" + id + "/contactmomenten")).entity(c).build());
    }
}
