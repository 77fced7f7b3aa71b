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
    @Operation(summary = "Een webhook-abonnement aanmaken", description = "Elke aflevering is een NL GOV CloudEvent "
            + "(application/cloudevents+json), ondertekend volgens Standard Webhooks 1.0: webhook-id, webhook-timestamp en "
            + "webhook-signature = v1,base64(HMAC-SHA256(geheim, webhook-id + '.' + webhook-timestamp + '.' + body)). De hub "
            + "maakt het geheim (whsec_…) en toont het alleen in dit antwoord.")
    @APIResponse(responseCode = "201", description = "Aangemaakt, met het geheim (eenmalig)", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Abonnement.class))})
    public Uni<Response> maak(AbonnementService.Aanvraag aanvraag) {
        return service.maak(actors.current(), aanvraag)
                .map(a -> Response.created(URI.create("/api/v1/abonnementen/" + a.id())).entity(a).build());
    }

    @POST
    @Path("/{id}/geheim")
    @Operation(summary = "Het geheim van een abonnement vervangen (rotatie)", description = "Geeft het nieuwe geheim "
            + "eenmalig terug; het oude ondertekent afleveringen nog tot vorigGeheimGeldigTot, naast het nieuwe "
            + "(twee handtekeningen in webhook-signature).")
    @APIResponse(responseCode = "200", description = "Het abonnement met het nieuwe geheim (eenmalig)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Abonnement.class))})
    public Uni<Abonnement> roteer(@PathParam("id") UUID id) {
        return service.roteer(actors.current(), id);
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
