package nl.thvhub.werkplek.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;

import io.smallrye.mutiny.Uni;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.Status;
import nl.thvhub.huisverbod.api.HuisverbodView;
import nl.thvhub.huisverbod.service.Zaaktoegang;
import nl.thvhub.opvolging.Eindrapport;
import nl.thvhub.opvolging.service.MonitoringService;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.werkplek.api.Zaakscherm.Sectie;
import nl.thvhub.werkplek.api.Zaakscherm.Tabel;
import nl.thvhub.werkplek.api.Zaakscherm.Veld;
import nl.thvhub.zorg.Gesprek;
import nl.thvhub.zorg.Nazorg;
import nl.thvhub.zorg.service.GesprekService;
import nl.thvhub.zorg.service.NazorgService;

/**
 * The pages of care that carries on (issue 35), each built from the API's own reads — the case view and the part (the
 * monitoring report, the conversation records, nazorg), each audited by its service — and the forms sent there, passed to
 * the service the API call uses. A part the policy keeps from the reader reads "Afgeschermd" with the service's reason.
 */
@RequestScoped
class Vervolgpagina {

    private final Werkplekgebruiker gebruiker;
    private final Zaaktoegang toegang;
    private final MonitoringService monitoring;
    private final GesprekService gesprekken;
    private final NazorgService nazorg;
    private final Clock clock;

    Vervolgpagina(Werkplekgebruiker gebruiker, Zaaktoegang toegang, MonitoringService monitoring,
            GesprekService gesprekken, NazorgService nazorg, Clock clock) {
        this.gebruiker = gebruiker;
        this.toegang = toegang;
        this.monitoring = monitoring;
        this.gesprekken = gesprekken;
        this.nazorg = nazorg;
        this.clock = clock;
    }

    /** A form of these pages, sent to its service; an unknown form is a 404. */
    Uni<?> actie(UUID zaak, String formulier, Map<String, String> velden) {
        var actor = gebruiker.actor();
        return switch (formulier) {
            case "eindrapport" -> monitoring.eindrapportVastleggen(actor, zaak, Formulierinvoer.versie(velden),
                    Vervolginvoer.eindrapport(velden));
            case "gesprek" -> gesprekken.vastleggen(actor, zaak, Vervolginvoer.gesprek(velden));
            case "icm" -> nazorg.icm(actor, zaak, Vervolginvoer.icm(velden));
            case "nazorgevaluatie" -> nazorg.evaluatie(actor, zaak, Vervolginvoer.nazorgId(velden),
                    Vervolginvoer.evaluatie(velden));
            case "nazorgeinde" -> nazorg.einde(actor, zaak, Vervolginvoer.nazorgId(velden), Vervolginvoer.einde(velden));
            default -> throw ProblemException.notFound();
        };
    }

    /** The page {@code pagina} (eindrapport, gesprekken, nazorg) of a case. */
    Uni<Response> toon(UUID zaak, String pagina, String melding, Zaakscherm.Formulier ingevuld, int status) {
        Kader kader = gebruiker.kader("zaak", melding);
        return toegang.lees(gebruiker.actor(), zaak).chain(inzage -> {
            HuisverbodView v = HuisverbodView.of(inzage, clock.instant());
            Uni<Vervolgscherm> scherm = switch (pagina) {
                case "eindrapport" -> monitoring.eindrapport(gebruiker.actor(), zaak).map(r -> eindrapport(v, r, ingevuld))
                        .onFailure(Vervolgpagina::geweigerd).recoverWithItem(e -> afgeschermd(v, pagina, e, ingevuld));
                case "gesprekken" -> gesprekken.lijst(gebruiker.actor(), zaak).map(l -> gesprekken(v, l, ingevuld))
                        .onFailure(Vervolgpagina::geweigerd).recoverWithItem(e -> afgeschermd(v, pagina, e, ingevuld));
                case "nazorg" -> nazorg.lijst(gebruiker.actor(), zaak).map(l -> nazorg(v, l, ingevuld))
                        .onFailure(Vervolgpagina::geweigerd).recoverWithItem(e -> afgeschermd(v, pagina, e, ingevuld));
                default -> throw ProblemException.notFound();
            };
            return scherm.map(s -> Schermuitvoer.html(status, Schermen.vervolg(kader, s)));
        });
    }

