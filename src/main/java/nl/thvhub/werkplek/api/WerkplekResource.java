package nl.thvhub.werkplek.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.Taak;
import nl.thvhub.huisverbod.Taaksoort;
import nl.thvhub.huisverbod.Zoekfilter;
import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.huisverbod.service.Werkvoorraad;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.notificaties.service.InboxService;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.strafrecht.service.Prioriteiten;
import nl.thvhub.werkplek.Aftellen;

/**
 * The werkplek's lists: the work queue (the start screen), the ZSM priority list and the inbox. Each reads through the
 * same service as its API call, so it decides, redacts and audits the same, under the role's default purpose.
 */
@Path("/werkplek")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class WerkplekResource {

    private static final int LIMIET = 100;

    private final Werkplekgebruiker gebruiker;
    private final Werkvoorraad werkvoorraad;
    private final Prioriteiten prioriteiten;
    private final InboxService inbox;
    private final Zaaktoegang toegang;

    public WerkplekResource(Werkplekgebruiker gebruiker, Werkvoorraad werkvoorraad, Prioriteiten prioriteiten,
            InboxService inbox, Zaaktoegang toegang) {
        this.gebruiker = gebruiker;
        this.werkvoorraad = werkvoorraad;
        this.prioriteiten = prioriteiten;
        this.inbox = inbox;
        this.toegang = toegang;
    }

    @GET
    public Uni<Response> start(@QueryParam("gedaan") String gedaan) {
        return taken(null, null, null, null, gedaan);
    }

    /** Where the login returns to (the client's redirect URI); Quarkus restores the page first asked for. */
    @GET
    @Path("/inloggen")
    public Response ingelogd() {
        return Response.seeOther(java.net.URI.create("/werkplek/")).build();
    }

    @GET
    @Path("/taken")
    public Uni<Response> taken(@QueryParam("soort") String soort, @QueryParam("verlopen") String verlopen,
            @QueryParam("mijn") String mijn, @QueryParam("huisverbod") String huisverbod, @QueryParam("gedaan") String gedaan) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            Kader kader = gebruiker.kader("taken", Meldingen.van(gedaan));
            if (!kader.werkvoorraad()) {
                return Uni.createFrom().item(Schermuitvoer.ok(Schermen.taken(kader, "Werkvoorraad", List.of(),
                        new Schermen.Takenfilter(List.of(), "", false, false, false))));
            }
            Taaksoort gekozen = taaksoort(soort);
            boolean alleenVerlopen = "ja".equals(verlopen);
            boolean alleenMijn = "ja".equals(mijn);
            Werkvoorraad.Vraag vraag = new Werkvoorraad.Vraag(gekozen == null ? List.of() : List.of(gekozen), null,
                    alleenVerlopen ? Boolean.TRUE : null, zaak(huisverbod), null, alleenMijn);
            return werkvoorraad.lijst(gebruiker.actor(), vraag, null, LIMIET).map(p -> {
                Instant nu = werkvoorraad.now();
                List<Schermen.Taakregel> regels = p.items().stream().map(t -> regel(t, nu)).toList();
                List<Zaakscherm.Keuze> soorten = new ArrayList<>();
                for (Taaksoort s : Taaksoort.values()) {
                    soorten.add(new Zaakscherm.Keuze(s.name(), Labels.code(s)));
                }
                return Schermuitvoer.ok(Schermen.taken(kader, "Werkvoorraad", regels, new Schermen.Takenfilter(soorten,
                        gekozen == null ? "" : gekozen.name(), alleenVerlopen, alleenMijn, p.volgende() != null)));
            });
        });
    }

    /** The cases the reader may see that run now (a wijkagent: those of the own wijk), ending first. */
    @GET
    @Path("/huisverboden")
    public Uni<Response> zaken() {
        return Schermuitvoer.veilig(gebruiker, () -> {
            Kader kader = gebruiker.kader("zaken", null);
            Instant nu = werkvoorraad.now();
            return toegang.lijst(gebruiker.actor(), new Zoekfilter(null, null, null, nu, null, nu), null, LIMIET)
                    .map(p -> Schermuitvoer.ok(Schermen.zaken(kader, p.items().stream().map(i -> {
                        HuisverbodView v = HuisverbodView.of(i, nu);
                        return new Schermen.Zaakregel(String.valueOf(v.id()), v.registratienummer(), Labels.code(v.status()),
                                v.adres() == null
                                        ? "afgeschermd"
                                        : v.adres().straat() + " " + v.adres().huisnummer() + ", " + v.adres().plaats(),
                                Labels.moment(v.eindmoment()),
                                v.opgelegdOp() == null ? "" : Aftellen.dag(v.opgelegdOp(), v.eindmoment(), nu));
                    }).toList(), p.volgende() != null)));
        });
    }

    @GET
    @Path("/zsm")
    public Uni<Response> zsm() {
        return Schermuitvoer.veilig(gebruiker, () -> {
            Kader kader = gebruiker.kader("zsm", null);
            return prioriteiten.prioriteitenlijst(gebruiker.actor(), null).map(l -> {
                Instant nu = l.opgesteldOp();
                java.util.function.Function<Prioriteiten.Sectie, List<Schermen.Lijstregel>> regels = sectie -> l.items()
                        .stream().filter(r -> r.sectie() == sectie)
                        .map(r -> new Schermen.Lijstregel(r.huisverbodId().toString(), r.registratienummer(),
                                Labels.code(r.gemeente()), Labels.moment(r.eindmoment()), Aftellen.tot(r.eindmoment(), nu),
                                r.urgent(), r.redenen().stream().map(Labels::naam).toList(),
                                // withheld is said as such, never as "nothing there"
                                r.zorginbrengAanwezig() == null
                                        ? "afgeschermd"
                                        : r.zorginbrengAanwezig() ? "aanwezig" : "nog niet"))
                        .toList();
                List<Schermen.Lijstsectie> secties = List.of(
                        new Schermen.Lijstsectie("Met strafrechtelijk traject",
                                "Lopende huisverboden met een strafrechtelijk traject zonder eindbeslissing, of waarvan het contactverbod niet op tijd ingaat.",
                                regels.apply(Prioriteiten.Sectie.STRAFTRAJECT)),
                        new Schermen.Lijstsectie("Zonder strafrechtelijk traject",
                                "Lopende huisverboden zonder strafrechtelijk traject die een herhaling zijn, twee of meer bevestigde overtredingen hebben of een zorginbreng met risico hoog.",
                                regels.apply(Prioriteiten.Sectie.ZONDER_STRAFTRAJECT)));
                return Schermuitvoer.ok(Schermen.zsm(kader, secties, Labels.moment(l.opgesteldOp())));
            });
        });
    }

    /** The priority list as CSV, the same file as the API's {@code Accept: text/csv} (and audited as that read). */
    @GET
    @Path("/zsm/lijst.csv")
    @Produces("text/csv")
    public Uni<Response> zsmCsv() {
        return Schermuitvoer.veilig(gebruiker, () -> prioriteiten.prioriteitenlijst(gebruiker.actor(), null)
                .map(l -> Response.ok(nl.thvhub.strafrecht.api.PrioriteitenlijstResource.csv(l))
                        .type("text/csv; charset=UTF-8")
                        .header("Content-Disposition", "attachment; filename=\"prioriteitenlijst.csv\"").build()));
    }

    @GET
    @Path("/inbox")
    public Uni<Response> inbox(@QueryParam("gedaan") String gedaan) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            Kader kader = gebruiker.kader("inbox", Meldingen.van(gedaan));
            return inbox.inbox(gebruiker.actor(), null, null, null, LIMIET).map(p -> Schermuitvoer.ok(Schermen.inbox(kader,
                    p.items().stream().map(n -> new Schermen.Inboxregel(n.id().toString(), Labels.code(n.type()),
                            n.huisverbodId() == null ? null : n.huisverbodId().toString(), Labels.moment(n.tijdstip()),
                            n.bevestigd())).toList())));
        });
    }

    @POST
    @Path("/inbox/{id}/bevestiging")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> bevestig(@PathParam("id") UUID id, @org.jboss.resteasy.reactive.RestForm("csrf") String csrf) {
        return Schermuitvoer.veilig(gebruiker, () -> {
            if (!gebruiker.formulierKlopt(csrf)) {
                throw ProblemException.forbidden(Meldingen.FORMULIER_ONGELDIG);
            }
            return inbox.bevestig(gebruiker.actor(), id)
                    .map(n -> Response.seeOther(java.net.URI.create("/werkplek/inbox?gedaan=bevestigd")).build());
        });
    }

    @GET
    @Path("/afgemeld")
    @PermitAll
    public Response afgemeld() {
        return Schermuitvoer.ok(Schermen.afgemeld());
    }

    private static Schermen.Taakregel regel(Taak t, Instant nu) {
        return new Schermen.Taakregel(Labels.code(t.soort()), t.huisverbodId().toString(), t.registratienummer(),
                t.betrokkeneRol() == null ? "" : Labels.code(t.betrokkeneRol()), Labels.moment(t.vervaltOp()),
                Aftellen.tot(t.vervaltOp(), nu), !nu.isBefore(t.vervaltOp()),
                t.houder() == null ? "" : t.houder().gebruikersnaam());
    }

    private static UUID zaak(String huisverbod) {
        try {
            return huisverbod == null || huisverbod.isBlank() ? null : UUID.fromString(huisverbod);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("huisverbod", "het id van een huisverbod");
        }
    }

    private static Taaksoort taaksoort(String soort) {
        if (soort == null || soort.isBlank()) {
            return null;
        }
        try {
            return Taaksoort.valueOf(soort);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("soort", "een taaksoort uit de lijst");
        }
    }
}
