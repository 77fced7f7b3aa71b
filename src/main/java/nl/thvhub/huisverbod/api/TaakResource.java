package nl.thvhub.huisverbod.api;

import java.time.Instant;
import java.util.List;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.service.Werkvoorraad;
import nl.thvhub.platform.csv.CsvTabel;
import nl.thvhub.platform.csv.Csvvoorkeur;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;

/** The work queue over REST: {@code GET /api/v1/taken} (JSON or CSV) and {@code GET /api/v1/taken/overzicht}. */
@Path("/api/v1/taken")
@Tag(name = "Werkvoorraad")
@RolesAllowed({Rol.C_POLITIE_THV, Rol.C_WIJKAGENT, Rol.C_OM_ZSM, Rol.C_VEILIG_THUIS, Rol.C_ZORGCOORDINATOR,
        Rol.C_SOCIAAL_TEAM, Rol.C_GEZINSMANAGER, Rol.C_RECLASSERING, Rol.C_GGZ, Rol.C_GEMEENTE})
public class TaakResource {

    private final Werkvoorraad service;
    private final ActorResolver actors;

    public TaakResource(Werkvoorraad service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Werkvoorraad: de open taken van uw bureau over alle zaken, eerst vervallend", description = "Alleen taken over wat u mag zien; gepagineerd met een cursor, zonder totalen. Accept: text/csv "
            + "voor CSV (deze pagina).")
    @APIResponse(responseCode = "200", description = "Een pagina taken (JSON) of als CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TakenPagina.class)),
            @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class, example = "soort,huisverbodId,registratienummer,betrokkeneId,betrokkeneRol,sinds,vervaltOp,verlopen,toegewezenAan"))})
    public Uni<Response> lijst(
            @Parameter(description = "een of meer taaksoorten (zie Taaksoort), met komma's gescheiden", schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Z_]+(,[A-Z_]+)*$", example = "EERSTE_CONTACT,VERLENGINGSADVIES_GEVEN")) @QueryParam("soort") List<String> soort,
            @Parameter(description = "alleen taken die vervallen voor deze datum (YYYY-MM-DD) of dit tijdstip (ISO 8601)") @QueryParam("vervaltVoor") String vervaltVoor,
            @Parameter(description = "true: alleen verlopen taken; false: alleen niet verlopen") @QueryParam("verlopen") Boolean verlopen,
            @Parameter(description = "alleen de taken van dit huisverbod") @QueryParam("huisverbodId") String huisverbodId,
            @Parameter(schema = @Schema(implementation = Gemeente.class)) @QueryParam("gemeente") String gemeente,
            @Parameter(description = "true: alleen taken die aan u persoonlijk zijn toegewezen") @QueryParam("mijn") Boolean mijn,
            @QueryParam("volgende") String volgende, @QueryParam("limiet") Integer limiet,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Werkvoorraad.Vraag vraag = TaakQuery.vraag(soort, vervaltVoor, verlopen, huisverbodId, gemeente, mijn);
        boolean csv = Csvvoorkeur.wilCsv(accept);
        return service.lijst(actors.current(), vraag, TaakQuery.cursor(volgende), ListQuery.limiet(limiet)).map(p -> {
            Instant now = service.now();
            TakenPagina pagina = new TakenPagina(p.items().stream().map(t -> TaakView.van(t, now)).toList(),
                    TaakQuery.encode(p.volgende()));
            return csv
                    ? Response.ok(csv(pagina)).type("text/csv; charset=UTF-8")
                            .header("Content-Disposition", "attachment; filename=\"taken.csv\"").build()
                    : Response.ok(pagina).type(MediaType.APPLICATION_JSON).build();
        });
    }

    @GET
    @Path("/overzicht")
    @Operation(summary = "Werkvoorraad per taaksoort: hoeveel open en hoeveel verlopen", description = "Telt alleen taken over wat u mag zien; elke taaksoort staat erin, ook met nul.")
    public Uni<List<TakenTelling>> overzicht(
            @Parameter(description = "true: alleen taken die aan u persoonlijk zijn toegewezen") @QueryParam("mijn") Boolean mijn) {
        return service.overzicht(actors.current(), Boolean.TRUE.equals(mijn))
                .map(l -> l.stream().map(TakenTelling::van).toList());
    }

    static String csv(TakenPagina p) {
        CsvTabel t = CsvTabel.met("soort", "huisverbodId", "registratienummer", "betrokkeneId", "betrokkeneRol", "sinds",
                "vervaltOp", "verlopen", "toegewezenAan");
        p.items().forEach(k -> t.regel(k.soort(), k.huisverbodId(), k.registratienummer(), k.betrokkeneId(),
                k.betrokkeneRol(), k.sinds(), k.vervaltOp(), k.verlopen(), k.toegewezenAan()));
        return t.tekst();
    }
}