    private Vervolgscherm eindrapport(HuisverbodView v, Eindrapport.View r, Zaakscherm.Formulier ingevuld) {
        Map<UUID, String> namen = namen(v);
        List<Sectie> secties = new ArrayList<>();
        List<Veld> velden = new ArrayList<>();
        if (r.afgezienReden() != null) {
            velden.add(new Veld("Afgezien van een eindrapport", r.afgezienReden()));
        } else if (r.versie() > 0) {
            velden.add(new Veld("Dreiging afgenomen", antwoord(r.dreigingAfgenomen())));
            velden.add(new Veld("Relatie beëindigd", antwoord(r.relatieBeeindigd())));
            velden.add(new Veld("Gescheiden wonen", antwoord(r.gescheidenWonen())));
            velden.add(new Veld("Recidive bekend", antwoord(r.recidiveBekend())));
            velden.add(new Veld("Toelichting", r.toelichting() == null ? "" : r.toelichting()));
        }
        List<String> afgeschermd = r.onthouden().isEmpty()
                ? List.of()
                : List.of("Afgeschermd: de uitkomst voor personen van wie u de hulpverleningsgegevens niet mag zien.");
        secties.add(new Sectie("uitkomst", "Uitkomst van de monitoring", velden, null, afgeschermd,
                r.versie() == 0 ? "Nog geen eindrapport vastgelegd." : null));
        List<List<String>> rijen = new ArrayList<>();
        r.verwijzingGeslaagd().forEach(p -> rijen.add(List.of(namen.getOrDefault(p.betrokkeneId(), "een betrokkene"),
                "Verwezen; geslaagd: " + Labels.code(p.uitkomst()))));
        r.zonderVerwijzing().forEach(p -> rijen.add(List.of(namen.getOrDefault(p.betrokkeneId(), "een betrokkene"),
                "Niet verwezen: " + reden(p.reden()))));
        secties.add(new Sectie("verwijzingen", "Verwijzing per persoon", List.of(),
                rijen.isEmpty() ? null : new Tabel("Verwijzing per persoon", List.of("Persoon", "Uitkomst"), rijen),
                List.of(), rijen.isEmpty() ? "Nog niets per persoon vastgelegd." : null));
        boolean formulier = gebruiker.actor().rol().isCoordinator() && v.toegestaneActies() != null;
        Zaakscherm.Formulier f = ingevuld.naam().isEmpty() && r.versie() > 0 ? huidig(r) : ingevuld;
        return new Vervolgscherm(v.id().toString(), v.registratienummer(), "eindrapport", "Eindrapport van de monitoring",
                secties, formulier, r.versie(), personen(v, namen), List.of(), f);
    }

    /** The report as recorded, as the form's values: the coordinator changes what was, rather than starting over. */
    private static Zaakscherm.Formulier huidig(Eindrapport.View r) {
        Map<String, String> w = new HashMap<>();
        zet(w, "dreigingAfgenomen", r.dreigingAfgenomen());
        zet(w, "relatieBeeindigd", r.relatieBeeindigd());
        zet(w, "gescheidenWonen", r.gescheidenWonen());
        zet(w, "recidiveBekend", r.recidiveBekend());
        zet(w, "toelichting", r.toelichting());
        zet(w, "afgezienReden", r.afgezienReden());
        r.verwijzingGeslaagd().forEach(p -> w.put(Vervolginvoer.UITKOMST + p.betrokkeneId(), p.uitkomst().name()));
        r.zonderVerwijzing().forEach(p -> w.put(Vervolginvoer.GEEN + p.betrokkeneId(), p.reden().name()));
        return new Zaakscherm.Formulier("eindrapport", w, Map.of(), null);
    }

