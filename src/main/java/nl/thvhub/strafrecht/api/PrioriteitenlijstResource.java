package nl.thvhub.strafrecht.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
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

import nl.thvhub.platform.GedeeldeJson;
import nl.thvhub.platform.csv.CsvTabel;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.strafrecht.service.Prioriteiten;

/** {@code /api/v1/zsm/prioriteitenlijst}: ZSM's list of THV cases awaiting a criminal decision, JSON or CSV. */
@Path("/api/v1/zsm/prioriteitenlijst")
@Tag(name = "Strafrecht")
@RolesAllowed({Rol.C_OM_ZSM, Rol.C_PARTNER_SYSTEEM, Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_VEILIG_THUIS,
        Rol.C_ZORGCOORDINATOR,
        Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE, Rol.C_BELEID, Rol.C_FG})
public class PrioriteitenlijstResource {

    private final Prioriteiten service;
    private final ActorResolver actors;
    private final GedeeldeJson json;

    public PrioriteitenlijstResource(Prioriteiten service, ActorResolver actors, GedeeldeJson json) {
        this.service = service;
        this.actors = actors;
        this.json = json;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "ZSM-prioriteitenlijst (om-zsm, politie-thv): lopende THV's met een strafrechtelijk traject zonder eindbeslissing, daarna (sectie ZONDER_STRAFTRAJECT) risicovolle THV's zonder traject; urgent en minste resterende tijd eerst; Accept: text/csv voor CSV")
    @APIResponse(responseCode = "200", description = "De prioriteitenlijst (JSON) of als CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Prioriteiten.Lijst.class)),
            @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class, example = "huisverbodId,registratienummer,sectie,gemeente,eindmoment,resterendeUren,urgent,redenen,zorgadviesAanwezig,zorginbrengAanwezig"))})
    public Uni<Response> lijst(
            @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = nl.thvhub.huisverbod.Gemeente.class)) @QueryParam("gemeente") String gemeente,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = nl.thvhub.platform.csv.Csvvoorkeur.wilCsv(accept);
        return service.prioriteitenlijst(actors.current(), gemeente).map(l -> csv
                ? Response.ok(csv(l)).type("text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"prioriteitenlijst.csv\"").build()
                : Response.ok(json.json(l)).type(MediaType.APPLICATION_JSON).build());
    }

    /** The list as CSV, the same for the API and the werkplek's download. */
    public static String csv(Prioriteiten.Lijst l) {
        CsvTabel t = CsvTabel.met("huisverbodId", "registratienummer", "sectie", "gemeente", "eindmoment", "resterendeUren",
                "urgent", "redenen", "zorgadviesAanwezig", "zorginbrengAanwezig");
        l.items().forEach(r -> t.regel(r.huisverbodId(), r.registratienummer(), r.sectie(), r.gemeente(), r.eindmoment(),
                r.resterendeUren(), r.urgent(), String.join(";", r.redenen()), r.zorginbrengAanwezig(),
                r.zorginbrengAanwezig()));
        return t.tekst();
    }

}
