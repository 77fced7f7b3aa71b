package nl.thvhub.huisverbod.api;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
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

import nl.thvhub.huisverbod.Gebeurtenis;
import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.huisverbod.service.Inzage;
import nl.thvhub.huisverbod.service.Opdrachten;
import nl.thvhub.huisverbod.service.Oplegging;
import nl.thvhub.huisverbod.service.Toewijzingen;
import nl.thvhub.huisverbod.service.Uitkomst;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.Invoer;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** REST adapter for the case lifecycle: {@code /api/v1/huisverboden} and its action sub-resources. */
@Path("/api/v1/huisverboden")
@Tag(name = "Huisverboden")
@Produces(MediaType.APPLICATION_JSON)
public class HuisverbodResource {

    private final HuisverbodService service;
    private final Zaaktoegang toegang;
    private final Oplegging oplegging;
    private final Toewijzingen toewijzingen;
    private final ActorResolver actors;

    public HuisverbodResource(HuisverbodService service, Zaaktoegang toegang, Oplegging oplegging, Toewijzingen toewijzingen,
            ActorResolver actors) {
        this.service = service;
        this.toegang = toegang;
        this.oplegging = oplegging;
        this.toewijzingen = toewijzingen;
        this.actors = actors;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.C_POLITIE_THV)
    @Operation(summary = "Een tijdelijk huisverbod opleggen")
    @APIResponse(responseCode = "201", description = "Opgelegd; de zaak zoals de oplegger haar mag zien", headers = {
            @Header(name = "Location", description = "Adres van de aangemaakte bron", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> opleggen(Opdrachten.Opleggen opdracht) {
        return oplegging.opleggen(actors.current(), required(opdracht))
                .map(h -> withVersion(Response.created(URI.create("/api/v1/huisverboden/" + h.zaak().id())), h)
                        .entity(HuisverbodView.of(h, service.now())).build());
    }

    @GET
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "Huisverboden zoeken", description = "Gepagineerd met een cursor; er worden geen totalen gegeven.")
    public Uni<HuisverbodPagina> lijst(
            @Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.thvhub.huisverbod.Status.class)) @QueryParam("status") String status,
            @Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.thvhub.huisverbod.Gemeente.class)) @QueryParam("gemeente") String gemeente,
            @QueryParam("wijk") String wijk,
            @Parameter(description = "datum (YYYY-MM-DD) waarop het huisverbod liep") @QueryParam("actiefOp") String actiefOp,
            @Parameter(description = "tijdstip (ISO 8601)") @QueryParam("eindigtVoor") String eindigtVoor,
            @QueryParam("volgende") String volgende, @QueryParam("limiet") Integer limiet) {
        Zoekfilter filter = ListQuery.filter(status, gemeente, wijk, actiefOp, eindigtVoor, service.now());
        return toegang.lijst(actors.current(), filter, ListQuery.cursor(volgende), ListQuery.limiet(limiet))
                .map(p -> new HuisverbodPagina(p.items().stream().map(h -> HuisverbodView.of(h, service.now())).toList(),
                        ListQuery.encode(p.volgende())));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "Een huisverbod lezen")
    @APIResponse(responseCode = "200", description = "De zaak, geredigeerd naar rol, doel en toestemming (zie onthouden)", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> lees(@PathParam("id") UUID id) {
        return toegang.lees(actors.current(), id).map(this::ok);
    }

    @GET
    @Path("/{id}/geschiedenis")
    @RolesAllowed(Rol.ALLE)
    @Operation(summary = "De levensloop van een huisverbod", description = "Elke gebeurtenis: wie, wanneer, wat.")
    public Uni<List<Gebeurtenis>> geschiedenis(@PathParam("id") UUID id) {
        return toegang.geschiedenis(actors.current(), id);
    }

    @POST
    @Path("/{id}/verlengingsadvies")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.COORDINATOREN)
    @Operation(summary = "Advies over verlenging geven (zorgcoordinator van de zaak, voor het eindmoment)")
    @APIResponse(responseCode = "200", description = "De bijgewerkte zaak", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> verlengingsadvies(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Opdrachten.Verlengingsadvies opdracht) {
        return service.verlengingsadvies(actors.current(), id, version(ifMatch), required(opdracht)).map(this::ok);
    }

    @POST
    @Path("/{id}/verlenging")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.C_GEMEENTE)
    @Operation(summary = "Het huisverbod verlengen tot 28 dagen (eenmaal, met advies)")
    @APIResponse(responseCode = "200", description = "De bijgewerkte zaak", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> verlenging(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Opdrachten.Verlenging opdracht) {
        return service.verlenging(actors.current(), id, version(ifMatch), opdracht).map(this::ok);
    }

    @POST
    @Path("/{id}/verlengingsbesluit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.C_GEMEENTE)
    @Operation(summary = "Het besluit van de burgemeester over verlenging (gemeente): VERLENGEN (tot 28 dagen, met advies) of NIET_VERLENGEN, met motivering; niet verlengen eindigt het huisverbod op het eindmoment")
    @APIResponse(responseCode = "200", description = "De bijgewerkte zaak", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> verlengingsbesluit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Opdrachten.Verlengingsbesluit opdracht) {
        return service.verlengingsbesluit(actors.current(), id, version(ifMatch), required(opdracht)).map(this::ok);
    }

    @POST
    @Path("/{id}/intrekking")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_GEMEENTE, Rol.C_POLITIE_THV})
    @Operation(summary = "Het huisverbod intrekken (met reden)")
    @APIResponse(responseCode = "200", description = "De bijgewerkte zaak", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> intrekking(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Opdrachten.Intrekking opdracht) {
        return service.intrekking(actors.current(), id, version(ifMatch), required(opdracht)).map(this::ok);
    }

    @POST
    @Path("/{id}/beeindiging")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.COORDINATOREN)
    @Operation(summary = "De monitoring voortijdig beeindigen (zorgcoordinator van de zaak)")
    @APIResponse(responseCode = "200", description = "De bijgewerkte zaak", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> beeindiging(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Opdrachten.Beeindiging opdracht) {
        return service.beeindiging(actors.current(), id, version(ifMatch), required(opdracht)).map(this::ok);
    }

    @POST
    @Path("/{id}/afsluiting")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Rol.COORDINATOREN)
    @Operation(summary = "De zaak afsluiten na warme overdracht (tijdens of na de monitoring)")
    @APIResponse(responseCode = "200", description = "De bijgewerkte zaak", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> afsluiting(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Opdrachten.Afsluiting opdracht) {
        return service.afsluiting(actors.current(), id, version(ifMatch), required(opdracht)).map(this::ok);
    }

    @POST
    @Path("/{id}/toewijzingen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR, Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING,
            Rol.C_GGZ})
    @Operation(summary = "Een professional aan de zaak toewijzen", description = "Veilig Thuis draagt de zaak over "
            + "(zorgcoordinator, gezinsmanager); alleen wie nu in een rol is toegewezen draagt die over aan een collega van de "
            + "eigen organisatie; de zorgcoordinator van de zaak nodigt GGZ en Reclassering uit; niemand wijst zichzelf toe. "
            + "Wie de zaak niet mag zien krijgt 404, zoals voor een zaak die niet bestaat.")
    @APIResponse(responseCode = "204", description = "De eigen rol is overgedragen; de zaak is voor u niet meer zichtbaar", headers = {
            @Header(name = "ETag", description = "Versie van de zaak na de overdracht", schema = @Schema(implementation = String.class))})
    @APIResponse(responseCode = "200", description = "De bijgewerkte zaak", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HuisverbodView.class))})
    public Uni<Response> toewijzen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            Opdrachten.Toewijzen opdracht) {
        return toewijzingen.toewijzen(actors.current(), id, version(ifMatch), required(opdracht))
                .map(u -> switch (u) {
                    case Inzage h -> ok(h);
                    case Uitkomst.Overgedragen o -> Response.noContent()
                            .tag(new EntityTag(Integer.toString(o.zaak().versie()))).build();
                    case Uitkomst.Geweigerd g -> throw new IllegalStateException("a refusal answers before this");
                });
    }

    private Response ok(Inzage h) {
        return antwoord(h, service.now());
    }

    /** 200 with the reader's view of the changed case and its version as ETag (every lifecycle change answers so). */
    public static Response antwoord(Inzage h, java.time.Instant now) {
        return withVersion(Response.ok(), h).entity(HuisverbodView.of(h, now)).build();
    }

    private static Response.ResponseBuilder withVersion(Response.ResponseBuilder builder, Inzage h) {
        return builder.tag(new EntityTag(Integer.toString(h.zaak().versie())));
    }

    private static <T> T required(T body) {
        Invoer.vereist(body);
        return body;
    }

    /** Reads {@code If-Match: "3"} (or W/"3"); {@code *} or absent means no version check. */
    public static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw ProblemException.preconditionFailed("If-Match bevat geen versie van deze zaak.");
        }
    }
}