    private static void zet(Map<String, String> w, String veld, Object waarde) {
        if (waarde != null) {
            w.put(veld, waarde instanceof Enum<?> e ? e.name() : waarde.toString());
        }
    }

    private Vervolgscherm gesprekken(HuisverbodView v, List<Gesprek.View> lijst, Zaakscherm.Formulier ingevuld) {
        Map<UUID, String> namen = namen(v);
        List<List<String>> rijen = lijst.stream().map(g -> List.of(Labels.datum(g.datum()), soort(g.soort()),
                g.deelnemers().betrokkenen().stream().map(id -> namen.getOrDefault(id, "een betrokkene"))
                        .collect(Collectors.joining(", ")),
                g.deelnemers().organisaties().stream().map(Labels::naam).collect(Collectors.joining(", ")), g.verslag(),
                g.vastgelegdDoor() + ", " + Labels.naam(g.organisatie()))).toList();
        Sectie sectie = new Sectie("verslagen", "Gespreksverslagen", List.of(),
                rijen.isEmpty()
                        ? null
                        : new Tabel("Gesprekken, nieuwste eerst",
                                List.of("Datum", "Soort", "Met", "Organisaties", "Verslag", "Vastgelegd door"), rijen),
                List.of(), rijen.isEmpty() ? "Nog geen gesprekken die u mag zien." : null);
        Rol rol = gebruiker.actor().rol();
        boolean formulier = rol.isCoordinator() || rol == Rol.GEZINSMANAGER;
        return new Vervolgscherm(v.id().toString(), v.registratienummer(), "gesprekken", "Gesprekken met het gezin",
                List.of(sectie), formulier, null, personen(v, namen), List.of(), ingevuld);
    }

    private Vervolgscherm nazorg(HuisverbodView v, List<Nazorg.View> lijst, Zaakscherm.Formulier ingevuld) {
        List<List<String>> rijen = lijst.stream().map(n -> List.of(Labels.code(n.soort()),
                n.eigenaar() + ", " + Labels.naam(n.organisatie()), Labels.datum(n.start()),
                n.loopt() ? "loopt" : "beëindigd op " + Labels.datum(n.einde()) + ": " + Labels.code(n.uitkomst()),
                n.loopt() && n.evaluatieOp() != null ? Labels.datum(n.evaluatieOp()) : "",
                n.toelichting() == null ? "" : n.toelichting())).toList();
        Sectie sectie = new Sectie("trajecten", "Nazorg na het huisverbod", List.of(),
                rijen.isEmpty()
                        ? null
                        : new Tabel("Trajecten, nieuwste eerst",
                                List.of("Traject", "Eigenaar", "Start", "Stand", "Volgende evaluatie", "Toelichting"), rijen),
                List.of(), rijen.isEmpty() ? "Er loopt of liep geen nazorg op deze zaak." : null);
        List<List<String>> evaluaties = new ArrayList<>();
        lijst.forEach(n -> n.evaluaties().forEach(e -> evaluaties.add(List.of(Labels.code(n.soort()),
                Labels.datum(e.gehoudenOp()), e.toelichting() == null ? "" : e.toelichting(),
                Labels.datum(e.volgendeEvaluatieOp()), e.vastgelegdDoor()))));
        Sectie gehouden = new Sectie("evaluaties", "Evaluaties", List.of(),
                evaluaties.isEmpty()
                        ? null
                        : new Tabel("Gehouden evaluaties",
                                List.of("Traject", "Gehouden op", "Wat het opleverde", "Volgende evaluatie", "Door"),
                                evaluaties),
                List.of(), evaluaties.isEmpty() ? "Nog geen evaluaties." : null);
        Rol rol = gebruiker.actor().rol();
        boolean zorg = rol.isCoordinator() || rol == Rol.GEZINSMANAGER;
        boolean icmLoopt = lijst.stream().anyMatch(n -> n.loopt() && n.soort() == Nazorg.Soort.ICM);
        List<Vervolgscherm.Track> eigen = lijst.stream()
                .filter(n -> n.loopt() && n.eigenaar().equals(gebruiker.actor().gebruikersnaam()))
                .map(n -> new Vervolgscherm.Track(n.id().toString(),
                        Labels.code(n.soort()) + " sinds " + Labels.datum(n.start()), n.soort() == Nazorg.Soort.ICM))
                .toList();
        return new Vervolgscherm(v.id().toString(), v.registratienummer(), "nazorg", "Nazorg en intensieve casemanagement",
                List.of(sectie, gehouden), zorg && v.status() == Status.AFGESLOTEN && !icmLoopt, null, List.of(), eigen,
                ingevuld);
    }

