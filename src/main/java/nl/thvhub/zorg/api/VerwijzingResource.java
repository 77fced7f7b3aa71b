package nl.thvhub.zorg.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import nl.thvhub.zorg.Verwijzing;
import nl.thvhub.zorg.service.VerwijzingService;

/** {@code /api/v1/huisverboden/{id}/verwijzingen}: referrals per person and their dated path to help. */
@Path("/api/v1/huisverboden/{id}/verwijzingen")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class VerwijzingResource {

    private final VerwijzingService service;
    private final ActorResolver actors;

    public VerwijzingResource(VerwijzingService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De verwijzingen van een zaak", description = "Per persoon onder categorie HULPVERLENING; een "
            + "verwijzing in psychische gezondheid of verslaving ook onder GEZONDHEID. Nieuwste aanmelding eerst.")
    public Uni<List<Verwijzing.View>> lijst(@PathParam("id") UUID id) {
        return service.lijst(actors.current(), id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.ZORGVERLENERS)
    @Operation(summary = "Een betrokkene verwijzen (aanmelding bij hulp)", description = "De zorgcoordinator en gezinsmanager "
            + "van de zaak, en de toegewezen Reclassering- of GGZ-medewerker voor de persoon met wie zij werken.")
    @APIResponse(responseCode = "201", description = "Aangemeld", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class)),
            @Header(name = "ETag", description = "Versie van de verwijzing", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verwijzing.View.class))})
    public Uni<Response> aanmelden(@PathParam("id") UUID id, Verwijzing.Aanmelding aanmelding) {
        return service.aanmelden(actors.current(), id, aanmelding)
                .map(v -> Response.created(URI.create("/api/v1/huisverboden/" + id + "/verwijzingen/" + v.id())).entity(v)
                        .tag(new EntityTag(Integer.toString(v.versie()))).build());
    }

    @POST
    @Path("/{verwijzingId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.ZORGVERLENERS)
    @Operation(summary = "De volgende stap van een verwijzing vastleggen", description = "AANGEMELD, INTAKE_GEPLAND, "
            + "GESTART of WACHTLIJST, AFGEWEZEN, GESTOPT, gedateerd; een overgang die niet kan is 409 met de mogelijke. "
            + "If-Match met de gelezen versie.")
    @APIResponse(responseCode = "200", description = "De bijgewerkte verwijzing", headers = {
            @Header(name = "ETag", description = "Versie van de verwijzing", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Verwijzing.View.class))})
    public Uni<Response> status(@PathParam("id") UUID id, @PathParam("verwijzingId") UUID verwijzingId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, Verwijzing.Statuswijziging wijziging) {
        return service.status(actors.current(), id, verwijzingId, HuisverbodResource.version(ifMatch), wijziging)
                .map(v -> PersoonsdossierResource.met(v, v.versie()));
    }
}
