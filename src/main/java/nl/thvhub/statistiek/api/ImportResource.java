package nl.thvhub.statistiek.api;

import java.io.InputStream;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.GestreamdeInhoud;
import nl.thvhub.platform.idempotentie.GestreamdeClaim;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.statistiek.Importstatus;
import nl.thvhub.statistiek.service.ImportService;

/** {@code /api/v1/import}: the gemeente's bulk import of historical THVs, and where an import stands. */
@Path("/api/v1/import")
@Tag(name = "Statistieken")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String NDJSON = "application/x-ndjson";

    private final ImportService service;
    private final ActorResolver actors;
    private final GestreamdeClaim claim;

    public ImportResource(ImportService service, ActorResolver actors, GestreamdeClaim claim) {
        this.service = service;
        this.actors = actors;
        this.claim = claim;
    }

    @POST
    @Path("/huisverboden")
    @Blocking
    @GestreamdeInhoud
    @Consumes({NDJSON, "text/csv"})
    @RolesAllowed({Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Historische huisverboden importeren (gemeente): NDJSON of CSV, een huisverbod per regel", description = "Het bestand wordt gestreamd en daarna regel voor regel gelezen; een ongeldige regel wordt met zijn regelnummer gemeld en slaat niets op. Hetzelfde externId opnieuw importeren verandert niets.")
    @RequestBody(content = {
            @Content(mediaType = NDJSON, schema = @Schema(implementation = String.class, example = "{\"externId\":\"AMS-2019-0001\",\"opgelegdOp\":\"2019-03-14\",\"gemeente\":\"AMSTERDAM\",\"verlengd\":true}")),
            @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class, example = "externId,opgelegdOp,gemeente,verlengd"))})
    @APIResponse(responseCode = "202", description = "Aangenomen; de voortgang staat op de Location", headers = {
            @Header(name = "Location", description = "Adres van de importstatus", schema = @Schema(implementation = String.class))}, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Importstatus.class))})
    public Uni<Response> importeer(@HeaderParam(HttpHeaders.CONTENT_TYPE) String type, InputStream body) {
        Importstatus.Formaat formaat = type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/csv")
                ? Importstatus.Formaat.CSV
                : Importstatus.Formaat.NDJSON;
        Actor actor = actors.current();
        ImportService.Upload upload = service.ontvang(actor, formaat, body);
        // the Idempotency-Key is claimed with the hash of the body just streamed; a retry drops its copy
        Optional<Response> eerder;
        try {
            eerder = claim.naStreamen();
        } catch (RuntimeException e) {
            service.verwerp(upload);
            throw e;
        }
        if (eerder.isPresent()) {
            service.verwerp(upload);
            return Uni.createFrom().item(eerder.get());
        }
        Importstatus aangenomen = service.start(actor, upload);
        return Uni.createFrom()
                .item(Response.accepted(aangenomen).location(URI.create("/api/v1/import/" + aangenomen.id())).build());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Een afgeronde import intrekken (de importerende gemeente)", description = "Haalt de huisverboden en "
            + "personen van de import weg: ze tellen niet meer mee in herhalingsdetectie en statistieken, en zaken die "
            + "door deze import een herhaling waren, zijn dat niet meer. Alleen een account dat importeert voor elke "
            + "gemeente in de import (tokenclaim gemeenten); 409 zolang de import loopt of als hij al is ingetrokken.")
    @APIResponse(responseCode = "200", description = "Ingetrokken", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Importstatus.class))})
    public Uni<Importstatus> trekIn(@PathParam("id") UUID id) {
        return service.trekIn(actors.current(), id);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Rol.C_GEMEENTE, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Waar een import staat: verwerkt, geaccepteerd, afgewezen, en de afgewezen regels")
    public Uni<Importstatus> status(@PathParam("id") UUID id) {
        return service.status(actors.current(), id);
    }
}
