package nl.thvhub.privacy.api;

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

import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Toestemming;
import nl.thvhub.privacy.service.ToestemmingService;

/** {@code /api/v1/toestemmingen}: the consent registry. */
@Path("/api/v1/toestemmingen")
@Tag(name = "Toestemmingen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_VEILIG_THUIS})
public class ToestemmingResource {

    private final ToestemmingService service;
    private final ActorResolver actors;

    public ToestemmingResource(ToestemmingService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toestemming vastleggen", description = "Per betrokkene, categorie, ontvangende organisatie en doel, met "
            + "geldigheid en met hoe ze is verkregen: schriftelijk met formulierReferentie, mondeling met gehoordOp en "
            + "gehoordDoor (400 die het ontbrekende veld noemt).")
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Toestemming.class))})
    public Uni<Response> registreer(ToestemmingService.Registratie registratie) {
        Invoer.vereist(registratie);
        return service.registreer(actors.current(), registratie)
                .map(t -> Response.created(URI.create("/api/v1/toestemmingen/" + t.id())).entity(t).build());
    }

    @GET
    @Operation(summary = "Toestemmingen van een betrokkene, met historie")
    public Uni<List<Toestemming>> lijst(@QueryParam("betrokkeneId") UUID betrokkeneId) {
        if (betrokkeneId == null) {
            throw ProblemException.invalid("betrokkeneId", "verplicht");
        }
        return service.vanBetrokkene(actors.current(), betrokkeneId);
    }

    @GET
    @Path("/eigen-organisatie")
    @RolesAllowed(Rol.C_FG)
    @Operation(summary = "Ter beoordeling (FG): toestemmingen die een organisatie voor zichzelf vastlegde", description = "Veilig "
            + "Thuis die toestemming vastlegt voor Veilig Thuis, een coordinator voor de eigen organisatie: nieuwste eerst, "
            + "met hoe de toestemming is verkregen. Elke genoemde betrokkene is een geauditeerde inzage. limiet 1-500, "
            + "standaard 100.")
    public Uni<List<Toestemming>> eigenOrganisatie(@QueryParam("limiet") Integer limiet) {
        if (limiet != null && (limiet < 1 || limiet > 500)) {
            throw ProblemException.invalid("limiet", "tussen 1 en 500");
        }
        return service.eigenOrganisatie(actors.current(), limiet == null ? 100 : limiet);
    }

    @POST
    @Path("/{id}/intrekking")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Toestemming intrekken; geldt vanaf het eerstvolgende verzoek")
    public Uni<Toestemming> trekIn(@PathParam("id") UUID id, ToestemmingService.Intrekking intrekking) {
        return service.trekIn(actors.current(), id, intrekking);
    }
}
