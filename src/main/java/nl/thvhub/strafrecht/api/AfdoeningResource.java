package nl.thvhub.strafrecht.api;

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
import nl.thvhub.strafrecht.Afdoening;
import nl.thvhub.strafrecht.service.StrafrechtService;

/** {@code /api/v1/huisverboden/{id}/afdoeningen}: the criminal track, each registration a new version. */
@Path("/api/v1/huisverboden/{id}/afdoeningen")
@Tag(name = "Strafrecht")
@Produces(MediaType.APPLICATION_JSON)
public class AfdoeningResource {

    private final StrafrechtService service;
    private final ActorResolver actors;

    public AfdoeningResource(StrafrechtService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_OM_ZSM, Rol.C_POLITIE_THV, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Een beoordeling of afdoening registreren (nieuwe versie; correcties overschrijven nooit)")
    @APIResponse(responseCode = "201", description = "Geregistreerd als nieuwe versie", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Afdoening.Versie.class))})
    public Uni<Response> registreer(@PathParam("id") UUID id, Afdoening.Registratie registratie) {
        return service.registreer(actors.current(), id, registratie)
                .map(v -> Response.created(URI.create("/api/v1/huisverboden/" + id + "/afdoeningen")).entity(v).build());
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "Alle versies van het strafrechtelijk traject, nieuwste eerst (categorie STRAFRECHT)")
    public Uni<List<Afdoening.Versie>> versies(@PathParam("id") UUID id) {
        return service.versies(actors.current(), id);
    }
}
