package nl.thvhub.werkplek.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Gebeurtenis;
import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.privacy.Categorie;
import nl.thvhub.strafrecht.Afdoening;
import nl.thvhub.werkplek.Aftellen;
import nl.thvhub.werkplek.api.Zaakscherm.Keuze;
import nl.thvhub.werkplek.api.Zaakscherm.Sectie;
import nl.thvhub.werkplek.api.Zaakscherm.Tabel;
import nl.thvhub.werkplek.api.Zaakscherm.Veld;

/**
 * Lays out the case page from the API's own case view: every value and every "Afgeschermd" comes from what the view
 * holds and its {@code onthoudenUitleg}; the page decides nothing the policy did not.
 */
final class Zaakschermbouwer {

    private Zaakschermbouwer() {
    }

    static Zaakscherm bouw(HuisverbodView v, Actor lezer, Instant nu, Zaakscherm.Formulier ingevuld) {
        Map<UUID, String> namen = v.betrokkenen() == null
                ? Map.of()
                : v.betrokkenen().stream().collect(Collectors.toMap(HuisverbodView.BetrokkeneView::id,
                        p -> p.naam() + " (" + Labels.code(p.rol()).toLowerCase(java.util.Locale.ROOT) + ")"));
        List<Sectie> secties = new ArrayList<>();
        secties.add(status(v, nu, namen));
        secties.add(new Sectie("adres", "Adres van het huisverbod",
                v.adres() == null
                        ? List.of()
                        : List.of(new Veld("Adres", v.adres().straat() + " " + v.adres().huisnummer() + ", "
                                + v.adres().postcode() + " " + v.adres().plaats())),
                null, afgeschermd(v, namen, Categorie.WONING), null));
        secties.add(personen(v, namen));
        secties.add(new Sectie("verblijf", "Verblijf", verblijf(v), null,
                afgeschermd(v, namen, Categorie.VERBLIJF_UHG, Categorie.VERBLIJF_AB), null));
        secties.add(new Sectie("geweld", "Geweld",
                v.geweld() == null
                        ? List.of()
                        : List.of(new Veld("Type", Labels.code(v.geweld().type())),
                                new Veld("Ernst", Labels.code(v.geweld().ernst())),
                                new Veld("Intieme terreur", Labels.code(v.geweld().intiemeTerreur()))),
                null, afgeschermd(v, namen, Categorie.GEWELD), null));
        secties.add(hulpverlening(v, namen));
        secties.add(strafrecht(v, namen));
        secties.add(overtredingen(v, namen));
        secties.add(taken(v, namen, nu));
        secties.add(new Sectie("geschiedenis", "Geschiedenis", List.of(), null, List.of(), null));
        secties.add(new Sectie("afgeschermd", "Wat u van deze zaak niet ziet", List.of(), null, alleAfgeschermd(v, namen),
                v.onthoudenUitleg().isEmpty() ? "U ziet alle gegevens van deze zaak." : null));
        secties.replaceAll(Zaakschermbouwer::metLeeg);
        List<Keuze> personen = v.betrokkenen() == null
                ? List.of()
                : v.betrokkenen().stream().filter(p -> p.rol() != BetrokkeneRol.KIND)
                        .map(p -> new Keuze(p.id().toString(), namen.get(p.id()))).toList();
        String pad = "/werkplek/huisverboden/" + v.id();
        secties.replaceAll(s -> switch (s.id()) {
            case "personen" -> s.met(personen.stream()
                    .map(p -> new Keuze(pad + "/personen/" + p.waarde(),
                            p.label() + ": contact, analyse, verwijzingen, netwerk"))
                    .toList());
            case "verblijf" -> s.met(v.betrokkenen() == null
                    ? List.of()
                    : v.betrokkenen().stream().filter(p -> p.rol() == BetrokkeneRol.UITHUISGEPLAATSTE)
                            .map(p -> new Keuze(pad + "/uithuisgeplaatste",
                                    "Verblijfplek, opvang en verzoeken aan de politie voor " + namen.get(p.id())))
                            .toList());
            case "strafrecht" -> s.velden().isEmpty()
                    ? s
                    : s.met(List.of(new Keuze(pad + "/strafrecht", "Registraties van het strafrechtelijk traject")));
            case "overtredingen" -> s.velden().isEmpty()
                    ? s
                    : s.met(List.of(new Keuze(pad + "/overtredingen", "De overtredingen en hun opvolging")));
            case "geschiedenis" -> s.met(List.of(new Keuze(pad + "/geschiedenis", "Bekijk wat er met deze zaak gebeurde")));
            case "status" -> lezer.organisatie() == nl.thvhub.platform.security.Organisatie.POLITIE
                    || lezer.organisatie() == nl.thvhub.platform.security.Organisatie.VEILIG_THUIS
                            ? s.met(List.of(new Keuze("/werkplek/rihg?huisverbod=" + v.id(),
                                    "De RiHG die tot dit huisverbod leidde registreren")))
                            : s;
            // the care that carries on has its own pages (issue 35); they say themselves what the reader may not see
            case "hulpverlening" -> v.onthoudenUitleg().stream()
                    .anyMatch(o -> o.categorie() == Categorie.HULPVERLENING && o.betrokkeneId() == null)
                            ? s
                            : s.met(List.of(new Keuze(pad + "/eindrapport", "Eindrapport van de monitoring"),
                                    new Keuze(pad + "/gesprekken", "Gesprekken met het gezin"),
                                    new Keuze(pad + "/nazorg", "Nazorg en intensieve casemanagement")));
            default -> s;
        });
        List<String> acties = v.toegestaneActies() == null ? List.of() : v.toegestaneActies();
        boolean loopt = v.toegestaneActies() != null;
        Rol rol = lezer.rol();
        boolean coordinator = rol == Rol.ZORGCOORDINATOR || rol == Rol.SOCIAAL_TEAM || rol == Rol.GEZINSMANAGER;
        // a form is offered where the desk's role sends it and the case's state allows it (toegestaneActies)
        Zaakscherm.Formulieren formulieren = new Zaakscherm.Formulieren(loopt && rol == Rol.OM_ZSM,
                loopt && !personen.isEmpty() && coordinator, loopt && (rol == Rol.POLITIE_THV || rol == Rol.WIJKAGENT),
                loopt && rol == Rol.OM_ZSM && v.eindmoment() != null && v.eindmoment().isAfter(nu),
                loopt && rol == Rol.OM_ZSM && v.eindmoment() != null && v.eindmoment().isAfter(nu),
                rol == Rol.VEILIG_THUIS && acties.contains(nl.thvhub.huisverbod.Actie.TOEWIJZING.pad()),
                coordinator && acties.contains(nl.thvhub.huisverbod.Actie.VERLENGINGSADVIES.pad()),
                rol == Rol.GEMEENTE && acties.contains(nl.thvhub.huisverbod.Actie.VERLENGINGSBESLUIT.pad()),
                (rol == Rol.GEMEENTE || rol == Rol.POLITIE_THV) && acties.contains(nl.thvhub.huisverbod.Actie.INTREKKING.pad()),
                loopt && !personen.isEmpty() && coordinator,
                coordinator && acties.contains(nl.thvhub.huisverbod.Actie.AFSLUITING.pad()),
                coordinator && v.status() == nl.thvhub.huisverbod.Status.MONITORING, v.versie(), personen,
                v.betrokkenen() == null
                        ? List.of()
                        : v.betrokkenen().stream().map(p -> new Keuze(p.id().toString(), namen.get(p.id()))).toList(),
                ingevuld);
        return new Zaakscherm(v.id(), v.registratienummer(), Labels.code(v.status()),
                v.opgelegdOp() == null || v.eindmoment() == null ? "" : Aftellen.dag(v.opgelegdOp(), v.eindmoment(), nu),
                Labels.moment(v.eindmoment()), v.eindmoment() == null ? "" : Aftellen.tot(v.eindmoment(), nu), secties,
                formulieren);
    }

