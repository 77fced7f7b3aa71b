package nl.thvhub.audit.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.audit.AuditZoeken;
import nl.thvhub.audit.service.FgService;
import nl.thvhub.audit.service.Verificatie;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** The privacy officer's endpoints: audit queries and CSV export, chain verification, and data-subject access reports. */
@Path("/api/v1")
@Tag(name = "Audit")
@RolesAllowed(Rol.C_FG)
public class AuditResource {

    /** A page of audit lines with the cursor of the next page. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditPagina")
    public record AuditLijst(
            @jakarta.validation.constraints.NotNull List<AuditZoeken.@jakarta.validation.constraints.NotNull Regel> items,
            String volgende) {
    }

    private final FgService service;
    private final ActorResolver actors;

    public AuditResource(FgService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @Path("/audit")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Auditregels zoeken (JSON) of exporteren (Accept: text/csv); zoeken en exporteren worden zelf gelogd")
    @APIResponse(responseCode = "200", description = "Auditregels (JSON, met cursor) of een CSV-export", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditLijst.class)),
            @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class, example = "tijdstip,actor,organisatie,rol,doel,actie,uitkomst,huisverbodId"))})
    public Uni<Response> zoek(@QueryParam("huisverbodId") UUID huisverbodId, @QueryParam("betrokkeneId") UUID betrokkeneId,
            @QueryParam("actor") String actor, @QueryParam("organisatie") String organisatie, @QueryParam("doel") String doel,
            @QueryParam("uitkomst") String uitkomst, @QueryParam("van") String van, @QueryParam("tot") String tot,
            @QueryParam("volgende") String volgende, @QueryParam("limiet") Integer limiet,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = nl.thvhub.platform.csv.Csvvoorkeur.wilCsv(accept);
        AuditZoeken.Filter filter = new AuditZoeken.Filter(huisverbodId, betrokkeneId, actor, organisatie, doel, uitkomst,
                instant("van", van),
                instant("tot", tot));
        Long cursor = null;
        if (volgende != null) {
            try {
                cursor = Long.valueOf(volgende);
            } catch (NumberFormatException e) {
                throw ProblemException.invalid("volgende", "een cursor zoals de vorige pagina die gaf");
            }
        }
        return service.zoek(actors.current(), filter, cursor, limiet == null ? (csv ? 100_000 : 100) : limiet, csv).map(p -> csv
                ? Response.ok(Csv.of(p.items())).type("text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"audit.csv\"").build()
                : Response.ok(new AuditLijst(p.items(), p.volgende() == null ? null : p.volgende().toString()))
                        .type(MediaType.APPLICATION_JSON).build());
    }

    @GET
    @Path("/audit/verificatie")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "De hashketen van het auditlog controleren (geheel of een tijdvak); noemt de eerste gebroken regel")
    public Uni<Verificatie.Uitslag> verificatie(@QueryParam("van") String van, @QueryParam("tot") String tot) {
        return service.verifieer(actors.current(), instant("van", van), instant("tot", tot));
    }

    @GET
    @Path("/inzage/{betrokkeneId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Inzagerapport (AVG art. 15) voor een betrokkene: welke organisaties, wanneer, waarvoor, welke categorieen")
    public Uni<FgService.Inzage> inzage(@PathParam("betrokkeneId") UUID betrokkeneId) {
        return service.inzage(actors.current(), betrokkeneId);
    }

    private static Instant instant(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "een tijdstip als 2026-11-28T12:00:00Z");
        }
    }
}
