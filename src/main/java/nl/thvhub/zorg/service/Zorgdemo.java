package nl.thvhub.zorg.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;

import nl.thvhub.huisverbod.Gebeurtenissoort;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.huisverbod.service.Zaakboek;
import nl.thvhub.platform.HubConfig;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.zorg.Contactmoment;
import nl.thvhub.zorg.Leefgebied;
import nl.thvhub.zorg.Netwerk;
import nl.thvhub.zorg.Plan;
import nl.thvhub.zorg.Probleemanalyse;
import nl.thvhub.zorg.Verwijzing;
import nl.thvhub.zorg.persistence.ContactmomentRepository;
import nl.thvhub.zorg.persistence.DemozaakRepository;
import nl.thvhub.zorg.persistence.VerwijzingRepository;
import nl.thvhub.zorg.persistence.Zorgcodec;
import nl.thvhub.zorg.persistence.ZorgdocumentRepository;

/**
 * The demo's care records ({@code thv.demo-data=true}), after the demo cases: every coordinated case gets a safety and a
 * help plan; the first two get a full record (analysis per person, referrals on their way, contact attempts, a network)
 * — the second with a UHG nobody reached, so its task shows. Runs only while no care record exists.
 */
@ApplicationScoped
public class Zorgdemo {

    private static final Logger LOG = Logger.getLogger(Zorgdemo.class);

    private final Pool pool;
    private final DemozaakRepository zaken;
    private final ZorgdocumentRepository documenten;
    private final VerwijzingRepository verwijzingen;
    private final ContactmomentRepository contacten;
    private final Zaakboek boek;
    private final HubConfig config;
    private final Clock clock;

    Zorgdemo(Pool pool, DemozaakRepository zaken, ZorgdocumentRepository documenten, VerwijzingRepository verwijzingen,
            ContactmomentRepository contacten, Zaakboek boek, HubConfig config, Clock clock) {
        this.pool = pool;
        this.zaken = zaken;
        this.documenten = documenten;
        this.verwijzingen = verwijzingen;
        this.contacten = contacten;
        this.boek = boek;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (!config.demoData()) {
            return;
        }
        int n = pool.withTransaction(conn -> zaken.isEmpty(conn).chain(leeg -> !leeg
                ? Uni.createFrom().item(0)
                : zaken.metCoordinator(conn).chain(lijst -> vul(conn, lijst)))).await().atMost(Duration.ofMinutes(1));
        LOG.infof("Demo data: care records for %d cases", n);
    }

