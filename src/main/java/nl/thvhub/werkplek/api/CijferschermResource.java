package nl.thvhub.werkplek.api;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.statistiek.Statistiek;
import nl.thvhub.statistiek.Statistiekregel;
import nl.thvhub.statistiek.service.StatistiekService;
import nl.thvhub.werkplek.api.Zaakscherm.Keuze;

/**
 * Whether the THV works, for the mayor's office and policy (issue 35.6): the outcome figures of one year by a grouping,
 * read from {@code GET /api/v1/statistieken} through the same service (exact for the gemeente, small counts suppressed
 * for beleid, case features for the gemeente only); a suppressed count reads "minder dan 5", never a number.
 */
@Path("/werkplek/cijfers")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class CijferschermResource {

    /** The measures the page shows, in the order of the evaluation's chapter 4, with their labels. */
    static final List<Keuze> MATEN = List.of(new Keuze("aantal", "Huisverboden opgelegd"),
            new Keuze("rihg", "RiHG's gehouden"), new Keuze("rihgMetThv", "RiHG's die tot een huisverbod leidden"),
            new Keuze("verlengd", "Verlengd"), new Keuze("ingetrokken", "Ingetrokken"),
            new Keuze("strafrechtelijkTraject", "Met strafrechtelijk traject"),
            new Keuze("eindrapporten", "Eindrapporten van de monitoring"),
            new Keuze("eindrapportenAfgezien", "Afgezien van een eindrapport"),
            new Keuze("dreigingAfgenomenJa", "Dreiging afgenomen: ja"),
            new Keuze("dreigingAfgenomenNee", "Dreiging afgenomen: nee"),
            new Keuze("dreigingAfgenomenOnduidelijk", "Dreiging afgenomen: onduidelijk"),
            new Keuze("relatieBeeindigd", "Relatie beëindigd"), new Keuze("gescheidenWonen", "Gescheiden wonen"),
            new Keuze("recidiveBekend", "Recidive bekend"),
            new Keuze("verwijzingGeslaagdAchterblijverJa", "Verwijzing geslaagd, achterblijver: ja"),
            new Keuze("verwijzingGeslaagdAchterblijverDeels", "Verwijzing geslaagd, achterblijver: deels"),
            new Keuze("verwijzingGeslaagdAchterblijverNee", "Verwijzing geslaagd, achterblijver: nee"),
            new Keuze("verwijzingGeslaagdAchterblijverOnduidelijk", "Verwijzing geslaagd, achterblijver: onduidelijk"),
            new Keuze("verwijzingGeslaagdAchterblijverNietVerwezen", "Achterblijver niet verwezen"),
            new Keuze("verwijzingGeslaagdUhgJa", "Verwijzing geslaagd, uithuisgeplaatste: ja"),
            new Keuze("verwijzingGeslaagdUhgDeels", "Verwijzing geslaagd, uithuisgeplaatste: deels"),
            new Keuze("verwijzingGeslaagdUhgNee", "Verwijzing geslaagd, uithuisgeplaatste: nee"),
            new Keuze("verwijzingGeslaagdUhgOnduidelijk", "Verwijzing geslaagd, uithuisgeplaatste: onduidelijk"),
            new Keuze("verwijzingGeslaagdUhgNietVerwezen", "Uithuisgeplaatste niet verwezen"),
            new Keuze("verwijzingGeslaagdKindJa", "Verwijzing geslaagd, kind: ja"),
            new Keuze("verwijzingGeslaagdKindDeels", "Verwijzing geslaagd, kind: deels"),
            new Keuze("verwijzingGeslaagdKindNee", "Verwijzing geslaagd, kind: nee"),
            new Keuze("verwijzingGeslaagdKindOnduidelijk", "Verwijzing geslaagd, kind: onduidelijk"),
            new Keuze("verwijzingGeslaagdKindNietVerwezen", "Kind niet verwezen"),
            new Keuze("uhgMedewerkingJa", "Uithuisgeplaatste werkt mee"),
            new Keuze("uhgMedewerkingDeels", "Uithuisgeplaatste werkt deels mee"),
            new Keuze("uhgMedewerkingNee", "Uithuisgeplaatste werkt niet mee"),
            new Keuze("monitoringAfgerond", "Monitoring afgerond"), new Keuze("monitoringVerlengd", "Monitoring verlengd"),
            new Keuze("monitoringDuurMediaanDagen", "Duur van de monitoring, mediaan in dagen"),
            new Keuze("vroegtijdigDoelBereikt", "Vroegtijdig beëindigd: doel bereikt"),
            new Keuze("vroegtijdigZorgEldersGeborgd", "Vroegtijdig beëindigd: zorg elders geborgd"),
            new Keuze("vroegtijdigGeenMedewerking", "Vroegtijdig beëindigd: geen medewerking"),
            new Keuze("vroegtijdigVerhuisd", "Vroegtijdig beëindigd: verhuisd"),
            new Keuze("vroegtijdigNietBereikbaar", "Vroegtijdig beëindigd: niet bereikbaar"),
            new Keuze("vroegtijdigAnders", "Vroegtijdig beëindigd: anders"));

    private static final List<Keuze> GROEPERINGEN = List.of(new Keuze("gemeente", "Per gemeente"),
            new Keuze("regio", "Per regio"), new Keuze("kwartaal", "Per kwartaal"),
            new Keuze("geweldtype", "Per type geweld (alleen gemeente)"), new Keuze("ernst", "Per ernst (alleen gemeente)"),
            new Keuze("intiemeterreur", "Naar intieme terreur (alleen gemeente)"),
            new Keuze("herhaling", "Eerste of herhaald huisverbod (alleen gemeente)"),
            new Keuze("strafrecht", "Met of zonder strafrechtelijk traject (alleen gemeente)"));

    private final Werkplekgebruiker gebruiker;
    private final StatistiekService statistiek;
    private final Clock clock;

    public CijferschermResource(Werkplekgebruiker gebruiker, StatistiekService statistiek, Clock clock) {
        this.gebruiker = gebruiker;
        this.statistiek = statistiek;
        this.clock = clock;
    }

    @GET
    public Uni<Response> cijfers(@QueryParam("jaar") String jaar, @QueryParam("groepering") String groepering) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            Kader kader = gebruiker.kader("cijfers", null);
            String g = groepering == null || GROEPERINGEN.stream().noneMatch(k -> k.waarde().equals(groepering))
                    ? "gemeente"
                    : groepering;
            int huidig = LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).getYear();
            Integer j = jaartal(jaar);
            if (j == null) {
                return Uni.createFrom().item(pagina(kader, jaar, g, List.of(), false, "Geef een jaartal als " + huidig + ".",
                        400));
            }
            // the service refuses bad input before it returns a Uni: deferred, its 400 comes back beside the field
            return Uni.createFrom().deferred(() -> statistiek.statistiek(gebruiker.actor(), j, j, g))
                    .map(s -> pagina(kader, j.toString(), g, kolommen(s, g), s.kleineAantallenOnderdrukt(), null, 200))
                    .onFailure(e -> e instanceof ProblemException p && p.problem().status() == 400)
                    .recoverWithItem(e -> {
                        ProblemException p = (ProblemException) e;
                        String reden = p.problem().invalidParams() == null || p.problem().invalidParams().isEmpty()
                                ? p.problem().detail()
                                : p.problem().invalidParams().get(0).reason();
                        return pagina(kader, j.toString(), g, List.of(), false, reden, 400);
                    });
        });
    }

    private Integer jaartal(String jaar) {
        if (jaar == null || jaar.isBlank()) {
            return LocalDate.ofInstant(clock.instant(), Huisverbod.TIJDZONE).getYear();
        }
        try {
            return Integer.valueOf(jaar.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Response pagina(Kader kader, String jaar, String groepering, List<Schermen.Cijferkolom> kolommen,
            boolean onderdrukt, String fout, int status) {
        return Schermuitvoer.html(status, Schermen.cijfers(kader, jaar == null ? "" : jaar, jaar == null ? "" : jaar,
                groepering, GROEPERINGEN, MATEN.stream().map(Keuze::label).toList(), kolommen, onderdrukt, fout));
    }

    /** A column per group, the total last; the year row the service adds for the grouping is the same total. */
    static List<Schermen.Cijferkolom> kolommen(Statistiek s, String groepering) {
        RecordComponent[] velden = Statistiekregel.class.getRecordComponents();
        List<Schermen.Cijferkolom> kolommen = new ArrayList<>();
        for (Statistiekregel r : s.items()) {
            String groep = groep(r);
            List<String> waarden = MATEN.stream().map(m -> waarde(velden, r, m.waarde())).toList();
            kolommen.add(new Schermen.Cijferkolom(groep, waarden));
        }
        return kolommen;
    }

    private static String groep(Statistiekregel r) {
        if (r.kwartaal() != null) {
            return "Kwartaal " + r.kwartaal();
        }
        for (Object sleutel : new Object[]{r.gemeente(), r.regio(), r.geweldType(), r.geweldErnst()}) {
            if (sleutel != null) {
                return Labels.code(sleutel);
            }
        }
        if (r.intiemeTerreur() != null) {
            return "Intieme terreur: " + Labels.code(r.intiemeTerreur()).toLowerCase(Locale.ROOT);
        }
        if (r.herhaald() != null) {
            return r.herhaald() ? "Herhaald" : "Eerste";
        }
        if (r.straftraject() != null) {
            return r.straftraject() ? "Met strafrecht" : "Zonder strafrecht";
        }
        return "Totaal";
    }

    private static String waarde(RecordComponent[] velden, Statistiekregel r, String maat) {
        if (r.onderdrukt().contains(maat)) {
            return "minder dan 5";
        }
        RecordComponent c = Arrays.stream(velden).filter(v -> v.getName().equals(maat)).findFirst().orElseThrow();
        try {
            Object w = c.getAccessor().invoke(r);
            if (w == null) {
                return "–";
            }
            return w instanceof Double d ? String.format(Locale.ROOT, "%.0f", d) : w.toString();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
