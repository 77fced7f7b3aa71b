package nl.thvhub.statistiek.api;

import java.net.URI;
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
import nl.thvhub.statistiek.Rihg;
import nl.thvhub.statistiek.service.RihgService;

/** {@code /api/v1/rihg}: the police and Veilig Thuis register a RiHG, with or without the THV it led to (issue 35.7). */
@Path("/api/v1/rihg")
@Tag(name = "Statistieken")
@Produces(MediaType.APPLICATION_JSON)
public class RihgResource {

    private final RihgService service;
    private final ActorResolver actors;

    public RihgResource(RihgService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_VEILIG_THUIS, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Een RiHG registreren (politie of Veilig Thuis)", description = "Een risicotaxatie huiselijk geweld, "
            + "ook als zij niet tot een huisverbod leidde; zij noemt geen persoon. huisverbodId alleen bij uitkomst THV, "
            + "voor een huisverbod dat u kunt zien in dezelfde gemeente. Telt mee in de statistiek (rihg, rihgMetThv).")
    @APIResponse(responseCode = "201", description = "Geregistreerd", headers = {
            @Header(name = "Location", description = "Adres van de geregistreerde RiHG", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rihg.View.class))})
    public Uni<Response> registreer(Rihg.Registratie registratie) {
        return service.registreer(actors.current(), registratie)
                .map(r -> Response.created(URI.create("/api/v1/rihg/" + r.id())).entity(r).build());
    }

    @GET
    @Path("/{rihgId}")
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_VEILIG_THUIS, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Een RiHG van uw organisatie", description = "Een RiHG van een andere organisatie is 404.")
    public Uni<Rihg.View> rihg(@PathParam("rihgId") UUID id) {
        return service.lees(actors.current(), id);
    }
}