    /**
     * A section with neither values nor an explanation says that nothing was recorded: an empty section must never look
     * like "nothing" when it means "not shown", nor the other way round.
     */
    private static Sectie metLeeg(Sectie s) {
        boolean leeg = s.velden().isEmpty() && s.tabel() == null && s.afgeschermd().isEmpty() && s.leeg() == null
                && !s.id().equals("geschiedenis");
        // the history's section only leads to its page
        return leeg ? new Sectie(s.id(), s.titel(), s.velden(), null, s.afgeschermd(), "Niets vastgelegd.") : s;
    }

    private static Sectie status(HuisverbodView v, Instant nu, Map<UUID, String> namen) {
        List<Veld> velden = new ArrayList<>();
        velden.add(new Veld("Status", Labels.code(v.status())));
        velden.add(new Veld("Opgelegd op", Labels.moment(v.opgelegdOp())));
        velden.add(new Veld("Eindigt op", Labels.moment(v.eindmoment())));
        velden.add(new Veld("Verlengd", Labels.janee(v.verlengd())));
        velden.add(new Veld("Herhaling", Labels.janee(v.herhaling())));
        velden.add(new Veld("Gemeente", Labels.code(v.gemeente())));
        if (v.wijk() != null) {
            velden.add(new Veld("Wijk", v.wijk()));
        }
        velden.add(new Veld("Coördinerende organisatie", Labels.naam(v.coordinerendeOrganisatie())));
        if (v.monitoringEinde() != null) {
            velden.add(new Veld("Monitoring tot", Labels.moment(v.monitoringEinde())));
        }
        String toegewezen = v.toewijzingen() == null || v.toewijzingen().isEmpty()
                ? "nog niemand"
                : v.toewijzingen().stream().map(t -> Labels.naam(t.rol()) + ": " + t.gebruikersnaam() + dekking(t, namen))
                        .collect(Collectors.joining("; "));
        velden.add(new Veld("Toegewezen", toegewezen));
        velden.addAll(verlenging(v));
        return new Sectie("status", "Status en termijnen", velden, null, List.of(), null);
    }

