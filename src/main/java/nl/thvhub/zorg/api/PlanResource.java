package nl.thvhub.zorg.api;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.api.HuisverbodResource;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.Plan;
import nl.thvhub.zorg.service.PlanService;

/** {@code /api/v1/huisverboden/{id}/plannen/{soort}}: the veiligheidsplan, hulpverleningsplan and herstelplan. */
@Path("/api/v1/huisverboden/{id}/plannen/{soort}")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    private final PlanService service;
    private final ActorResolver actors;

    public PlanResource(PlanService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "Een plan van de zaak lezen (veiligheidsplan, hulpverleningsplan of herstelplan)", description = "Categorie HULPVERLENING. Versie 0 zonder items: nog niet vastgelegd.")
    @APIResponse(responseCode = "200", description = "Het plan", headers = {
            @Header(name = "ETag", description = "Versie van het plan", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Plan.View.class))})
    public Uni<Response> lees(@PathParam("id") UUID id, @Parameter(schema = @Schema(enumeration = {"veiligheidsplan",
            "hulpverleningsplan", "herstelplan"})) @PathParam("soort") String soort) {
        return service.lees(actors.current(), id, Plan.Soort.van(soort))
                .map(v -> PersoonsdossierResource.met(v, v.versie()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.GEZINSZORG)
    @Operation(summary = "Een plan van de zaak vastleggen (zorgcoordinator of gezinsmanager van de zaak)", description = "Vervangt alle items; elke wijziging staat in de levensloop. If-Match met de gelezen versie.")
    @APIResponse(responseCode = "200", description = "Het vastgelegde plan", headers = {
            @Header(name = "ETag", description = "Versie van het plan", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Plan.View.class))})
    public Uni<Response> vastleggen(@PathParam("id") UUID id, @Parameter(schema = @Schema(enumeration = {"veiligheidsplan",
            "hulpverleningsplan", "herstelplan"})) @PathParam("soort") String soort,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Plan.Vastlegging vastlegging) {
        return service.schrijf(actors.current(), id, Plan.Soort.van(soort), HuisverbodResource.version(ifMatch), vastlegging)
                .map(v -> PersoonsdossierResource.met(v, v.versie()));
    }
}