    /** A 403 of the part's service: the reader sees the case but not this part. */
    private static boolean geweigerd(Throwable e) {
        return e instanceof ProblemException p && p.problem().status() == 403;
    }

    /** The part is not for the reader: the page says so with the service's reason, and offers no form. */
    private static Vervolgscherm afgeschermd(HuisverbodView v, String pagina, Throwable e, Zaakscherm.Formulier ingevuld) {
        ProblemException p = (ProblemException) e;
        String kop = switch (pagina) {
            case "eindrapport" -> "Eindrapport van de monitoring";
            case "gesprekken" -> "Gesprekken met het gezin";
            default -> "Nazorg en intensieve casemanagement";
        };
        Sectie s = new Sectie("afgeschermd", kop, List.of(), null,
                List.of("Afgeschermd: " + (p.problem().detail() == null ? "niet voor uw rol." : p.problem().detail())),
                null);
        return new Vervolgscherm(v.id().toString(), v.registratienummer(), pagina, kop, List.of(s), false, null, List.of(),
                List.of(), ingevuld);
    }

    private static Map<UUID, String> namen(HuisverbodView v) {
        Map<UUID, String> namen = new HashMap<>();
        if (v.betrokkenen() != null) {
            v.betrokkenen().forEach(p -> namen.put(p.id(),
                    p.naam() + " (" + Labels.code(p.rol()).toLowerCase(java.util.Locale.ROOT) + ")"));
        }
        return namen;
    }

    private static List<Vervolgscherm.Persoon> personen(HuisverbodView v, Map<UUID, String> namen) {
        if (v.betrokkenen() == null) {
            return List.of();
        }
        // an adult as the case counts one: not a child of the case, and 18 on the day the THV was imposed
        LocalDate opgelegd = v.opgelegdOp() == null ? null : LocalDate.ofInstant(v.opgelegdOp(), Huisverbod.TIJDZONE);
        return v.betrokkenen().stream().map(p -> new Vervolgscherm.Persoon(p.id().toString(), namen.get(p.id()),
                p.rol() != BetrokkeneRol.KIND
                        && (opgelegd == null || !p.geboortedatum().plusYears(18).isAfter(opgelegd))))
                .toList();
    }

    private static String antwoord(Object a) {
        return a == null ? "niet vastgelegd" : Labels.code(a);
    }

    private static String reden(Eindrapport.GeenVerwijzingReden r) {
        return switch (r) {
            case NIET_NODIG -> "niet nodig";
            case WEIGERT -> "weigert hulp";
            case ELDERS_IN_ZORG -> "al elders in zorg";
        };
    }

    private static String soort(Gesprek.Soort s) {
        return switch (s) {
            case INTAKE -> "Intake";
            case SYSTEEMGESPREK -> "Systeemgesprek met het gezin";
            case MDO -> "Multidisciplinair overleg (MDO)";
            case EVALUATIE -> "Evaluatie";
        };
    }
}