    /**
     * The advice on extension and the mayor's decision, as the view gives them: the grounds and the motivation only to a
     * reader of VERLENGINGSADVIES (the gemeente weighs them), else "afgeschermd" named.
     */
    private static List<Veld> verlenging(HuisverbodView v) {
        List<Veld> velden = new ArrayList<>();
        HuisverbodView.AdviesView a = v.verlengingsadvies();
        if (a != null) {
            boolean afgeschermd = v.onthouden() != null && v.onthouden().contains(Categorie.VERLENGINGSADVIES);
            velden.add(new Veld("Verlengingsadvies", Labels.code(a.advies()) + " (" + Labels.moment(a.gegevenOp()) + ")"));
            if (a.gronden() != null && !a.gronden().isEmpty()) {
                velden.add(new Veld("Gronden", a.gronden().stream().map(Labels::naam).collect(Collectors.joining("; "))));
            }
            velden.add(new Veld("Motivering van het advies", a.motivering() != null
                    ? a.motivering()
                    : afgeschermd ? "Afgeschermd (verlengingsadvies: niet in uw taak)" : "geen"));
        }
        HuisverbodView.VerlengingsbesluitView b = v.verlengingsbesluit();
        if (b != null) {
            velden.add(new Veld("Besluit over verlenging", Labels.code(b.besluit()) + " (" + Labels.moment(b.genomenOp())
                    + ")" + (b.motivering() == null ? "" : ": " + b.motivering())));
        }
        return velden;
    }

    /** Whom an assignment covers, when not everyone (a coordinator for the victims, one for the UHG). */
    private static String dekking(HuisverbodView.ToewijzingView t, Map<UUID, String> namen) {
        if (t.betrokkenen() == null) {
            return "";
        }
        return " (voor " + t.betrokkenen().stream().map(id -> namen.getOrDefault(id, "een betrokkene"))
                .collect(Collectors.joining(", ")) + ")";
    }

