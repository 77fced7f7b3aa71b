package nl.thvhub.statistiek.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

import nl.thvhub.audit.AuditActie;
import nl.thvhub.audit.AuditRegel;
import nl.thvhub.audit.service.AuditLog;
import nl.thvhub.huisverbod.Gemeente;
import nl.thvhub.huisverbod.Huisverbod;
import nl.thvhub.platform.Verzoek;
import nl.thvhub.platform.problem.ProblemException;
import nl.thvhub.platform.security.Actor;
import nl.thvhub.platform.security.Organisatie;
import nl.thvhub.platform.security.Rol;
import nl.thvhub.statistiek.Groepering;
import nl.thvhub.statistiek.Onderdrukking;
import nl.thvhub.statistiek.Regio;
import nl.thvhub.statistiek.Statistiek;
import nl.thvhub.statistiek.Statistiekregel;
import nl.thvhub.statistiek.persistence.StatistiekRepository;

/**
 * The figures the region steers by: THVs per year, quarter, gemeente or regio with subtotals, over the hub's cases and
 * the imported history. The gemeente reads exact counts; {@code beleid} reads slices of one published table with small
 * cells suppressed once ({@link Tabeluitsnede}, {@link Onderdrukking}); every other role is refused. Each read is one audit line without subjects: no person is
 * disclosed, the aggregate is.
 */
@ApplicationScoped
public class StatistiekService {

    /** The purpose of every statistics read, as the audit line records it. */
    static final String DOEL = "beleidsinformatie";

    private final Pool pool;
    private final StatistiekRepository repository;
    private final AuditLog audit;
    private final Verzoek verzoek;
    private final Clock clock;

    private final StatistiekConfig config;
    private final Samenvatting samenvatting;
    private final java.util.Set<String> lopend = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public StatistiekService(Pool pool, StatistiekRepository repository, AuditLog audit, Verzoek verzoek, Clock clock,
            StatistiekConfig config, Samenvatting samenvatting) {
        this.config = config;
        this.samenvatting = samenvatting;
        this.pool = pool;
        this.repository = repository;
        this.audit = audit;
        this.verzoek = verzoek;
        this.clock = clock;
    }

    public Uni<Statistiek> statistiek(Actor actor, Integer van, Integer tot, String groepering) {
        boolean exact = mag(actor);
        java.util.Set<String> eigen = eigen(actor);
        if (!verzoek.claimStatistiek()) {
            throw ProblemException.invalid("statistieken", "hoogstens één statistiekvraag per verzoek");
        }
        Instant now = clock.instant();
        int huidigJaar = LocalDate.ofInstant(now, Huisverbod.TIJDZONE).getYear();
        int vanJaar = van == null ? 2009 : van;
        int totJaar = tot == null ? huidigJaar : tot;
        if (vanJaar < 2009 || vanJaar > huidigJaar) {
            throw ProblemException.invalid("van", "een jaar van 2009 tot en met " + huidigJaar);
        }
        if (totJaar < vanJaar || totJaar > huidigJaar) {
            throw ProblemException.invalid("tot", "een jaar van " + vanJaar + " tot en met " + huidigJaar);
        }
        List<Groepering> gevraagd = Groepering.lees(groepering);
        if (!exact && gevraagd.stream().anyMatch(Groepering::kenmerk)) {
            // the published table is per year, quarter and place; a table per case feature would need its own
            // suppression across tables before beleid may read it
            throw ProblemException.invalid("groepering", "geweldtype, ernst, intiemeterreur, herhaling en strafrecht "
                    + "alleen voor de gemeente (exacte cijfers); beleid leest jaar, kwartaal, gemeente en regio");
        }
        List<Groepering> groeperingen = exact ? gevraagd : Tabeluitsnede.canoniek(gevraagd);
        Instant begin = LocalDate.of(vanJaar, 1, 1).atStartOfDay(Huisverbod.TIJDZONE).toInstant();
        Instant einde = LocalDate.of(totJaar + 1, 1, 1).atStartOfDay(Huisverbod.TIJDZONE).toInstant();
        AuditRegel regel = AuditRegel.door(actor, now, verzoek.trace()).regel(null, DOEL, null, AuditActie.STATISTIEK_LEZEN,
                null, null, List.of("KERN"), null, AuditRegel.TOEGESTAAN,
                "statistiek " + vanJaar + "-" + totJaar + " per " + groeperingen
                        + (exact ? "" : ", kleine aantallen onderdrukt")
                        + (exact && !eigen.isEmpty() ? ", alleen " + String.join(", ", eigen) : ""));
        List<String> namen = groeperingen.stream().map(g -> g.name().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!exact) {
            // the published table over every year, suppressed once; the answer is a slice of it
            Instant start = LocalDate.of(2009, 1, 1).atStartOfDay(Huisverbod.TIJDZONE).toInstant();
            Instant nu = LocalDate.of(huidigJaar + 1, 1, 1).atStartOfDay(Huisverbod.TIJDZONE).toInstant();
            boolean alleJaren = vanJaar == 2009 && totJaar == huidigJaar;
            return begrensd(actor, pool.withTransaction(conn -> voorbereid(conn).chain(() -> repository.tabel(conn, start, nu))
                    .chain(tabel -> repository.wachttijdTabel(conn, start, nu)
                            .chain(m -> repository.monitoringduurTabel(conn, start, nu)
                                    .map(d -> Tabeluitsnede.snijd(tabel, m, d, groeperingen, vanJaar, totJaar, alleJaren))))
                    .chain(u -> audit.schrijf(conn, List.of(regel)).replaceWith(u))))
                    .map(u -> new Statistiek(vanJaar, totJaar, namen, true,
                            regels(u.tellingen(), u.mediaan(), u.duur(), groeperingen, u.verborgen(), false)));
        }
        return begrensd(actor,
                pool.withTransaction(conn -> voorbereid(conn)
                        .chain(() -> repository.count(conn, begin, einde, groeperingen, eigen))
                        .chain(tellingen -> repository.wachttijd(conn, begin, einde, groeperingen, eigen)
                                .chain(mediaan -> repository.monitoringduur(conn, begin, einde, groeperingen, eigen)
                                        .map(duur -> new Medianen(tellingen, mediaan, duur))))
                        .chain(t -> audit.schrijf(conn, List.of(regel)).replaceWith(t))))
                .map(t -> new Statistiek(vanJaar, totJaar, namen, false, regels(t.tellingen(), t.wachttijd(), t.duur(),
                        groeperingen, new boolean[t.tellingen().size()][Statistiekregel.MATEN.size()], true)));
    }

