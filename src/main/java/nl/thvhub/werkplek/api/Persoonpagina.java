package nl.thvhub.werkplek.api;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.werkplek.api.Zaakscherm.Sectie;
import nl.thvhub.werkplek.api.Zaakscherm.Tabel;
import nl.thvhub.zorg.service.ContactmomentService;
import nl.thvhub.zorg.service.NetwerkService;
import nl.thvhub.zorg.service.ProbleemanalyseService;
import nl.thvhub.zorg.service.VerwijzingService;

/**
 * One person of a case (one thing per page): contact attempts, the analysis per life domain, referrals with the days
 * they wait, and the network — each read through the care record's own service, each shown only as the policy shows
 * it; a part the reader may not see says "Afgeschermd" with the reason from the case view.
 */
@jakarta.enterprise.context.RequestScoped
class Persoonpagina {

    private final Werkplekgebruiker gebruiker;
    private final Zaaktoegang toegang;
    private final ContactmomentService contactmomenten;
    private final ProbleemanalyseService analyses;
    private final VerwijzingService verwijzingen;
    private final NetwerkService netwerken;
    private final nl.thvhub.uhg.service.VerblijfService verblijf;
    private final nl.thvhub.uhg.service.OpvangService opvang;
    private final nl.thvhub.privacy.service.ToestemmingService toestemmingService;
    private final Clock clock;

    Persoonpagina(Werkplekgebruiker gebruiker, Zaaktoegang toegang, ContactmomentService contactmomenten,
            ProbleemanalyseService analyses, VerwijzingService verwijzingen, NetwerkService netwerken,
            nl.thvhub.uhg.service.VerblijfService verblijf, nl.thvhub.uhg.service.OpvangService opvang,
            nl.thvhub.privacy.service.ToestemmingService toestemmingService, Clock clock) {
        this.toestemmingService = toestemmingService;
        this.verblijf = verblijf;
        this.opvang = opvang;
        this.gebruiker = gebruiker;
        this.toegang = toegang;
        this.contactmomenten = contactmomenten;
        this.analyses = analyses;
        this.verwijzingen = verwijzingen;
        this.netwerken = netwerken;
        this.clock = clock;
    }

    /**
     * The person's page; {@code ingevuld} is a referral-step form the service refused, shown again beside its field with
     * the problem's text ({@code status} its status), else {@link Zaakscherm.Formulier#leeg}.
     */
    Uni<Response> toon(UUID zaak, UUID wie, String melding, Zaakscherm.Formulier ingevuld, int status) {
        Kader kader = gebruiker.kader("zaak", melding);
        List<Schermen.Verwijzingstap> stappen = new ArrayList<>();
        boolean schrijft = gebruiker.actor().rol() == nl.thvhub.platform.security.Rol.ZORGCOORDINATOR
                || gebruiker.actor().rol() == nl.thvhub.platform.security.Rol.SOCIAAL_TEAM
                || gebruiker.actor().rol() == nl.thvhub.platform.security.Rol.GEZINSMANAGER;
        return toegang.lees(gebruiker.actor(), zaak).chain(inzage -> {
            HuisverbodView v = HuisverbodView.of(inzage, clock.instant());
            HuisverbodView.BetrokkeneView p = v.betrokkenen() == null
                    ? null
                    : v.betrokkenen().stream().filter(b -> b.id().equals(wie)).findFirst().orElse(null);
            if (p == null) {
                // a person the reader may not see is not found, as a case out of reach is not
                throw ProblemException.notFound();
            }
            List<Sectie> secties = new ArrayList<>();
            return deel(contactmomenten.lijst(gebruiker.actor(), zaak), l -> new Sectie("contact", "Contactpogingen",
                    List.of(), tabel("Contactpogingen met deze persoon", List.of("Datum", "Vorm", "Bereikt", "Medewerking"),
                            l.stream().filter(c -> c.betrokkeneId().equals(wie))
                                    .map(c -> List.of(Labels.datum(c.datum()), Labels.code(c.vorm()),
                                            Labels.janee(c.bereikt()), Labels.code(c.medewerking())))
                                    .toList()),
                    List.of(), null), v, wie, Categorie.HULPVERLENING, "contact", "Contactpogingen")
                    .invoke(secties::add)
                    .chain(() -> deel(analyses.lees(gebruiker.actor(), zaak, wie), a -> new Sectie("analyse",
                            "Probleemanalyse per leefgebied", List.of(),
                            tabel("Leefgebieden", List.of("Leefgebied", "Score", "Toelichting"),
                                    a.leefgebieden().stream().map(r -> List.of(Labels.code(r.leefgebied()),
                                            Labels.code(r.score()), r.toelichting() == null ? "" : r.toelichting()))
                                            .toList()),
                            List.of(), null), v, wie, Categorie.HULPVERLENING, "analyse", "Probleemanalyse per leefgebied"))
                    .invoke(secties::add)
                    .chain(() -> deel(verwijzingen.lijst(gebruiker.actor(), zaak).invoke(l -> l.stream()
                            .filter(r -> schrijft && r.betrokkeneId().equals(wie) && !r.status().volgende().isEmpty())
                            .forEach(r -> stappen.add(new Schermen.Verwijzingstap(r.id().toString(), wie.toString(),
                                    r.naar(),
                                    Labels.code(r.status()), r.versie(), r.status().volgende().stream().sorted()
                                            .map(st -> new Zaakscherm.Keuze(st.name(), Labels.code(st))).toList())))),
                            l -> new Sectie("verwijzingen",
                                    "Verwijzingen", List.of(),
                                    tabel("Verwijzingen van deze persoon",
                                            List.of("Naar", "Aangemeld op", "Status", "Dagen wachten"),
                                            l.stream().filter(r -> r.betrokkeneId().equals(wie))
                                                    .map(r -> List.of(r.naar(), Labels.datum(r.aangemeldOp()),
                                                            Labels.code(r.status()),
                                                            r.wachttijdDagen() == null
                                                                    ? ""
                                                                    : r.wachttijdDagen().toString()))
                                                    .toList()),
                                    List.of(), null),
                            v, wie, Categorie.HULPVERLENING, "verwijzingen", "Verwijzingen"))
                    .invoke(secties::add)
                    .chain(() -> deel(netwerken.lees(gebruiker.actor(), zaak, wie), n -> new Sectie("netwerk", "Netwerk",
                            List.of(),
                            tabel("Netwerk van deze persoon",
                                    List.of("Relatie", "Naam", "Telefoon", "Rol in het veiligheidsplan"),
                                    n.contacten().stream().map(c -> List.of(Labels.code(c.relatie()), c.naam(),
                                            c.telefoon() == null ? "" : c.telefoon(),
                                            c.rolInVeiligheidsplan() == null ? "" : c.rolInVeiligheidsplan())).toList()),
                            List.of(), null), v, wie, Categorie.NETWERK, "netwerk", "Netwerk"))
                    .invoke(secties::add)
                    .chain(() -> p.rol() != nl.thvhub.huisverbod.BetrokkeneRol.UITHUISGEPLAATSTE
                            ? Uni.createFrom().voidItem()
                            : verblijf.lees(gebruiker.actor(), zaak, wie)
                                    .invoke(vb -> secties.add(Uhgsecties.verblijf(vb, v)))
                                    .chain(() -> opvang.lees(gebruiker.actor(), zaak, wie))
                                    .invoke(o -> secties.add(Uhgsecties.opvang(o, v))).replaceWithVoid())
                    .chain(() -> toestemmingen(wie))
                    .map(t -> Schermuitvoer.html(status, Schermen.deel(kader, v.id().toString(),
                            "Persoon in een huisverbod",
                            p.naam() + " (" + Labels.code(p.rol()).toLowerCase(java.util.Locale.ROOT) + ")", secties,
                            stappen, ingevuld, t)));
        });
    }

