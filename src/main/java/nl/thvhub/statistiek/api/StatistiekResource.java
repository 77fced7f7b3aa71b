package nl.thvhub.statistiek.api;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;

import nl.thvhub.platform.csv.CsvTabel;
import nl.thvhub.platform.csv.Csvvoorkeur;
import nl.thvhub.platform.security.ActorResolver;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.statistiek.Statistiek;
import nl.thvhub.statistiek.Statistiekregel;
import nl.thvhub.statistiek.service.StatistiekService;

/** {@code /api/v1/statistieken/huisverboden}: THVs per year, quarter, gemeente or regio, with subtotals. */
@Path("/api/v1/statistieken/huisverboden")
@Tag(name = "Statistieken")
public class StatistiekResource {

    private final StatistiekService service;
    private final ActorResolver actors;

    public StatistiekResource(StatistiekService service, ActorResolver actors) {
        this.service = service;
        this.actors = actors;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Rol.C_GEMEENTE, Rol.C_BELEID, Rol.C_PARTNER_SYSTEEM})
    @Operation(summary = "Aantallen huisverboden per groep, met subtotalen (gemeente exact, beleid met onderdrukte kleine aantallen); Accept: text/csv voor CSV")
    @APIResponse(responseCode = "200", description = "De statistiek (JSON) of als CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Statistiek.class)),
            @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class, example = "jaar,kwartaal,gemeente,regio,aantal,verlengd,ingetrokken,vanuitZorg,herhaling,metOvertredingen,metMinderjarigen,aanhoudingen,uhg,uhgBereikt,verwijzingenAchterblijver,gestartAchterblijver,verwijzingenUhg,gestartUhg,verwijzingenKind,gestartKind,uhgMetVerblijf,opvangToegekend,politieverzoeken,politieverzoekenBeantwoord,uhgMedewerkingJa,uhgMedewerkingDeels,uhgMedewerkingNee,nietVerlengd,ingetrokkenVeiligheidsafspraken,ingetrokkenJuridischNietHoudbaar,ingetrokkenRechterOpgeheven,ingetrokkenAnders,wachttijdMediaanDagen,onderdrukt"))})
    public Uni<Response> statistiek(
            @Parameter(description = "Eerste jaar (opleggen), standaard 2009") @QueryParam("van") Integer van,
            @Parameter(description = "Laatste jaar, standaard dit jaar") @QueryParam("tot") Integer tot,
            @Parameter(description = "Groeperingen in volgorde, gescheiden door komma's: jaar, kwartaal, gemeente, regio", example = "jaar,gemeente") @QueryParam("groepering") String groepering,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = Csvvoorkeur.wilCsv(accept);
        return service.statistiek(actors.current(), van, tot, groepering).map(s -> csv
                ? Response.ok(csv(s)).type("text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"statistiek-huisverboden.csv\"").build()
                : Response.ok(s).type(MediaType.APPLICATION_JSON).build());
    }

    static String csv(Statistiek s) {
        CsvTabel t = CsvTabel.met("jaar", "kwartaal", "gemeente", "regio", "aantal", "verlengd", "ingetrokken", "vanuitZorg",
                "herhaling", "metOvertredingen", "metMinderjarigen", "aanhoudingen", "uhg", "uhgBereikt",
                "verwijzingenAchterblijver", "gestartAchterblijver", "verwijzingenUhg", "gestartUhg", "verwijzingenKind",
                "gestartKind", "uhgMetVerblijf", "opvangToegekend", "politieverzoeken", "politieverzoekenBeantwoord",
                "uhgMedewerkingJa", "uhgMedewerkingDeels", "uhgMedewerkingNee", "nietVerlengd",
                "ingetrokkenVeiligheidsafspraken", "ingetrokkenJuridischNietHoudbaar", "ingetrokkenRechterOpgeheven",
                "ingetrokkenAnders", "wachttijdMediaanDagen", "onderdrukt");
        for (Statistiekregel r : s.items()) {
            t.regel(r.jaar(), r.kwartaal(), r.gemeente(), r.regio(), r.aantal(), r.verlengd(), r.ingetrokken(),
                    r.vanuitZorg(), r.herhaling(), r.metOvertredingen(), r.metMinderjarigen(), r.aanhoudingen(), r.uhg(),
                    r.uhgBereikt(), r.verwijzingenAchterblijver(), r.gestartAchterblijver(), r.verwijzingenUhg(),
                    r.gestartUhg(), r.verwijzingenKind(), r.gestartKind(), r.uhgMetVerblijf(), r.opvangToegekend(),
                    r.politieverzoeken(), r.politieverzoekenBeantwoord(), r.uhgMedewerkingJa(), r.uhgMedewerkingDeels(),
                    r.uhgMedewerkingNee(), r.nietVerlengd(), r.ingetrokkenVeiligheidsafspraken(),
                    r.ingetrokkenJuridischNietHoudbaar(), r.ingetrokkenRechterOpgeheven(), r.ingetrokkenAnders(),
                    r.wachttijdMediaanDagen(),
                    String.join(";", r.onderdrukt()));
        }
        return t.tekst();
    }
}
