package nl.thvhub.werkplek.api;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.huisverbod.service.HuisverbodService;
import nl.thvhub.huisverbod.service.Toewijzingen;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.opvolging.service.MonitoringService;
import nl.thvhub.opvolging.service.ReclasseringsadviesService;
import nl.thvhub.opvolging.service.ZorgadviesService;
import nl.thvhub.platform.problem.Problem;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.signalen.service.OvertredingService;
import nl.thvhub.strafrecht.service.StrafrechtService;
import nl.thvhub.zorg.service.ContactmomentService;
import nl.thvhub.zorg.service.VerwijzingService;

/**
 * One case in the werkplek: the page (read through the access seam as the API reads it) and the forms of the desks,
 * each sent to the service its API call uses. Every form passes one door here: the form token is checked first, a
 * success redirects (post-redirect-get) with a short confirmation, and a refusal shows the page again with the problem's
 * text beside the field it names.
 */
@Path("/werkplek/huisverboden/{id}")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ZaakschermResource {

    private final Werkplekgebruiker gebruiker;
    private final Zaaktoegang toegang;
    private final StrafrechtService strafrecht;
    private final ContactmomentService contactmomenten;
    private final OvertredingService overtredingen;
    private final ReclasseringsadviesService reclassering;
    private final Toewijzingen toewijzingen;
    private final HuisverbodService levensloop;
    private final VerwijzingService verwijzingen;
    private final MonitoringService monitoring;
    private final nl.thvhub.uhg.service.VerblijfService verblijf;
    private final nl.thvhub.uhg.service.OpvangService opvang;
    private final nl.thvhub.uhg.service.PolitieverzoekService politieverzoeken;
    private final Uhgpagina uhgpagina;
    private final Persoonpagina persoonpagina;
    private final nl.thvhub.privacy.service.ToestemmingService toestemmingen;
    private final Clock clock;
    private final ZorgadviesService zorgadvies;
    private final Vervolgpagina vervolg;

    public ZaakschermResource(Werkplekgebruiker gebruiker, Zaaktoegang toegang, StrafrechtService strafrecht,
            ContactmomentService contactmomenten, OvertredingService overtredingen, ReclasseringsadviesService reclassering,
            Toewijzingen toewijzingen, HuisverbodService levensloop, VerwijzingService verwijzingen,
            MonitoringService monitoring, nl.thvhub.uhg.service.VerblijfService verblijf,
            nl.thvhub.uhg.service.OpvangService opvang, nl.thvhub.uhg.service.PolitieverzoekService politieverzoeken,
            Uhgpagina uhgpagina, Persoonpagina persoonpagina, nl.thvhub.privacy.service.ToestemmingService toestemmingen,
            Clock clock, ZorgadviesService zorgadvies, Vervolgpagina vervolg) {
        this.zorgadvies = zorgadvies;
        this.vervolg = vervolg;
        this.toestemmingen = toestemmingen;
        this.persoonpagina = persoonpagina;
        this.verblijf = verblijf;
        this.opvang = opvang;
        this.politieverzoeken = politieverzoeken;
        this.uhgpagina = uhgpagina;
        this.gebruiker = gebruiker;
        this.toegang = toegang;
        this.strafrecht = strafrecht;
        this.contactmomenten = contactmomenten;
        this.overtredingen = overtredingen;
        this.reclassering = reclassering;
        this.toewijzingen = toewijzingen;
        this.levensloop = levensloop;
        this.verwijzingen = verwijzingen;
        this.monitoring = monitoring;
        this.clock = clock;
    }

    @GET
    public Uni<Response> zaak(@PathParam("id") String id, @QueryParam("gedaan") String gedaan) {
        return Schermuitvoer.veilig(gebruiker,
                () -> pagina(zaakId(id), Meldingen.van(gedaan), Zaakscherm.Formulier.leeg(), 200));
    }

    @POST
    @Path("/{formulier}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> verstuur(@PathParam("id") String id, @PathParam("formulier") String formulier,
            MultivaluedMap<String, String> invoer) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            if (!gebruiker.formulierKlopt(invoer.getFirst(Formuliersleutel.VELD))) {
                throw ProblemException.forbidden(Meldingen.FORMULIER_ONGELDIG);
            }
            UUID zaak = zaakId(id);
            Map<String, String> velden = new HashMap<>();
            // a group of checkboxes sends a field several times: its values travel joined by commas
            invoer.forEach((k, v) -> velden.put(k, v.isEmpty() ? null : String.join(",", v)));
            return Uni.createFrom().deferred(() -> actie(zaak, formulier, velden))
                    .map(x -> x instanceof nl.thvhub.huisverbod.service.Uitkomst.Overgedragen
                            // the reader handed their own role over: the case is no longer theirs to see
                            ? Response.seeOther(URI.create("/werkplek/?gedaan=overgedragen")).build()
                            : Response.seeOther(URI.create("/werkplek/huisverboden/" + zaak
                                    + terugpad(formulier, velden)
                                    + "?gedaan=" + formulier)).build())
                    .onFailure(ProblemException.class)
                    .recoverWithUni(e -> terug(zaak, formulier, velden, (ProblemException) e));
        });
    }

    private Uni<?> actie(UUID zaak, String formulier, Map<String, String> velden) {
        return switch (formulier) {
            case "afdoening" -> strafrecht.registreer(gebruiker.actor(), zaak, Formulierinvoer.afdoening(velden));
            case "contactpoging" -> contactmomenten.vastleggen(gebruiker.actor(), zaak, Formulierinvoer.contactpoging(velden));
            case "overtreding" -> overtredingen.registreer(gebruiker.actor(), zaak, Formulierinvoer.overtreding(velden));
            case "reclasseringsadvies" -> reclassering.vraagAan(gebruiker.actor(), zaak,
                    Formulierinvoer.reclasseringsadvies(velden));
            case "zorginbrengaanvraag" -> zorgadvies.vraagAan(gebruiker.actor(), zaak,
                    Formulierinvoer.zorginbrengaanvraag(velden));
            case "toewijzing" -> toewijzingen.toewijzen(gebruiker.actor(), zaak, Formulierinvoer.versie(velden),
                    Formulierinvoer.toewijzing(velden));
            case "verlengingsadvies" -> levensloop.verlengingsadvies(gebruiker.actor(), zaak, Formulierinvoer.versie(velden),
                    Formulierinvoer.verlengingsadvies(velden));
            case "verlengingsbesluit" -> levensloop.verlengingsbesluit(gebruiker.actor(), zaak,
                    Formulierinvoer.versie(velden), Formulierinvoer.verlengingsbesluit(velden));
            case "peilmoment" -> monitoring.peilmomentVastleggen(gebruiker.actor(), zaak, Formulierinvoer.peilmoment(velden));
            case "vervolg" -> overtredingen.vervolg(gebruiker.actor(), zaak, Formulierinvoer.overtredingId(velden),
                    Formulierinvoer.vervolg(velden));
            case "verwijzingstap" -> verwijzingen.status(gebruiker.actor(), zaak, Formulierinvoer.verwijzingId(velden),
                    Formulierinvoer.versie(velden), Formulierinvoer.verwijzingstap(velden));
            case "verwijzing" -> verwijzingen.aanmelden(gebruiker.actor(), zaak, Formulierinvoer.verwijzing(velden));
            case "monitoringverlenging" -> levensloop.monitoringVerlenging(gebruiker.actor(), zaak,
                    Formulierinvoer.versie(velden), Formulierinvoer.monitoringverlenging(velden));
            case "afsluiting" -> levensloop.afsluiting(gebruiker.actor(), zaak, Formulierinvoer.versie(velden),
                    Formulierinvoer.afsluiting(velden));
            case "intrekking" -> levensloop.intrekking(gebruiker.actor(), zaak, Formulierinvoer.versie(velden),
                    Formulierinvoer.intrekking(velden));
            case "toestemming" -> toestemmingen.registreer(gebruiker.actor(), Toestemminginvoer.registratie(velden));
            case "toestemmingintrekking" -> toestemmingen.trekIn(gebruiker.actor(), Toestemminginvoer.toestemmingId(velden),
                    Toestemminginvoer.intrekking(velden));
            case "verblijf" -> verblijf.schrijf(gebruiker.actor(), zaak, Uhginvoer.persoon(velden), null,
                    Uhginvoer.verblijf(velden));
            case "opvang" -> opvang.besluit(gebruiker.actor(), zaak, Uhginvoer.persoon(velden), null,
                    Uhginvoer.opvang(velden));
            case "politieverzoek" -> politieverzoeken.vraag(gebruiker.actor(), zaak, Uhginvoer.politieverzoek(velden));
            case "politieverzoekantwoord" -> politieverzoeken.beantwoord(gebruiker.actor(), zaak, Uhginvoer.verzoekId(velden),
                    Uhginvoer.antwoord(velden));
            default -> vervolg.actie(zaak, formulier, velden);
        };
    }

    /** A refused form: invalid fields and conflicts show the page again with the form as sent; others the error page. */
    private Uni<Response> terug(UUID zaak, String formulier, Map<String, String> velden, ProblemException e) {
        Problem p = e.problem();
        if (p.status() != 400 && p.status() != 409 && p.status() != 412) {
            return Uni.createFrom().failure(e);
        }
        Map<String, String> fouten = new HashMap<>();
        if (p.invalidParams() != null) {
            p.invalidParams().forEach(f -> fouten.putIfAbsent(f.name(), f.reason()));
        }
        String melding = switch (p.status()) {
            case 412 ->
                "Iemand anders heeft deze zaak intussen gewijzigd. Hieronder staat de nieuwe stand; controleer uw invoer en verstuur opnieuw.";
            case 409 -> p.detail();
            default -> "Het formulier is niet verstuurd: verbeter de velden hieronder.";
        };
        if (formulier.equals("verwijzingstap") && fouten.containsKey("datum")) {
            // the step's date is the API's datum; the page names its field stapdatum (one per referral)
            fouten.put("stapdatum", fouten.remove("datum"));
        }
        Map<String, String> waarden = new HashMap<>(velden);
        waarden.remove(Formuliersleutel.VELD);
        Zaakscherm.Formulier ingevuld = new Zaakscherm.Formulier(formulier, waarden, fouten, melding);
        // a form of a sub-page comes back on that page, beside its field
        if (Uhginvoer.FORMULIEREN.contains(formulier)) {
            return uhgpagina.toon(zaak, null, ingevuld, p.status());
        }
        if (Vervolginvoer.PAGINA.containsKey(formulier)) {
            return vervolg.toon(zaak, Vervolginvoer.PAGINA.get(formulier), null, ingevuld, p.status());
        }
        if (formulier.equals("vervolg")) {
            return overtredingenpagina(zaak, null, ingevuld, p.status());
        }
        if ((formulier.equals("verwijzingstap") || formulier.startsWith("toestemming")) && velden.get("persoon") != null) {
            return persoonpagina.toon(zaak, zaakId(velden.get("persoon")), null, ingevuld, p.status());
        }
        return pagina(zaak, null, ingevuld, p.status());
    }

    /** The case page: one read of the case, as {@code GET /huisverboden/{id}} (its parts with more reads have pages). */
    private Uni<Response> pagina(UUID id, String melding, Zaakscherm.Formulier ingevuld, int status) {
        Kader kader = gebruiker.kader("zaak", melding);
        return toegang.lees(gebruiker.actor(), id).map(inzage -> {
            HuisverbodView view = HuisverbodView.of(inzage, clock.instant());
            return Schermuitvoer.html(status, Schermen.zaak(kader,
                    Zaakschermbouwer.bouw(view, gebruiker.actor(), clock.instant(), ingevuld)));
        });
    }

    /** The case's history, as {@code GET /huisverboden/{id}/geschiedenis}: every entry only as the policy shows it. */
    @GET
    @Path("/geschiedenis")
    public Uni<Response> geschiedenis(@PathParam("id") String id) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            UUID zaak = zaakId(id);
            Kader kader = gebruiker.kader("zaak", null);
            return toegang.geschiedenis(gebruiker.actor(), zaak).map(g -> Schermuitvoer.ok(Schermen.deel(kader,
                    zaak.toString(), "Geschiedenis van het huisverbod", "Geschiedenis van het huisverbod",
                    List.of(Zaakschermbouwer.geschiedenis(g)), List.of(), Zaakscherm.Formulier.leeg(), null)));
        });
    }

    /**
     * The case's violations, as {@code GET /huisverboden/{id}/overtredingen}, with the police's follow-up form for each
     * confirmed or reported violation that has none yet.
     */
    @GET
    @Path("/overtredingen")
    public Uni<Response> overtredingen(@PathParam("id") String id, @QueryParam("gedaan") String gedaan) {
        return Schermuitvoer.veilig(gebruiker,
                () -> overtredingenpagina(zaakId(id), Meldingen.van(gedaan), Zaakscherm.Formulier.leeg(), 200));
    }

    /** The violations page; a refused follow-up form comes back on it beside its field. */
    private Uni<Response> overtredingenpagina(UUID zaak, String melding, Zaakscherm.Formulier ingevuld, int status) {
        Kader kader = gebruiker.kader("zaak", melding);
        boolean politie = gebruiker.actor().rol() == nl.thvhub.platform.security.Rol.POLITIE_THV
                || gebruiker.actor().rol() == nl.thvhub.platform.security.Rol.WIJKAGENT;
        return overtredingen.lijst(gebruiker.actor(), zaak).map(l -> Schermuitvoer.html(status, Schermen.overtredingen(kader,
                zaak.toString(), l.stream().map(o -> new Schermen.Overtredingregel(o.id().toString(),
                        Labels.moment(o.moment()), Labels.code(o.soort()), Labels.code(o.melder()), o.omschrijving(),
                        Labels.code(o.status()), o.vervolgactie() == null ? null : Labels.code(o.vervolgactie()),
                        politie && o.vervolgactie() == null
                                && o.status() != nl.thvhub.signalen.Overtreding.Status.AFGEWEZEN))
                        .toList(),
                java.util.Arrays.stream(nl.thvhub.huisverbod.Vervolgactie.values())
                        .map(a -> new Zaakscherm.Keuze(a.name(), Labels.code(a))).toList(),
                ingevuld)));
    }

    /** The UHG's page: where he stays, shelter, requests to the police, and the forms the reader's desk has there. */
    @GET
    @Path("/uithuisgeplaatste")
    public Uni<Response> uithuisgeplaatste(@PathParam("id") String id, @QueryParam("gedaan") String gedaan) {
        return Schermuitvoer.veilig(gebruiker, () -> uhgpagina.toon(zaakId(id), Meldingen.van(gedaan),
                Zaakscherm.Formulier.leeg(), 200));
    }

    /**
     * Care that carries on (issue 35): the monitoring report, the conversation records and nazorg, each on its own page
     * with its forms.
     */
    @GET
    @Path("/{pagina: eindrapport|gesprekken|nazorg}")
    public Uni<Response> vervolg(@PathParam("id") String id, @PathParam("pagina") String pagina,
            @QueryParam("gedaan") String gedaan) {
        return Schermuitvoer.veilig(gebruiker,
                () -> vervolg.toon(zaakId(id), pagina, Meldingen.van(gedaan), Zaakscherm.Formulier.leeg(), 200));
    }

    /** The criminal track's registrations, as {@code GET /huisverboden/{id}/afdoeningen} (category STRAFRECHT). */
    @GET
    @Path("/strafrecht")
    public Uni<Response> strafrecht(@PathParam("id") String id, @QueryParam("gedaan") String gedaan) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            UUID zaak = zaakId(id);
            Kader kader = gebruiker.kader("zaak", Meldingen.van(gedaan));
            return strafrecht.versies(gebruiker.actor(), zaak).map(v -> Schermuitvoer.ok(Schermen.deel(kader,
                    zaak.toString(), "Strafrechtelijk traject", "Strafrechtelijk traject",
                    List.of(Zaakschermbouwer.afdoeningen(v)), List.of(), Zaakscherm.Formulier.leeg(), null)));
        });
    }

    /** Where a form's confirmation is shown: the page that holds the form, or shows its result. */
    private static String terugpad(String formulier, Map<String, String> velden) {
        return switch (formulier) {
            case "afdoening" -> "/strafrecht";
            case "verblijf", "opvang", "politieverzoek", "politieverzoekantwoord" -> "/uithuisgeplaatste";
            case "vervolg" -> "/overtredingen";
            case "eindrapport", "gesprek", "icm", "nazorgevaluatie", "nazorgeinde" -> "/" + Vervolginvoer.PAGINA.get(formulier);
            case "verwijzingstap", "toestemming", "toestemmingintrekking" -> velden.get("persoon") == null
                    ? ""
                    : "/personen/" + zaakId(velden.get("persoon"));
            default -> "";
        };
    }

    private static UUID zaakId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound();
        }
    }
}