    private static Sectie personen(HuisverbodView v, Map<UUID, String> namen) {
        List<List<String>> rijen = new ArrayList<>();
        if (v.betrokkenen() != null) {
            for (HuisverbodView.BetrokkeneView p : v.betrokkenen()) {
                boolean hulpAfgeschermd = v.onthouden().contains(Categorie.HULPVERLENING);
                String contact = hulpAfgeschermd ? "afgeschermd" : "geen";
                if (v.laatsteContact() != null && v.laatsteContact().betrokkeneId().equals(p.id())) {
                    contact = Labels.datum(v.laatsteContact().datum()) + ", "
                            + (v.laatsteContact().bereikt() ? "bereikt" : "niet bereikt");
                }
                String bereikt = p.rol() != BetrokkeneRol.UITHUISGEPLAATSTE
                        ? "niet van toepassing"
                        : v.uhgBereikt() != null
                                ? Labels.janee(v.uhgBereikt())
                                : hulpAfgeschermd ? "afgeschermd" : "nog niet";
                rijen.add(List.of(p.naam(), Labels.code(p.rol()), Labels.datum(p.geboortedatum()), bereikt, contact));
            }
        }
        Tabel tabel = rijen.isEmpty()
                ? null
                : new Tabel("Personen in deze zaak",
                        List.of("Naam", "Rol", "Geboortedatum", "Uithuisgeplaatste bereikt", "Laatste contact"), rijen);
        return new Sectie("personen", "Personen", List.of(), tabel,
                afgeschermd(v, namen, Categorie.IDENTITEIT, Categorie.KINDEREN), null);
    }

    private static List<Veld> verblijf(HuisverbodView v) {
        List<Veld> velden = new ArrayList<>();
        if (v.verblijfUhg() != null) {
            velden.add(new Veld("Uithuisgeplaatste verblijft", v.verblijfUhg()));
        }
        if (v.verblijfAchterblijvers() != null) {
            velden.add(new Veld("Achterblijvers verblijven", v.verblijfAchterblijvers()));
        }
        return velden;
    }

    private static Sectie hulpverlening(HuisverbodView v, Map<UUID, String> namen) {
        List<Veld> velden = new ArrayList<>();
        if (v.hulpverlening() != null) {
            velden.add(new Veld("Plan", v.hulpverlening().plan() == null ? "nog geen" : v.hulpverlening().plan()));
            velden.add(new Veld("Veiligheidsafspraken", v.hulpverlening().veiligheidsafspraken() == null
                    ? "nog geen"
                    : v.hulpverlening().veiligheidsafspraken()));
        }
        if (v.monitoring() != null && v.monitoring().laatstePeilmoment() != null) {
            velden.add(new Veld("Monitoring", v.monitoring().opSchema() ? "op schema" : "achter op schema"));
        }
        if (v.monitoring() != null && v.monitoring().verlenging() != null) {
            velden.add(new Veld("Monitoring verlengd tot", Labels.moment(v.monitoringEinde()) + " — "
                    + Labels.code(v.monitoring().verlenging().reden()) + ": " + v.monitoring().verlenging().toelichting()));
        }
        if (v.monitoring() != null && v.monitoring().beeindiging() != null) {
            velden.add(new Veld("Monitoring beëindigd", Labels.moment(v.monitoring().beeindiging().op())
                    + (v.monitoring().beeindiging().grond() == null
                            ? ""
                            : " — " + Labels.code(v.monitoring().beeindiging().grond()))));
        }
        return new Sectie("hulpverlening", "Hulpverlening", velden, null,
                afgeschermd(v, namen, Categorie.HULPVERLENING, Categorie.GGZ, Categorie.NETWERK, Categorie.GEZONDHEID),
                v.hulpverlening() == null && !v.onthouden().contains(Categorie.HULPVERLENING) ? "Nog niets vastgelegd." : null);
    }

    private static Sectie strafrecht(HuisverbodView v, Map<UUID, String> namen) {
        List<Veld> velden = v.strafrechtelijkTraject() == null
                ? List.of()
                : List.of(new Veld("Strafrechtelijk traject", Labels.janee(v.strafrechtelijkTraject())));
        return new Sectie("strafrecht", "Strafrechtelijk traject", velden, null,
                afgeschermd(v, namen, Categorie.STRAFRECHT, Categorie.RECLASSERINGSADVIES, Categorie.ZORGADVIES), null);
    }

