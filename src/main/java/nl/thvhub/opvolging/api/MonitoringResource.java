package nl.thvhub.opvolging.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.huisverbod.service.Opdrachten;
import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.opvolging.Peilmoment;
import nl.thvhub.opvolging.service.MonitoringService;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.api.PersoonsdossierResource;

/** {@code /api/v1/huisverboden/{id}/monitoring}: the check-ins after the THV and the monitoring report. */
@Path("/api/v1/huisverboden/{id}/monitoring")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class MonitoringResource {

    private final MonitoringService service;
    private final HuisverbodService zaken;
    private final ActorResolver actors;

    public MonitoringResource(MonitoringService service, HuisverbodService zaken, ActorResolver actors) {
        this.service = service;
        this.zaken = zaken;
        this.actors = actors;
    }

    @POST
    @Path("/verlenging")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.COORDINATOREN)
    @Operation(summary = "De monitoring verlengen (zorgcoordinator van de zaak)", description = "Tot en met de dag tot, met "
            + "een gecodeerde reden en toelichting; na het huidige einde en uiterlijk twaalf maanden na het einde van het "
            + "huisverbod (anders 400 op tot). Alleen tijdens de monitoring. If-Match met de gelezen versie van de zaak.")
    @APIResponse(responseCode = "200", description = "De bijgewerkte zaak", headers = {
            @Header(name = "ETag", description = "Versie van de zaak", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> verlenging(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Opdrachten.MonitoringVerlenging opdracht) {
        return zaken.monitoringVerlenging(actors.current(), id, HuisverbodResource.version(ifMatch), opdracht)
                .map(h -> HuisverbodResource.antwoord(h, zaken.now()));
    }

    @GET
    @Path("/peilmomenten")
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De peilmomenten van de monitoring", description = "Categorie HULPVERLENING, nieuwste eerst.")
    public Uni<List<Peilmoment.View>> peilmomenten(@PathParam("id") UUID id) {
        return service.peilmomenten(actors.current(), id);
    }

    @POST
    @Path("/peilmomenten")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.COORDINATOREN)
    @Operation(summary = "Een peilmoment vastleggen (zorgcoordinator van de zaak)", description = "Veilig (JA, NEE, ZORGEN), "
            + "terugvalsignalen en of de hulp loopt. Zonder peilmoment rond zes weken na het einde opent de taak PEILMOMENT_GEMIST.")
    @APIResponse(responseCode = "201", description = "Vastgelegd", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Peilmoment.View.class))})
    public Uni<Response> peilmomentVastleggen(@PathParam("id") UUID id, Peilmoment.Vastlegging vastlegging) {
        return service.peilmomentVastleggen(actors.current(), id, vastlegging).map(p -> Response
                .created(URI.create("/api/v1/huisverboden/" + id + "/monitoring/peilmomenten")).entity(p).build());
    }

    @GET
    @Path("/eindrapport")
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "Het eindrapport van de monitoring", description = "Categorie HULPVERLENING; de uitkomst per "
            + "verwezen persoon alleen van wie u de hulpverleningsgegevens mag zien. Versie 0: nog niet vastgelegd.")
    @APIResponse(responseCode = "200", description = "Het eindrapport", headers = {
            @Header(name = "ETag", description = "Versie van het eindrapport", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Eindrapport.View.class))})
    public Uni<Response> eindrapport(@PathParam("id") UUID id) {
        return service.eindrapport(actors.current(), id).map(v -> PersoonsdossierResource.met(v, v.versie()));
    }

    @PUT
    @Path("/eindrapport")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.COORDINATOREN)
    @Operation(summary = "Het eindrapport vastleggen, of er met reden van afzien (zorgcoordinator van de zaak)", description = "Vereist "
            + "voor afsluiten: dreigingAfgenomen, verwijzingGeslaagd per persoon, relatieBeeindigd, recidiveBekend en een "
            + "toelichting; of alleen afgezienReden. If-Match met de gelezen versie.")
    @APIResponse(responseCode = "200", description = "Het vastgelegde eindrapport", headers = {
            @Header(name = "ETag", description = "Versie van het eindrapport", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Eindrapport.View.class))})
    public Uni<Response> eindrapportVastleggen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Eindrapport.Vastlegging vastlegging) {
        return service.eindrapportVastleggen(actors.current(), id, HuisverbodResource.version(ifMatch), vastlegging)
                .map(v -> PersoonsdossierResource.met(v, v.versie()));
    }
}