    /** The counts of an exact answer with its two medians per group. */
    private record Medianen(List<StatistiekRepository.Telling> tellingen, java.util.Map<List<Object>, Double> wachttijd,
            java.util.Map<List<Object>, Double> duur) {
    }

    /**
     * Prepares a statistics read's transaction: its statements bounded by the time limit (PostgreSQL cancels them past
     * it), then the summary brought up to date within that limit, so the answer counts every committed write.
     */
    private Uni<Void> voorbereid(io.vertx.mutiny.sqlclient.SqlConnection conn) {
        return repository.setTimeout(conn, config.tijdslimiet()).chain(() -> samenvatting.bijwerken(conn));
    }

    /**
     * At most one statistics query per user at a time (429 while one runs), and a query past the time limit is a 503
     * with Retry-After instead of a request that holds a connection: statistics must not starve the case reads.
     */
    private <T> Uni<T> begrensd(Actor actor, Uni<T> vraag) {
        String wie = actor.subject();
        return Uni.createFrom().deferred(() -> {
            if (!lopend.add(wie)) {
                return Uni
                        .createFrom().failure(new nl.thvhub.platform.problem.Wachttijd(
                                nl.thvhub.platform.problem.Problem.of(429,
                                        "Te veel verzoeken", "Er loopt al een statistiekvraag van u; probeer het zo opnieuw."),
                                2));
            }
            return vraag.onFailure(StatistiekService::tijdOp)
                    .transform(e -> new nl.thvhub.platform.problem.Wachttijd(nl.thvhub.platform.problem.Problem.of(503,
                            "Tijdelijk niet beschikbaar", "De statistiekvraag duurde langer dan "
                                    + config.tijdslimiet().toSeconds() + " s en is afgebroken; probeer het later opnieuw."),
                            30))
                    .onTermination().invoke(() -> lopend.remove(wie));
        });
    }