    /**
     * The person's consents and the forms to register and withdraw one, for the desks that record consent (the
     * coordinators and Veilig Thuis, issue 32); null for every other desk.
     */
    private Uni<Schermen.Toestemmingen> toestemmingen(UUID wie) {
        nl.thvhub.platform.security.Rol rol = gebruiker.actor().rol();
        if (!rol.isCoordinator() && rol != nl.thvhub.platform.security.Rol.VEILIG_THUIS) {
            return Uni.createFrom().nullItem();
        }
        return toestemmingService.vanBetrokkene(gebruiker.actor(), wie).map(l -> new Schermen.Toestemmingen(wie.toString(),
                l.stream().map(t -> new Schermen.Toestemmingregel(t.id().toString(), Labels.naam(t.categorie()),
                        Labels.naam(t.ontvanger()), t.doel(), Labels.code(t.vorm()),
                        // valid until the start of the day after: the last day it holds, as the form asked it
                        Labels.datum(java.time.LocalDate.ofInstant(t.geldigTot().minusSeconds(1),
                                nl.thvhub.huisverbod.Huisverbod.TIJDZONE)),
                        t.geldig() ? "geldig" : t.ingetrokkenOp() != null ? "ingetrokken" : "verlopen", t.geldig()))
                        .toList(),
                java.util.Arrays.stream(Categorie.values()).filter(c -> c != Categorie.KERN)
                        .map(c -> new Zaakscherm.Keuze(c.name(), Labels.naam(c))).toList(),
                java.util.Arrays.stream(nl.thvhub.platform.security.Organisatie.values())
                        .map(o -> new Zaakscherm.Keuze(o.name(), Labels.naam(o))).toList(),
                toestemmingService.doelen().entrySet().stream()
                        .map(d -> new Zaakscherm.Keuze(d.getKey(), d.getValue())).toList(),
                Zaakscherm.Formulieren.keuzes(nl.thvhub.privacy.Toestemmingsvorm.values())));
    }

    /**
     * One part of the page: its section, or — where the care record's service refuses it (403, or 404 for a person or
     * part out of reach) — "Afgeschermd" with the case view's explanation for that category and person.
     */
    private static <T> Uni<Sectie> deel(Uni<T> lezen, Function<T, Sectie> sectie, HuisverbodView v, UUID wie, Categorie c,
            String anker, String titel) {
        return lezen.map(sectie).map(s -> s.tabel() == null && s.leeg() == null
                ? new Sectie(s.id(), s.titel(), s.velden(), null, s.afgeschermd(), "Niets vastgelegd.")
                : s).onFailure(ProblemException.class).recoverWithItem(e -> {
                    int status = ((ProblemException) e).problem().status();
                    if (status != 403 && status != 404) {
                        throw (ProblemException) e;
                    }
                    List<String> uitleg = v.onthoudenUitleg().stream()
                            .filter(o -> o.categorie() == c && (o.betrokkeneId() == null || o.betrokkeneId().equals(wie)))
                            .map(o -> "Afgeschermd: " + Labels.naam(o.categorie()) + " — " + Labels.reden(o.reden())
                                    + ". Grondslag: " + o.grondslag() + ".")
                            .distinct().toList();
                    return new Sectie(anker, titel, List.of(), null,
                            uitleg.isEmpty() ? List.of("Afgeschermd: " + Labels.naam(c) + " — niet voor u.") : uitleg, null);
                });
    }

    private static Tabel tabel(String bijschrift, List<String> kolommen, List<List<String>> rijen) {
        return rijen.isEmpty() ? null : new Tabel(bijschrift, kolommen, rijen);
    }

}
