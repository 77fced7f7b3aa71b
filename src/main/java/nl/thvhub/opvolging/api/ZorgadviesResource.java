package nl.thvhub.opvolging.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.api.HuisverbodResource;
import nl.thvhub.opvolging.Zorgadvies;
import nl.thvhub.opvolging.service.ZorgadviesService;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.api.PersoonsdossierResource;

/**
 * {@code /api/v1/huisverboden/{id}/zorgadvies}: the care side's input for ZSM under its old name, kept one release and
 * deprecated (issue 34.6): {@link ZorginbrengResource} is its successor, the same service behind both.
 */
@Path("/api/v1/huisverboden/{id}/zorgadvies")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class ZorgadviesResource {

    private final ZorgadviesService service;
    private final ActorResolver actors;

    public ZorgadviesResource(ZorgadviesService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(deprecated = true, summary = "Het zorgadvies voor ZSM (verouderd: gebruik /zorginbreng)", description = "Verouderd: heet voortaan zorginbreng (GET /zorginbreng); verdwijnt in de volgende versie. Categorie ZORGADVIES: het OM (ZSM) leest het zonder verdere "
            + "toestemming op eigen grondslag; het bevat niets van de plannen, verwijzingen of GGZ-gegevens zelf. Versie 0: nog geen advies.")
    @APIResponse(responseCode = "200", description = "Het zorgadvies", headers = {
            @Header(name = "ETag", description = "Versie van het advies", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Zorgadvies.View.class))})
    public Uni<Response> lees(@PathParam("id") UUID id) {
        return service.lees(actors.current(), id).map(v -> PersoonsdossierResource.met(v, v.versie()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.GEZINSZORG)
    @Operation(deprecated = true, summary = "Het zorgadvies vastleggen (verouderd: gebruik PUT /zorginbreng)", description = "Verouderd: heet voortaan zorginbreng (PUT /zorginbreng); verdwijnt in de volgende versie. Risico "
            + "(HOOG, MIDDEN, LAAG), of er hulpverlening loopt, geadviseerde voorwaarden en een korte toelichting. Een "
            + "advies voor een lopende zaak met strafrechtelijk traject meldt zich bij ZSM; HOOG zet de zaak hoger op de "
            + "prioriteitenlijst (ZORGADVIES_HOOG). If-Match met de gelezen versie.")
    @APIResponse(responseCode = "200", description = "Het vastgelegde advies", headers = {
            @Header(name = "ETag", description = "Versie van het advies", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Zorgadvies.View.class))})
    public Uni<Response> vastleggen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Zorgadvies.Vastlegging vastlegging) {
        return service.schrijf(actors.current(), id, HuisverbodResource.version(ifMatch), vastlegging)
                .map(v -> PersoonsdossierResource.met(v, v.versie()));
    }
}
