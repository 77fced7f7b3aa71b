package nl.thvhub.signalen.api;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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

import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.signalen.Adresmarkering;
import nl.thvhub.signalen.service.AdresmarkeringService;

/** {@code /api/v1/adresmarkeringen}: mark an address (politie-thv) and look one up (any police role, audited). */
@Path("/api/v1/adresmarkeringen")
@Tag(name = "Signalen")
@Produces(MediaType.APPLICATION_JSON)
public class AdresmarkeringResource {

    private final AdresmarkeringService service;
    private final ActorResolver actors;

    public AdresmarkeringResource(AdresmarkeringService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_POLITIE_THV})
    @Operation(summary = "Een adres markeren (met instemming van het OM; hoogstens een jaar geldig)")
    @APIResponse(responseCode = "201", description = "Gemarkeerd", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Adresmarkering.View.class))})
    public Uni<Response> plaats(Adresmarkering.Plaatsing plaatsing) {
        return service.plaats(actors.current(), plaatsing)
                .map(m -> Response.created(URI.create("/api/v1/adresmarkeringen")).entity(m).build());
    }

    @POST
    @Path("/zoeken")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.POLITIE)
    @Operation(summary = "Opvragen of een adres gemarkeerd is (adres in de body)", description = "Antwoordt alleen of er een "
            + "geldige markering is en sinds wanneer; elke opvraging wordt gelogd met een pseudoniem van het adres. Het adres "
            + "staat in de body en komt zo nooit in een URL (en dus niet in proxy- of toegangslogs).")
    public Uni<Adresmarkering.Opvraging> zoekInBody(Adresmarkering.Zoekvraag vraag) {
        nl.thvhub.platform.Invoer.vereist(vraag);
        return service.zoek(actors.current(), vraag.postcode(), vraag.huisnummer(), vraag.toevoeging());
    }

    @GET
    @RolesAllowed(Rol.POLITIE)
    @Operation(deprecated = true, summary = "Opvragen of een adres gemarkeerd is (verouderd: gebruik POST /zoeken)", description = "Antwoordt alleen of er een geldige markering is en sinds wanneer; elke opvraging wordt gelogd. Verouderd: het adres staat hier in de URL; gebruik POST /api/v1/adresmarkeringen/zoeken.")
    public Uni<Adresmarkering.Opvraging> zoek(@QueryParam("postcode") String postcode,
            @QueryParam("huisnummer") String huisnummer, @QueryParam("toevoeging") String toevoeging) {
        return service.zoek(actors.current(), postcode, huisnummer, toevoeging);
    }
}
