package nl.thvhub.opvolging.api;

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
import nl.thvhub.opvolging.Zorgadvies;
import nl.thvhub.opvolging.service.ZorgadviesService;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.api.PersoonsdossierResource;

/**
 * {@code /api/v1/huisverboden/{id}/zorginbreng}: the care side's input for the criminal assessment at ZSM (issue 34.6:
 * "zorgadvies" is Blijf Groep's extension advice to the mayor in the evaluation; {@code /zorgadvies} stays one release,
 * deprecated).
 */
@Path("/api/v1/huisverboden/{id}/zorginbreng")
@Tag(name = "Zorgcoordinatie")
@Produces(MediaType.APPLICATION_JSON)
public class ZorginbrengResource {

    private final ZorgadviesService service;
    private final ActorResolver actors;

    public ZorginbrengResource(ZorgadviesService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De zorginbreng voor ZSM", description = "Categorie ZORGADVIES: het OM (ZSM) leest het zonder verdere "
            + "toestemming op eigen grondslag; het bevat niets van de plannen, verwijzingen of GGZ-gegevens zelf. Versie 0: nog geen inbreng. Met de openstaande vraag van ZSM (openAanvraag).")
    @APIResponse(responseCode = "200", description = "Het zorgadvies", headers = {
            @Header(name = "ETag", description = "Versie van het advies", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Zorgadvies.View.class))})
    public Uni<Response> lees(@PathParam("id") UUID id) {
        return service.lees(actors.current(), id).map(v -> PersoonsdossierResource.met(v, v.versie()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.GEZINSZORG)
    @Operation(summary = "De zorginbreng voor ZSM vastleggen (zorgcoordinator of gezinsmanager van de zaak)", description = "Risico "
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

    @POST
    @Path("/aanvraag")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_OM_ZSM, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "ZSM vraagt om de zorginbreng (om-zsm)", description = "Met de termijn waarop het advies nodig is en "
            + "eventueel een vraag. Bereikt elke toegewezen zorgcoordinator, anders de wachtrij van de coordinerende "
            + "organisatie, als taak ZORGINBRENG_GEVEN en als notificatie zorginbreng.gevraagd; het vastleggen van de "
            + "zorginbreng beantwoordt haar (ZSM hoort het, ook zonder strafrechtelijk traject). Een tweede open vraag is 409.")
    @APIResponse(responseCode = "201", description = "Gevraagd", headers = {
            @Header(name = "Location", description = "Adres van de zorginbreng", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Zorgadvies.AanvraagView.class))})
    public Uni<Response> vraagAan(@PathParam("id") UUID id, Zorgadvies.Aanvraag aanvraag) {
        return service.vraagAan(actors.current(), id, aanvraag).map(v -> Response
                .created(java.net.URI.create("/api/v1/huisverboden/" + id + "/zorginbreng")).entity(v).build());
    }
}
