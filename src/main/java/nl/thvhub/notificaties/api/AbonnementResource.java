package nl.thvhub.notificaties.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import nl.thvhub.notificaties.Abonnement;
import nl.thvhub.notificaties.Aflevering;
import nl.thvhub.notificaties.service.AbonnementService;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** {@code /api/v1/abonnementen}: partner webhook subscriptions, their deliveries, dead letters and replay. */
@Path("/api/v1/abonnementen")
@Tag(name = "Abonnementen")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Rol.C_PARTNER_SYSTEEM)
public class AbonnementResource {

    private final AbonnementService service;
    private final ActorResolver actors;

    public AbonnementResource(AbonnementService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Een webhook-abonnement aanmaken", description = "Afleveringen zijn ondertekend: Thv-Handtekening = v1=hex(HMAC-SHA256(secret, Thv-Tijdstempel + '.' + body)).")
    @APIResponse(responseCode = "201", description = "Aangemaakt (het geheim wordt nooit teruggegeven)", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Abonnement.class))})
    public Uni<Response> maak(AbonnementService.Aanvraag aanvraag) {
        return service.maak(actors.current(), aanvraag)
                .map(a -> Response.created(URI.create("/api/v1/abonnementen/" + a.id())).entity(a).build());
    }

    @GET
    @Operation(summary = "Mijn abonnementen")
    public Uni<List<Abonnement>> lijst() {
        return service.lijst(actors.current());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Een abonnement beeindigen")
    @APIResponse(responseCode = "204", description = "Beeindigd")
    public Uni<Response> beeindig(@PathParam("id") UUID id) {
        return service.beeindig(actors.current(), id).map(v -> Response.noContent().build());
    }

    @GET
    @Path("/{id}/afleveringen")
    @Operation(summary = "Afleveringen van een abonnement (status=DOOD voor de dead-letterlijst)")
    public Uni<List<Aflevering>> afleveringen(@PathParam("id") UUID id, @QueryParam("status") String status) {
        return service.afleveringen(actors.current(), id, status);
    }

    @POST
    @Path("/{id}/afleveringen/{afleveringId}/herlevering")
    @Operation(summary = "Een dode aflevering opnieuw aanbieden")
    public Uni<Aflevering> herlever(@PathParam("id") UUID id, @PathParam("afleveringId") UUID afleveringId) {
        return service.herlever(actors.current(), id, afleveringId);
    }
}
