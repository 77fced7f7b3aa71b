package nl.thvhub.statistiek.api;

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
            @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class, example = "jaar,kwartaal,gemeente,regio,geweldType,geweldErnst,intiemeTerreur,herhaald,straftraject,aantal,verlengd,ingetrokken,vanuitZorg,herhaling,metOvertredingen,metMinderjarigen,aanhoudingen,uhg,uhgBereikt,verwijzingenAchterblijver,gestartAchterblijver,verwijzingenUhg,gestartUhg,verwijzingenKind,gestartKind,uhgMetVerblijf,opvangToegekend,politieverzoeken,politieverzoekenBeantwoord,uhgMedewerkingJa,uhgMedewerkingDeels,uhgMedewerkingNee,nietVerlengd,ingetrokkenVeiligheidsafspraken,ingetrokkenJuridischNietHoudbaar,ingetrokkenRechterOpgeheven,ingetrokkenAnders,eindrapporten,eindrapportenAfgezien,dreigingAfgenomenJa,dreigingAfgenomenNee,dreigingAfgenomenOnduidelijk,relatieBeeindigd,gescheidenWonen,recidiveBekend,verwijzingGeslaagdAchterblijverJa,verwijzingGeslaagdAchterblijverDeels,verwijzingGeslaagdAchterblijverNee,verwijzingGeslaagdAchterblijverOnduidelijk,verwijzingGeslaagdAchterblijverNietVerwezen,verwijzingGeslaagdUhgJa,verwijzingGeslaagdUhgDeels,verwijzingGeslaagdUhgNee,verwijzingGeslaagdUhgOnduidelijk,verwijzingGeslaagdUhgNietVerwezen,verwijzingGeslaagdKindJa,verwijzingGeslaagdKindDeels,verwijzingGeslaagdKindNee,verwijzingGeslaagdKindOnduidelijk,verwijzingGeslaagdKindNietVerwezen,monitoringAfgerond,monitoringVerlengd,vroegtijdigDoelBereikt,vroegtijdigZorgEldersGeborgd,vroegtijdigGeenMedewerking,vroegtijdigVerhuisd,vroegtijdigNietBereikbaar,vroegtijdigAnders,strafrechtelijkTraject,rihg,rihgMetThv,wachttijdMediaanDagen,monitoringDuurMediaanDagen,onderdrukt"))})
    public Uni<Response> statistiek(
            @Parameter(description = "Eerste jaar (opleggen), standaard 2009") @QueryParam("van") Integer van,
            @Parameter(description = "Laatste jaar, standaard dit jaar") @QueryParam("tot") Integer tot,
            @Parameter(description = "Groeperingen in volgorde, gescheiden door komma's: jaar, kwartaal, gemeente, regio; voor de gemeente ook geweldtype, ernst, intiemeterreur, herhaling, strafrecht", example = "jaar,gemeente") @QueryParam("groepering") String groepering,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean csv = Csvvoorkeur.wilCsv(accept);
        return service.statistiek(actors.current(), van, tot, groepering).map(s -> csv
                ? Response.ok(csv(s)).type("text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"statistiek-huisverboden.csv\"").build()
                : Response.ok(s).type(MediaType.APPLICATION_JSON).build());
    }

    /** One column per field of the row, in the record's order (a suppressed count is empty; onderdrukt joined by ;). */
    static String csv(Statistiek s) {
        java.lang.reflect.RecordComponent[] velden = Statistiekregel.class.getRecordComponents();
        CsvTabel t = CsvTabel.met(java.util.Arrays.stream(velden).map(java.lang.reflect.RecordComponent::getName)
                .toArray(String[]::new));
        for (Statistiekregel r : s.items()) {
            Object[] waarden = new Object[velden.length];
            for (int i = 0; i < velden.length; i++) {
                waarden[i] = waarde(velden[i], r);
            }
            t.regel(waarden);
        }
        return t.tekst();
    }

    private static Object waarde(java.lang.reflect.RecordComponent veld, Statistiekregel r) {
        try {
            Object w = veld.getAccessor().invoke(r);
            return w instanceof List<?> l ? String.join(";", l.stream().map(String::valueOf).toList()) : w;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