    private Uni<Integer> vul(SqlConnection conn, List<DemozaakRepository.Demozaak> lijst) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < lijst.size(); i++) {
            DemozaakRepository.Demozaak z = lijst.get(i);
            Actor coordinator = new Actor("demo-" + z.coordinator(), z.coordinator(), Rol.ZORGCOORDINATOR,
                    z.coordinator().startsWith("sociaal") ? Organisatie.SOCIAAL_TEAM_AA : Organisatie.BLIJF_GROEP, null,
                    "thv-hub-demo", false);
            Instant op = z.opgelegdOp().plus(Duration.ofDays(1));
            boolean volledig = i < 2;
            chain = chain.chain(() -> plan(conn, z, coordinator, op, Plan.Soort.VEILIGHEIDSPLAN,
                    List.of(new Plan.Item("Geen contact; ophalen spullen via politie", persoon(z, "UITHUISGEPLAATSTE"),
                            coordinator.organisatie().name(), null, Plan.Itemstatus.OPEN))))
                    .chain(() -> plan(conn, z, coordinator, op, Plan.Soort.HULPVERLENINGSPLAN,
                            List.of(new Plan.Item("Traject relatiegeweld voor beide partners", null,
                                    coordinator.organisatie().name(), datum(op).plusWeeks(6), Plan.Itemstatus.OPEN))));
            if (volledig) {
                chain = chain.chain(() -> volledig(conn, z, coordinator, op, lijst.indexOf(z) == 1));
            }
        }
        return chain.replaceWith(lijst.size());
    }

    private Uni<Void> volledig(SqlConnection conn, DemozaakRepository.Demozaak z, Actor c, Instant op,
            boolean uhgNietBereikt) {
        UUID uhg = persoon(z, "UITHUISGEPLAATSTE");
        UUID ab = persoon(z, "ACHTERBLIJVER");
        LocalDate dag = datum(op);
        Uni<Void> u = analyse(conn, z, uhg, c, op, Leefgebied.FINANCIEN, Probleemanalyse.Score.ERNSTIG, "Schulden, "
                + "incasso loopt", Leefgebied.HUISVESTING, Probleemanalyse.Score.ERNSTIG, "Verblijft tijdelijk bij familie")
                .chain(() -> analyse(conn, z, ab, c, op, Leefgebied.VEILIGHEID, Probleemanalyse.Score.ERNSTIG,
                        "Angst voor terugkeer", Leefgebied.NETWERK, Probleemanalyse.Score.LICHT, "Zus dichtbij"))
                .chain(() -> netwerk(conn, z, ab, c, op))
                .chain(() -> verwijzing(conn, z, ab, c, op, "Blijf Groep ambulant", Verwijzing.Code.BLIJF_GROEP, true))
                .chain(() -> verwijzing(conn, z, uhg, c, op, "Schuldhulp Amsterdam", Verwijzing.Code.SCHULDHULP, false))
                .chain(() -> contact(conn, z, ab, c, op, dag, Contactmoment.Vorm.HUISBEZOEK, true))
                .chain(() -> contact(conn, z, uhg, c, op, dag, Contactmoment.Vorm.TELEFOON, !uhgNietBereikt));
        return uhgNietBereikt
                ? u.chain(() -> contact(conn, z, uhg, c, op, dag.plusDays(2), Contactmoment.Vorm.HUISBEZOEK, false))
                : u;
    }

    private Uni<Void> plan(SqlConnection conn, DemozaakRepository.Demozaak z, Actor c, Instant op, Plan.Soort soort,
            List<Plan.Item> items) {
        return documenten.write(conn, z.id(), soort.name(), z.id(), 0, Zorgcodec.plan(items), c, op)
                .chain(() -> boek.gebeurtenis(conn, z.id(), Gebeurtenissoort.PLAN_BIJGEWERKT, c, op,
                        new JsonObject().put("soort", soort.name()).put("versie", 1).put("items", items.size())));
    }

    private Uni<Void> analyse(SqlConnection conn, DemozaakRepository.Demozaak z, UUID persoon, Actor c, Instant op,
            Leefgebied l1, Probleemanalyse.Score s1, String t1, Leefgebied l2, Probleemanalyse.Score s2, String t2) {
        List<Probleemanalyse.Regel> regels = List.of(
                new Probleemanalyse.Regel(l1, s1, t1, c.gebruikersnaam(), c.organisatie(), op),
                new Probleemanalyse.Regel(l2, s2, t2, c.gebruikersnaam(), c.organisatie(), op));
        return documenten.write(conn, z.id(), ProbleemanalyseService.DOCUMENT, persoon, 0, Zorgcodec.analyse(regels), c, op)
                .chain(() -> boek.gebeurtenis(conn, z.id(), Gebeurtenissoort.PROBLEEMANALYSE_BIJGEWERKT, c, op,
                        new JsonObject().put("betrokkeneId", persoon.toString()).put("versie", 1)));
    }

    private Uni<Void> netwerk(SqlConnection conn, DemozaakRepository.Demozaak z, UUID persoon, Actor c, Instant op) {
        List<Netwerk.Contact> contacten = List.of(new Netwerk.Contact(Netwerk.Relatie.FAMILIE, "Zus (demo)", "06-00000000",
                "Opvang bij dreiging; belt 112"));
        return documenten.write(conn, z.id(), NetwerkService.DOCUMENT, persoon, 0, Zorgcodec.netwerk(contacten), c, op)
                .replaceWithVoid();
    }

    private Uni<Void> verwijzing(SqlConnection conn, DemozaakRepository.Demozaak z, UUID persoon, Actor c, Instant op,
            String naar, Verwijzing.Code code, boolean gestart) {
        LocalDate dag = datum(op);
        Verwijzing.Opgeslagen v = new Verwijzing.Opgeslagen(UUID.randomUUID(), z.id(), persoon, naar, code,
                code.leefgebied(), dag, Verwijzing.Status.AANGEMELD, dag, null, false, 1, c.gebruikersnaam(), c.organisatie(),
                op, List.of(new Verwijzing.Stap(Verwijzing.Status.AANGEMELD, dag)));
        Uni<Void> u = verwijzingen.insert(conn, v);
        LocalDate start = dag.plusDays(1);
        return gestart && !start.isAfter(datum(clock.instant()))
                ? u.chain(() -> verwijzingen.update(conn, v, Verwijzing.Status.GESTART, start, true, c, op)).replaceWithVoid()
                : u;
    }

    private Uni<Void> contact(SqlConnection conn, DemozaakRepository.Demozaak z, UUID persoon, Actor c, Instant op,
            LocalDate dag, Contactmoment.Vorm vorm, boolean bereikt) {
        LocalDate d = dag.isAfter(datum(clock.instant())) ? datum(clock.instant()) : dag;
        return contacten.insert(conn, new Contactmoment.View(UUID.randomUUID(), z.id(), persoon, d, vorm, bereikt,
                bereikt ? Contactmoment.Medewerking.DEELS : null, c.gebruikersnaam(), c.organisatie(), op, List.of()));
    }

    private static UUID persoon(DemozaakRepository.Demozaak z, String rol) {
        return z.personen().entrySet().stream().filter(e -> e.getValue().equals(rol)).map(java.util.Map.Entry::getKey)
                .findFirst().orElseThrow();
    }

    private static LocalDate datum(Instant i) {
        return LocalDate.ofInstant(i, Huisverbod.TIJDZONE);
    }
}