    private static Sectie overtredingen(HuisverbodView v, Map<UUID, String> namen) {
        List<Veld> velden = v.overtredingen() == null
                ? List.of()
                : List.of(new Veld("Aantal", Integer.toString(v.overtredingen().aantal())),
                        new Veld("Vermoed, nog niet beoordeeld", Integer.toString(v.overtredingen().vermoed())),
                        new Veld("Zonder vervolg", Integer.toString(v.overtredingen().zonderVervolg())));
        return new Sectie("overtredingen", "Overtredingen", velden, null, afgeschermd(v, namen, Categorie.OVERTREDINGEN),
                null);
    }

    private static Sectie taken(HuisverbodView v, Map<UUID, String> namen, Instant nu) {
        List<List<String>> rijen = v.taken() == null
                ? List.of()
                : v.taken().stream().map(t -> List.of(Labels.code(t.soort()),
                        t.betrokkeneId() == null ? "" : namen.getOrDefault(t.betrokkeneId(), Labels.code(t.betrokkeneRol())),
                        Labels.moment(t.vervaltOp()), Aftellen.tot(t.vervaltOp(), nu))).toList();
        return new Sectie("taken", "Open taken", List.of(),
                rijen.isEmpty()
                        ? null
                        : new Tabel("Open taken van deze zaak", List.of("Taak", "Over", "Vervalt op", "Termijn"), rijen),
                List.of(), rijen.isEmpty() ? "Geen open taken die u mag zien." : null);
    }

    /** The criminal track's registrations, newest first: its own page (one read, as the API's list of versions). */
    static Sectie afdoeningen(List<Afdoening.Versie> versies) {
        List<List<String>> rijen = versies.stream().map(a -> List.of(Integer.toString(a.versie()),
                Labels.moment(a.geregistreerdOp()), a.beslissing() == null ? "" : Labels.code(a.beslissing()),
                Labels.datum(a.zsmBeoordelingDatum()), a.parketnummer() == null ? "" : a.parketnummer(),
                a.sepotGrond() == null ? "" : a.sepotGrond(),
                a.bijzondereVoorwaarden() == null ? "" : a.bijzondereVoorwaarden())).toList();
        return metLeeg(new Sectie("afdoeningen", "Registraties van het strafrechtelijk traject", List.of(),
                rijen.isEmpty()
                        ? null
                        : new Tabel("Registraties, nieuwste eerst", List.of("Versie", "Geregistreerd op", "Beslissing",
                                "ZSM-beoordeling", "Parketnummer", "Sepotgrond", "Bijzondere voorwaarden"), rijen),
                List.of(), null));
    }

    static Sectie geschiedenis(List<Gebeurtenis> geschiedenis) {
        List<List<String>> rijen = geschiedenis.stream()
                .map(g -> List.of(Labels.moment(g.tijdstip()), Labels.code(g.soort()),
                        g.actor() == null
                                ? "afgeschermd"
                                : g.actor() + (g.organisatie() == null ? "" : ", " + Labels.naam(g.organisatie()))))
                .toList();
        return new Sectie("geschiedenis", "Geschiedenis", List.of(),
                rijen.isEmpty() ? null : new Tabel("Wat er met deze zaak gebeurde", List.of("Wanneer", "Wat", "Door"), rijen),
                List.of(), rijen.isEmpty() ? "Geen gebeurtenissen die u mag zien." : null);
    }

    /** The explanations of these categories, in words: the category, the person where it is about one, why, the basis. */
    private static List<String> afgeschermd(HuisverbodView v, Map<UUID, String> namen, Categorie... categorieen) {
        List<Categorie> gevraagd = List.of(categorieen);
        return v.onthoudenUitleg().stream().filter(o -> gevraagd.contains(o.categorie()))
                .map(o -> uitleg(o, namen)).distinct().toList();
    }

    private static List<String> alleAfgeschermd(HuisverbodView v, Map<UUID, String> namen) {
        return v.onthoudenUitleg().stream().map(o -> uitleg(o, namen)).distinct().toList();
    }

    private static String uitleg(HuisverbodView.OnthoudingView o, Map<UUID, String> namen) {
        String over = o.betrokkeneId() == null ? "" : " over " + namen.getOrDefault(o.betrokkeneId(), "een betrokkene");
        return "Afgeschermd: " + Labels.naam(o.categorie()) + over + " — " + Labels.reden(o.reden()) + ". Grondslag: "
                + o.grondslag() + ".";
    }
}
