package nl.thvhub.huisverbod.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.BetrokkeneRol;
import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.GeweldErnst;
import nl.thvhub.huisverbod.GeweldType;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.JaNeeOnduidelijk;
import nl.thvhub.huisverbod.ToewijzingRol;
import nl.thvhub.huisverbod.persistence.HuisverbodRepository;
import nl.thvhub.huisverbod.persistence.OnderhoudRepository;
import nl.thvhub.notificaties.NotificatieType;
import nl.thvhub.notificaties.service.Outbox;
import nl.thvhub.platform.HubConfig;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;

/**
 * Loads a dozen fictitious cases for the local demo ({@code thv.demo-data=true}), spread over gemeenten, wijken and every
 * status. Dates are set relative to now and every deadline is computed by the domain rules, so the statuses are real.
 * Runs only on an empty database.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    private final Pool pool;
    private final HuisverbodRepository repository;
    private final Clock clock;
    private final HubConfig config;
    private final Outbox outbox;

    private final OnderhoudRepository onderhoud;

    public DemoData(Pool pool, HuisverbodRepository repository, OnderhoudRepository onderhoud, Clock clock,
            HubConfig config, Outbox outbox) {
        this.onderhoud = onderhoud;
        this.outbox = outbox;
        this.pool = pool;
        this.repository = repository;
        this.clock = clock;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        long loaded = pool
                .withTransaction(conn -> repository.count(conn).chain(n -> n > 0 ? Uni.createFrom().item(0L) : seed(conn)))
                .await().atMost(Duration.ofMinutes(1));
        LOG.infof("Demo data: %d cases loaded", loaded);
    }

    private record Spec(Gemeente gemeente, String wijk, String straat, String postcode, int dagenGeleden, String uhg,
            LocalDate uhgGeboren,
            List<String[]> anderen, GeweldType type, GeweldErnst ernst, boolean strafrecht, String coordinator, String stap) {
    }

    private Uni<Long> seed(SqlConnection conn) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        List<Spec> specs = List.of(
                new Spec(Gemeente.AMSTERDAM, "centrum", "Prinsengracht", "1015DX", 2, "Karel de Vries",
                        LocalDate.of(1985, 3, 14),
                        List.of(new String[]{"ACHTERBLIJVER", "Anna de Vries", "1987-06-02"},
                                new String[]{"KIND", "Sem de Vries", "2016-09-21"}),
                        GeweldType.PARTNERGEWELD, GeweldErnst.ERNSTIG, true, "zorgcoordinator", "GEZINSMANAGER"),
                new Spec(Gemeente.AMSTERDAM, "zuidoost", "Bijlmerdreef", "1102CT", 8, "Ronald Pinas", LocalDate.of(1979, 11, 3),
                        List.<String[]>of(new String[]{"ACHTERBLIJVER", "Gloria Pinas", "1981-01-17"}),
                        GeweldType.PARTNERGEWELD,
                        GeweldErnst.ZEER_ERNSTIG, true, "zorgcoordinator", "ADVIES"),
                new Spec(Gemeente.AMSTERDAM, "centrum", "Nieuwmarkt", "1011MA", 15, "Peter Jansen", LocalDate.of(1970, 5, 30),
                        List.<String[]>of(new String[]{"ACHTERBLIJVER", "Ineke Jansen", "1944-02-11"}),
                        GeweldType.OUDERMISHANDELING,
                        GeweldErnst.BEPERKTE_FREQUENTIE, true, "zorgcoordinator", "VERLENGD"),
                new Spec(Gemeente.DIEMEN, "diemen-noord", "Ouddiemerlaan", "1111HL", 5, "Mark Bakker", LocalDate.of(1990, 8, 8),
                        List.<String[]>of(new String[]{"ACHTERBLIJVER", "Sanne Bakker", "1992-12-12"}),
                        GeweldType.EX_PARTNERGEWELD,
                        GeweldErnst.EENMALIG, false, null, "INGETROKKEN"),
                new Spec(Gemeente.AMSTERDAM, "zuidoost", "Kraaiennest", "1104CE", 30, "Dennis Kok", LocalDate.of(1983, 4, 19),
                        List.of(new String[]{"ACHTERBLIJVER", "Naomi Kok", "1986-07-07"},
                                new String[]{"KIND", "Lisa Kok", "2014-03-03"},
                                new String[]{"KIND", "Tim Kok", "2018-10-10"}),
                        GeweldType.COMBINATIE, GeweldErnst.ERNSTIG, true, "zorgcoordinator", null),
                new Spec(Gemeente.AMSTELVEEN, "amstelveen-zuid", "Startbaan", "1185XR", 60, "Hans Visser",
                        LocalDate.of(1975, 9, 9),
                        List.<String[]>of(new String[]{"ACHTERBLIJVER", "Marja Visser", "1976-10-10"}),
                        GeweldType.PARTNERGEWELD,
                        GeweldErnst.BEPERKTE_FREQUENTIE, true, "sociaal-team", null),
                new Spec(Gemeente.UITHOORN, "uithoorn-centrum", "Dorpsstraat", "1421AB", 120, "Erik Smit",
                        LocalDate.of(1968, 1, 1),
                        List.<String[]>of(new String[]{"ACHTERBLIJVER", "Ria Smit", "1969-02-02"}), GeweldType.PARTNERGEWELD,
                        GeweldErnst.EENMALIG, false, "zorgcoordinator", null),
                new Spec(Gemeente.AALSMEER, "aalsmeer-oost", "Stommeerweg", "1431EX", 250, "Johan Mulder",
                        LocalDate.of(1980, 6, 6),
                        List.<String[]>of(new String[]{"ACHTERBLIJVER", "Petra Mulder", "1982-08-08"}),
                        GeweldType.PARTNERGEWELD,
                        GeweldErnst.ERNSTIG, true, "sociaal-team", "AFGESLOTEN"),
                new Spec(Gemeente.AALSMEER, "aalsmeer-oost", "Stommeerweg", "1431EX", 1, "Johan Mulder",
                        LocalDate.of(1980, 6, 6),
                        List.<String[]>of(new String[]{"ACHTERBLIJVER", "Petra Mulder", "1982-08-08"}),
                        GeweldType.PARTNERGEWELD,
                        GeweldErnst.ZEER_ERNSTIG, true, "sociaal-team", null),
                new Spec(Gemeente.OUDER_AMSTEL, "duivendrecht", "Rijksstraatweg", "1115AP", 1, "Youssef El Amrani",
                        LocalDate.of(1995, 2, 2),
                        List.of(new String[]{"ACHTERBLIJVER", "Samira El Amrani", "1997-05-05"},
                                new String[]{"KIND", "Adam El Amrani", "2021-01-01"}),
                        GeweldType.PARTNERGEWELD, GeweldErnst.ONDUIDELIJK, true, null, null),
                new Spec(Gemeente.AMSTERDAM, "centrum", "Haarlemmerstraat", "1013EK", 40, "Bas Willems",
                        LocalDate.of(1988, 12, 24),
                        List.<String[]>of(new String[]{"ACHTERBLIJVER", "Eva Willems", "1989-11-11"}),
                        GeweldType.EX_PARTNERGEWELD,
                        GeweldErnst.ERNSTIG, true, "zorgcoordinator-2", null),
                new Spec(Gemeente.AMSTERDAM, "nieuw-west", "Osdorpplein", "1068EL", 3, "Tom Hendriks", LocalDate.of(2001, 7, 7),
                        List.<String[]>of(new String[]{"ACHTERBLIJVER", "Wim Hendriks", "1962-03-03"}),
                        GeweldType.KINDERMISHANDELING,
                        GeweldErnst.BEPERKTE_FREQUENTIE, false, "zorgcoordinator", null));
        Uni<Void> chain = Uni.createFrom().voidItem();
        long nummer = 1;
        UUID[] previous = new UUID[1];
        for (Spec s : specs) {
            long n = nummer++;
            chain = chain.chain(() -> insert(conn, s, n, now, previous));
        }
        // registratienummers of later cases continue after the demo's own numbers
        return chain.chain(() -> onderhoud.setVolgnummer(conn, 100))
                .map(v -> (long) specs.size());
    }

    private Uni<Void> insert(SqlConnection conn, Spec s, long nummer, Instant now, UUID[] previousByAddress) {
        Instant opgelegd = now.minus(Duration.ofDays(s.dagenGeleden())).minus(Duration.ofHours(3));
        boolean verlengd = "VERLENGD".equals(s.stap());
        Organisatie coord = s.gemeente().coordinerendeOrganisatie();
        Instant eind = Huisverbod.eindmoment(opgelegd, verlengd);
        List<Huisverbod.Betrokkene> personen = new ArrayList<>();
        personen.add(new Huisverbod.Betrokkene(UUID.randomUUID(), BetrokkeneRol.UITHUISGEPLAATSTE, s.uhg(), s.uhgGeboren()));
        for (String[] p : s.anderen()) {
            personen.add(
                    new Huisverbod.Betrokkene(UUID.randomUUID(), BetrokkeneRol.valueOf(p[0]), p[1], LocalDate.parse(p[2])));
        }
        boolean herhaling = s.dagenGeleden() == 1 && s.gemeente() == Gemeente.AALSMEER;
        Huisverbod.Advies advies = switch (s.stap() == null ? "" : s.stap()) {
            case "ADVIES" -> new Huisverbod.Advies(nl.thvhub.huisverbod.AdviesKeuze.VERLENGEN,
                    List.of(nl.thvhub.huisverbod.Verlengingsgrond.GEEN_VEILIGHEIDSAFSPRAKEN,
                            nl.thvhub.huisverbod.Verlengingsgrond.HULP_NIET_GESTART),
                    "Achterblijver nog niet veilig; hulpverlening net gestart.",
                    opgelegd.plus(Duration.ofDays(7)));
            case "VERLENGD" -> new Huisverbod.Advies(nl.thvhub.huisverbod.AdviesKeuze.VERLENGEN,
                    List.of(nl.thvhub.huisverbod.Verlengingsgrond.DREIGING_HOUDT_AAN), "Dreiging houdt aan.",
                    opgelegd.plus(Duration.ofDays(8)));
            default -> null;
        };
        Huisverbod h = new Huisverbod(UUID.randomUUID(),
                "THV-%d-%06d".formatted(LocalDate.ofInstant(opgelegd, Huisverbod.TIJDZONE).getYear(), nummer),
                s.gemeente(), s.wijk(),
                new Huisverbod.Adres(s.straat(), String.valueOf(10 + nummer), s.postcode(), plaats(s.gemeente())), opgelegd,
                eind,
                Huisverbod.monitoringEinde(eind, coord), coord, s.type(), s.ernst(), JaNeeOnduidelijk.ONDUIDELIJK,
                s.strafrecht(),
                herhaling ? previousByAddress[0] : null,
                herhaling ? nl.thvhub.huisverbod.Herhalingsgrond.PERSOON_EN_ADRES : null, null, advies,
                verlengd ? opgelegd.plus(Duration.ofDays(9)) : null,
                verlengd
                        ? new Huisverbod.Verlengingsbesluit(nl.thvhub.huisverbod.AdviesKeuze.VERLENGEN,
                                "Dreiging houdt aan; advies Blijf Groep gevolgd.", opgelegd.plus(Duration.ofDays(9)))
                        : null,
                "INGETROKKEN".equals(s.stap()) ? opgelegd.plus(Duration.ofDays(2)) : null,
                "INGETROKKEN".equals(s.stap()) ? "Uithuisgeplaatste blijkt niet op het adres te wonen." : null,
                "INGETROKKEN".equals(s.stap()) ? nl.thvhub.huisverbod.Intrekkingsgrond.JURIDISCH_NIET_HOUDBAAR : null,
                null, null, null, null,
                "AFGESLOTEN".equals(s.stap()) ? eind.plus(Duration.ofDays(150)) : null,
                "AFGESLOTEN".equals(s.stap())
                        ? new Huisverbod.Overdracht("Wijkteam Aalsmeer", LocalDate.ofInstant(eind.plus(Duration.ofDays(148)),
                                Huisverbod.TIJDZONE), true, null, null, null, null)
                        : null,
                1, personen, List.of(), "Tijdelijk bij familie in " + plaats(s.gemeente()), "Opvangadres (geheim) " + nummer,
                null, // the plans are the care record's (Zorgdemo)
                Huisverbod.Signalen.GEEN);
        if (s.gemeente() == Gemeente.AALSMEER && s.dagenGeleden() > 1) {
            previousByAddress[0] = h.id();
        }
        Actor politie = new Actor("demo", "politie-thv", Rol.POLITIE_THV, Organisatie.POLITIE, null,
                "thv-hub-demo", false);
        Uni<Void> u = repository.insert(conn, h, politie, opgelegd)
                .chain(() -> repository.appendGebeurtenis(conn, h.id(), Gebeurtenissoort.OPGELEGD, politie, opgelegd,
                        new JsonObject().put("demo", true)))
                .chain(() -> repository.update(conn, h)).replaceWithVoid();
        if (h.ingetrokkenOp() == null && h.eindmoment().isAfter(now)) {
            // running demo cases announce themselves like real ones, so the demo inboxes of wijkagent and ZSM are not empty
            u = u.chain(() -> outbox.emit(conn, NotificatieType.HUISVERBOD_OPGELEGD, Feiten.van(h), politie, opgelegd));
        }
        if (s.coordinator() != null) {
            Huisverbod.Toewijzing t = new Huisverbod.Toewijzing(UUID.randomUUID(), ToewijzingRol.ZORGCOORDINATOR,
                    s.coordinator(), coord,
                    opgelegd.plus(Duration.ofHours(20)));
            u = u.chain(() -> repository.insertToewijzing(conn, h.id(), t, Actor.system()));
        }
        if ("GEZINSMANAGER".equals(s.stap())) {
            Huisverbod.Toewijzing t = new Huisverbod.Toewijzing(UUID.randomUUID(), ToewijzingRol.GEZINSMANAGER, "gezinsmanager",
                    Organisatie.JBRA,
                    opgelegd.plus(Duration.ofHours(22)));
            u = u.chain(() -> repository.insertToewijzing(conn, h.id(), t, Actor.system()));
            Huisverbod.Toewijzing r = new Huisverbod.Toewijzing(UUID.randomUUID(), ToewijzingRol.RECLASSERING, "reclassering",
                    Organisatie.RECLASSERING, opgelegd.plus(Duration.ofHours(30)));
            u = u.chain(() -> repository.insertToewijzing(conn, h.id(), r, Actor.system()));
        }
        return u;
    }

    private static String plaats(Gemeente g) {
        return switch (g) {
            case AMSTERDAM -> "Amsterdam";
            case DIEMEN -> "Diemen";
            case UITHOORN -> "Uithoorn";
            case OUDER_AMSTEL -> "Duivendrecht";
            case AMSTELVEEN -> "Amstelveen";
            case AALSMEER -> "Aalsmeer";
        };
    }
}
