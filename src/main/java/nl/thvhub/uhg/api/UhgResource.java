package nl.thvhub.uhg.api;

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
import nl.thvhub.uhg.Opvang;
import nl.thvhub.uhg.Verblijf;
import nl.thvhub.uhg.service.OpvangService;
import nl.thvhub.uhg.service.VerblijfService;

/**
 * Where the uithuisgeplaatste stays and Veilig Thuis' shelter decision (issue 33.2–3), beside the person's care record
 * (the same class path as {@code PersoonsdossierResource}: JAX-RS picks a class by its path before its methods).
 */
@Path("/api/v1/huisverboden/{id}/betrokkenen/{betrokkeneId}")
@Tag(name = "Uithuisgeplaatste")
@Produces(MediaType.APPLICATION_JSON)
public class UhgResource {

    private final VerblijfService verblijf;
    private final OpvangService opvang;
    private final ActorResolver actors;

    public UhgResource(VerblijfService verblijf, OpvangService opvang, ActorResolver actors) {
        this.verblijf = verblijf;
        this.opvang = opvang;
        this.actors = actors;
    }

    @GET
    @Path("/verblijf")
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "Waar de uithuisgeplaatste verblijft", description = "Of een verblijfplek bekend is ziet iedere "
            + "lezer van de zaak; de plek, sinds wanneer, de bron en wie wat wanneer wist alleen wie VERBLIJF_UHG mag zien "
            + "(de politie, Veilig Thuis, zijn zorgcoordinator, het OM). Versie 0: nog niets vastgelegd.")
    @APIResponse(responseCode = "200", description = "Het verblijf zoals de lezer het mag zien", headers = {
            @Header(name = "ETag", description = "Versie van het verblijf", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verblijf.View.class))})
    public Uni<Response> verblijf(@PathParam("id") UUID id, @PathParam("betrokkeneId") UUID betrokkeneId) {
        return verblijf.lees(actors.current(), id, betrokkeneId).map(v -> met(v, v.versie()));
    }

    @PUT
    @Path("/verblijf")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM,
            Rol.C_OM_ZSM})
    @Operation(summary = "Vastleggen waar de uithuisgeplaatste verblijft", description = "Een nieuw feit wordt een nieuwe "
            + "versie; de geschiedenis blijft. If-Match (optioneel) met de gelezen versie. De politie, Veilig Thuis, zijn "
            + "zorgcoordinator en het OM.")
    @APIResponse(responseCode = "200", description = "Het vastgelegde verblijf", headers = {
            @Header(name = "ETag", description = "Versie van het verblijf", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verblijf.View.class))})
    public Uni<Response> verblijfVastleggen(@PathParam("id") UUID id, @PathParam("betrokkeneId") UUID betrokkeneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Verblijf.Vastlegging vastlegging) {
        return verblijf.schrijf(actors.current(), id, betrokkeneId, HuisverbodResource.version(ifMatch), vastlegging)
                .map(v -> met(v, v.versie()));
    }

    @GET
    @Path("/opvang")
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "Het opvangbesluit voor de uithuisgeplaatste", description = "Of opvang is toegekend ziet iedere "
            + "lezer van de zaak; het besluit met reden en nachten alleen Veilig Thuis, zijn zorgcoordinator en de "
            + "gemeente die betaalt (OPVANG_UHG).")
    @APIResponse(responseCode = "200", description = "Het opvangbesluit zoals de lezer het mag zien", headers = {
            @Header(name = "ETag", description = "Versie van het besluit", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Opvang.View.class))})
    public Uni<Response> opvang(@PathParam("id") UUID id, @PathParam("betrokkeneId") UUID betrokkeneId) {
        return opvang.lees(actors.current(), id, betrokkeneId).map(v -> met(v, v.versie()));
    }

    @PUT
    @Path("/opvang")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.C_VEILIG_THUIS)
    @Operation(summary = "Besluiten over opvang van de uithuisgeplaatste", description = "Veilig Thuis: in aanmerking of "
            + "niet, waarom, voor hoeveel nachten. Een nieuw besluit wordt een nieuwe versie. If-Match (optioneel).")
    @APIResponse(responseCode = "200", description = "Het vastgelegde besluit", headers = {
            @Header(name = "ETag", description = "Versie van het besluit", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Opvang.View.class))})
    public Uni<Response> opvangBesluiten(@PathParam("id") UUID id, @PathParam("betrokkeneId") UUID betrokkeneId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Opvang.Besluit besluit) {
        return opvang.besluit(actors.current(), id, betrokkeneId, HuisverbodResource.version(ifMatch), besluit)
                .map(v -> met(v, v.versie()));
    }

    private static Response met(Object entity, int versie) {
        return Response.ok(entity).tag(new EntityTag(Integer.toString(versie))).build();
    }
}