    /** PostgreSQL's query_canceled (57014): here, the statement timeout. */
    private static boolean tijdOp(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.vertx.pgclient.PgException pg && "57014".equals(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The gemeenten whose exact figures this reader gets: those its token names when it acts for some of the region's
     * (a {@code gemeente-diemen} reads Diemen's figures exactly, and no other gemeente's), every gemeente otherwise.
     */
    private static java.util.Set<String> eigen(Actor actor) {
        boolean regionaal = actor.gemeenten().isEmpty()
                || actor.gemeenten().containsAll(java.util.Arrays.stream(nl.thvhub.huisverbod.Gemeente.values())
                        .map(Enum::name).toList());
        return regionaal ? java.util.Set.of() : actor.gemeenten();
    }

    /** Exact for the gemeente (its own decisions), suppressed for beleid; 403 for every other role. */
    private static boolean mag(Actor actor) {
        if (actor.rol() == Rol.GEMEENTE || actor.partnerSysteem() && actor.organisatie() == Organisatie.GEMEENTE) {
            return true;
        }
        if (actor.rol() == Rol.BELEID) {
            return false;
        }
        throw ProblemException.forbidden("Statistieken zijn voor de gemeente en beleid.");
    }

    /**
     * The rows as their reader may see them: counts suppressed as {@link Onderdrukking} decides, and the median waiting
     * time shown only where it rests on more started referrals than {@link Onderdrukking#GRENS} (a median is not a
     * count: it cannot be recomputed from its neighbours, so it needs no secondary suppression).
     */
    static List<Statistiekregel> regels(List<StatistiekRepository.Telling> tellingen,
            java.util.Map<List<Object>, Double> mediaan, java.util.Map<List<Object>, Double> duur,
            List<Groepering> groeperingen, boolean[][] verborgen, boolean exact) {
        List<Statistiekregel> regels = new ArrayList<>(tellingen.size());
        for (int i = 0; i < tellingen.size(); i++) {
            StatistiekRepository.Telling t = tellingen.get(i);
            Long[] waarden = new Long[Statistiekregel.MATEN.size()];
            List<String> onderdrukt = new ArrayList<>();
            for (int m = 0; m < waarden.length; m++) {
                if (verborgen[i][m]) {
                    onderdrukt.add(Statistiekregel.MATEN.get(m));
                } else {
                    waarden[m] = t.tellingen()[m];
                }
            }
            Object[] sleutels = new Object[Statistiekregel.SLEUTELS.size()];
            for (int k = 0; k < sleutels.length; k++) {
                sleutels[k] = sleutel(Statistiekregel.SLEUTELS.get(k),
                        waarde(t, groeperingen, Statistiekregel.SLEUTELS.get(k)));
            }
            Double wachttijd = mediaan(t, mediaan.get(t.sleutel()), exact, onderdrukt);
            Double monitoringduur = monitoringduur(t, duur.get(t.sleutel()), exact, onderdrukt);
            regels.add(Statistiekregel.van(sleutels, waarden, wachttijd, monitoringduur, onderdrukt));
        }
        return regels;
    }

    /** The started-referral counts the median rests on, by their names in {@link Statistiekregel#MATEN}. */
    private static final List<Integer> GESTART = List.of("gestartAchterblijver", "gestartUhg", "gestartKind").stream()
            .map(Statistiekregel.MATEN::indexOf).toList();

    private static Double mediaan(StatistiekRepository.Telling t, Double mediaan, boolean exact, List<String> onderdrukt) {
        long gestart = GESTART.stream().mapToLong(m -> t.tellingen()[m]).sum();
        if (mediaan == null || exact || gestart > Onderdrukking.GRENS) {
            return mediaan;
        }
        onderdrukt.add(Statistiekregel.MEDIAAN);
        return null;
    }

    /** The closed cases the monitoring duration's median rests on. */
    private static final int AFGEROND = Statistiekregel.MATEN.indexOf("monitoringAfgerond");

    private static Double monitoringduur(StatistiekRepository.Telling t, Double duur, boolean exact, List<String> onderdrukt) {
        if (duur == null || exact || t.tellingen()[AFGEROND] > Onderdrukking.GRENS) {
            return duur;
        }
        onderdrukt.add(Statistiekregel.DUUR);
        return null;
    }

    /** A grouping's value as the row's key field: the gemeente and regio as their enums, a year as a number. */
    private static Object sleutel(Groepering g, Object waarde) {
        if (waarde == null) {
            return null;
        }
        return switch (g) {
            case JAAR, KWARTAAL -> geheel(waarde);
            case GEMEENTE -> Gemeente.valueOf((String) waarde);
            case REGIO -> Regio.valueOf((String) waarde);
            case HERHALING, STRAFRECHT -> (Boolean) waarde;
            case GEWELDTYPE, ERNST, INTIEMETERREUR -> (String) waarde;
        };
    }

    private static Object waarde(StatistiekRepository.Telling t, List<Groepering> groeperingen, Groepering g) {
        int i = groeperingen.indexOf(g);
        return i < 0 ? null : t.sleutel().get(i);
    }

    private static Integer geheel(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
