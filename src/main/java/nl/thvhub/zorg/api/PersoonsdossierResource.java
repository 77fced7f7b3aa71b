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
import jakarta.ws.rs.core.EntityTag;
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
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.Netwerk;
import nl.thvhub.zorg.Probleemanalyse;
import nl.thvhub.zorg.service.NetwerkService;
import nl.thvhub.zorg.service.ProbleemanalyseService;

/**
 * {@code /api/v1/huisverboden/{id}/betrokkenen/{betrokkeneId}/…}: one person's problem analysis and social network,
 * versioned documents (ETag, If-Match) read and written under the sharing policy.
 */
@Path("/api/v1/huisverboden/{id}/betrokkenen/{betrokkeneId}")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class PersoonsdossierResource {

    private final ProbleemanalyseService analyses;
    private final NetwerkService netwerken;
    private final ActorResolver actors;

    public PersoonsdossierResource(ProbleemanalyseService analyses, NetwerkService netwerken, ActorResolver actors) {
        this.analyses = analyses;
        this.netwerken = netwerken;
        this.actors = actors;
    }

    @GET
    @Path("/probleemanalyse")
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De probleemanalyse van een betrokkene lezen", description = "Per leefgebied een score en korte "
            + "toelichting. Psychische gezondheid en verslaving zijn categorie GEZONDHEID (met toestemming, nooit voor de "
            + "politie); wat de lezer niet mag zien ontbreekt en staat in onthouden. Versie 0: nog niet vastgelegd.")
    @APIResponse(responseCode = "200", description = "De probleemanalyse zoals de lezer haar mag zien", headers = {
            @Header(name = "ETag", description = "Versie van de probleemanalyse", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Probleemanalyse.View.class))})
    public Uni<Response> probleemanalyse(@PathParam("id") UUID id, @PathParam("betrokkeneId") UUID betrokkeneId) {
        return analyses.lees(actors.current(), id, betrokkeneId).map(v -> met(v, v.versie()));
    }

    @PUT
    @Path("/probleemanalyse")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.ANALYSE_EN_NETWERK)
    @Operation(summary = "De probleemanalyse van een betrokkene vastleggen", description = "Vervangt de leefgebieden die de "
            + "schrijver mag zien; leefgebieden van een onthouden categorie blijven ongewijzigd. De zorgcoordinator van de "
            + "zaak, Veilig Thuis, en voor een kind de gezinsmanager van de zaak. If-Match met de gelezen versie.")
    @APIResponse(responseCode = "200", description = "De vastgelegde probleemanalyse", headers = {
            @Header(name = "ETag", description = "Versie van de probleemanalyse", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Probleemanalyse.View.class))})
    public Uni<Response> probleemanalyseVastleggen(@PathParam("id") UUID id, @PathParam("betrokkeneId") UUID betrokkeneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Probleemanalyse.Vastlegging vastlegging) {
        return analyses.schrijf(actors.current(), id, betrokkeneId, HuisverbodResource.version(ifMatch), vastlegging)
                .map(v -> met(v, v.versie()));
    }

    @GET
    @Path("/netwerk")
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "Het sociale netwerk van een betrokkene lezen", description = "Categorie NETWERK: Veilig Thuis "
            + "altijd, zorgcoordinator en gezinsmanager van de zaak met toestemming van de betrokkene.")
    @APIResponse(responseCode = "200", description = "Het netwerk", headers = {
            @Header(name = "ETag", description = "Versie van het netwerk", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Netwerk.View.class))})
    public Uni<Response> netwerk(@PathParam("id") UUID id, @PathParam("betrokkeneId") UUID betrokkeneId) {
        return netwerken.lees(actors.current(), id, betrokkeneId).map(v -> met(v, v.versie()));
    }

    @PUT
    @Path("/netwerk")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.ANALYSE_EN_NETWERK)
    @Operation(summary = "Het sociale netwerk van een betrokkene vastleggen", description = "Vervangt alle contacten. De "
            + "zorgcoordinator en gezinsmanager van de zaak (met toestemming) en Veilig Thuis. If-Match met de gelezen versie.")
    @APIResponse(responseCode = "200", description = "Het vastgelegde netwerk", headers = {
            @Header(name = "ETag", description = "Versie van het netwerk", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Netwerk.View.class))})
    public Uni<Response> netwerkVastleggen(@PathParam("id") UUID id, @PathParam("betrokkeneId") UUID betrokkeneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Netwerk.Vastlegging vastlegging) {
        return netwerken.schrijf(actors.current(), id, betrokkeneId, HuisverbodResource.version(ifMatch), vastlegging)
                .map(v -> met(v, v.versie()));
    }

    public static Response met(Object entity, int versie) {
        return Response.ok(entity).tag(new EntityTag(Integer.toString(versie))).build();
    }
}
