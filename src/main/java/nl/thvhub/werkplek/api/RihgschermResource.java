package nl.thvhub.werkplek.api;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.statistiek.Rihg;
import nl.thvhub.statistiek.service.RihgService;

/**
 * Registering a RiHG (issue 35.7) at the police's and Veilig Thuis's desks: the form sends what
 * {@code POST /api/v1/rihg} takes to the same service; a refused form comes back with the error beside its field.
 */
@Path("/werkplek/rihg")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class RihgschermResource {

    private final Werkplekgebruiker gebruiker;
    private final RihgService rihg;

    public RihgschermResource(Werkplekgebruiker gebruiker, RihgService rihg) {
        this.gebruiker = gebruiker;
        this.rihg = rihg;
    }

    /** The form; {@code huisverbod} fills in the THV it led to when the page is opened from a case. */
    @GET
    public Uni<Response> formulier(@QueryParam("gedaan") String gedaan, @QueryParam("huisverbod") String huisverbod) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            Map<String, String> waarden = new HashMap<>();
            if (huisverbod != null) {
                waarden.put("huisverbodId", huisverbod);
                waarden.put("uitkomst", "THV");
            }
            return Uni.createFrom().item(pagina(Meldingen.van(gedaan),
                    new Zaakscherm.Formulier("rihg", waarden, Map.of(), null), 200));
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> registreer(MultivaluedMap<String, String> invoer) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            if (!gebruiker.formulierKlopt(invoer.getFirst(Formuliersleutel.VELD))) {
                throw ProblemException.forbidden(Meldingen.FORMULIER_ONGELDIG);
            }
            Map<String, String> velden = new HashMap<>();
            invoer.forEach((k, v) -> velden.put(k, v.isEmpty() ? null : v.get(0)));
            velden.remove(Formuliersleutel.VELD);
            return Uni.createFrom().deferred(() -> rihg.registreer(gebruiker.actor(), registratie(velden)))
                    .map(r -> Response.seeOther(URI.create("/werkplek/rihg?gedaan=rihg")).build())
                    .onFailure(ProblemException.class).recoverWithUni(e -> terug(velden, (ProblemException) e));
        });
    }

    private Uni<Response> terug(Map<String, String> velden, ProblemException e) {
        Problem p = e.problem();
        Map<String, String> fouten = new HashMap<>();
        if (p.status() == 404 && velden.get("huisverbodId") != null) {
            // a case the registrant cannot see reads as one that does not exist (the API's rule)
            fouten.put("huisverbodId", "dit huisverbod bestaat niet of is niet voor u");
        } else if (p.status() != 400) {
            return Uni.createFrom().failure(e);
        }
        if (p.invalidParams() != null) {
            p.invalidParams().forEach(f -> fouten.putIfAbsent(f.name(), f.reason()));
        }
        return Uni.createFrom().item(pagina(null, new Zaakscherm.Formulier("rihg", velden, fouten,
                "De RiHG is niet geregistreerd: verbeter de velden hieronder."), 400));
    }

    private Response pagina(String melding, Zaakscherm.Formulier f, int status) {
        Kader kader = gebruiker.kader("rihg", melding);
        if (!kader.rihg()) {
            throw ProblemException.forbidden("Een RiHG registreren de politie en Veilig Thuis.");
        }
        return Schermuitvoer.html(status, Schermen.rihg(kader, f, Zaakscherm.Formulieren.keuzes(Gemeente.values()),
                Zaakscherm.Formulieren.keuzes(Rihg.Door.values()),
                java.util.List.of(new Zaakscherm.Keuze("THV", "Huisverbod opgelegd"),
                        new Zaakscherm.Keuze("GEEN_THV", "Geen huisverbod"), new Zaakscherm.Keuze("ANDERS", "Anders"))));
    }

    private static Rihg.Registratie registratie(Map<String, String> velden) {
        Formulierinvoer f = new Formulierinvoer(velden);
        String wijk = f.tekst("wijk");
        UUID huisverbod = null;
        String id = f.tekst("huisverbodId");
        if (id != null) {
            try {
                huisverbod = UUID.fromString(id);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("huisverbodId", "geef het kenmerk van het huisverbod in de hub");
            }
        }
        Rihg.Registratie r = new Rihg.Registratie(f.verplicht(f.datum("datum"), "datum"),
                f.verplicht(f.keuze("gemeente", Gemeente.class), "gemeente"), wijk,
                f.verplicht(f.keuze("door", Rihg.Door.class), "door"),
                f.verplicht(f.keuze("uitkomst", Rihg.Uitkomst.class), "uitkomst"), huisverbod);
        f.klaar();
        return r;
    }
}
