package nl.thvhub.statistiek.persistence;

import static nl.thvhub.platform.Tijd.odt;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.platform.sql.Rijen;
import nl.thvhub.statistiek.Groepering;
import nl.thvhub.statistiek.Mediaan;

/**
 * The statistics read from the summary kept current ({@link ZaakcijferRepository}) beside the imported history, grouped
 * with ROLLUP so the subtotals come from the database too: a few thousand cells, not a million cases, are summed per read
 * (issue 37.4); the medians come from the day distributions.
 */
@ApplicationScoped
public class StatistiekRepository {

    /** One aggregated row: the grouping values in the order asked ({@code null} = total over it) and the counts of MATEN. */
    public record Telling(List<Object> sleutel, long[] tellingen) {
    }

    /**
     * The counts per cell of the period: the hub's cases from the summary kept current ({@code statistiek_cel}, see
     * {@link ZaakcijferRepository}), beside the imported THVs and RiHGs of the period counted by the same expressions.
     */
    private static final String PER = """
            with hist as (
              select extract(year from opgelegd_op at time zone 'Europe/Amsterdam')::int as jaar,
                extract(quarter from opgelegd_op at time zone 'Europe/Amsterdam')::int as kwartaal, gemeente,
                coalesce(geweld_type, 'ONBEKEND') as geweld_type, coalesce(geweld_ernst, 'ONBEKEND') as geweld_ernst,
                coalesce(intieme_terreur, 'ONBEKEND') as intieme_terreur, herhaling as herhaald,
                strafrechtelijk_traject as straftraject, true as is_thv, verlengd, ingetrokken, vanuit_zorg, herhaling,
                aantal_overtredingen > 0 as met_overtredingen, minderjarigen as met_minderjarigen,
                case when rihg then 1 else 0 end as rihg, case when rihg then 1 else 0 end as rihg_thv
              from historisch_huisverbod where opgelegd_op >= $1 and opgelegd_op < $2
              union all
              -- a RiHG counts on the day it was held, with or without a THV (issue 35.7); it has no case features
              select extract(year from datum)::int, extract(quarter from datum)::int, gemeente, 'ONBEKEND', 'ONBEKEND',
                'ONBEKEND', false, false, false, false, false, false, false, false, false, 1,
                case when uitkomst = 'THV' then 1 else 0 end
              from rihg where datum >= ($1::timestamptz at time zone 'Europe/Amsterdam')::date
                and datum < ($2::timestamptz at time zone 'Europe/Amsterdam')::date
            ),
            per as (
              select %1$s, tellingen from statistiek_cel
              where jaar >= extract(year from $1::timestamptz at time zone 'Europe/Amsterdam')
                and jaar < extract(year from $2::timestamptz at time zone 'Europe/Amsterdam')
              union all
              select %1$s, %2$s from (select %1$s, %3$s
                from (select hist.*, %4$s from hist) r group by %1$s) a
            )
            """.formatted(Telsql.CEL, Telsql.alsArray(), Telsql.AGGREGAAT, ontbrekend());

    /** What an imported THV or RiHG does not know, as zero, false or null in the columns the aggregate reads. */
    private static String ontbrekend() {
        List<String> kolommen = new java.util.ArrayList<>(List.of("aanhoudingen", "uhg", "uhg_bereikt", "v_ab", "g_ab", "v_uhg",
                "g_uhg", "v_kind", "g_kind", "met_verblijf", "opvang", "pv_gevraagd", "pv_beantwoord", "mw_ja", "mw_deels",
                "mw_nee"));
        kolommen.addAll(Telsql.verwijzingKolommen());
        StringBuilder s = new StringBuilder();
        for (String k : kolommen) {
            s.append("0 as ").append(k).append(", ");
        }
        return s + """
                false as niet_verlengd, null::varchar as intrekking_grond, false as rapport, false as afgezien,
                null::varchar as dreiging, false as relatie, false as apart, false as recidive, false as afgerond,
                false as monitoring_verlengd, null::varchar as beeindiging_grond""";
    }

    /** The sums of the measures over a group, as t1, t2, … in MATEN order. */
    private static final String TELLINGEN = java.util.stream.IntStream.rangeClosed(1, Telsql.KOLOMMEN.size())
            .mapToObj(i -> "coalesce(sum(tellingen[" + i + "]), 0)::bigint as t" + i)
            .collect(java.util.stream.Collectors.joining(", ", "", "\n"));

    /** Sets the statement timeout for the rest of the caller's transaction. */
    public Uni<Void> setTimeout(SqlClient sql, java.time.Duration limiet) {
        return sql.preparedQuery("select set_config('statement_timeout', $1, true)")
                .execute(Tuple.of(limiet.toMillis() + "ms")).replaceWithVoid();
    }

    /** Only the given gemeenten ($3; null: every gemeente), as a gemeente account acting for some reads them. */
    private static final String GEMEENTEN = " from per where ($3::varchar[] is null or gemeente = any($3::varchar[]))";

    /**
     * THVs imposed in {@code [van, tot)} in {@code gemeenten} (empty: all), grouped; the grand total is the last row.
     */
    public Uni<List<Telling>> count(SqlClient sql, Instant van, Instant tot, List<Groepering> groepering,
            java.util.Set<String> gemeenten) {
        return sql.preparedQuery(tellingen(groepering)).execute(Tuple.of(odt(van), odt(tot), lijst(gemeenten)))
                .map(rows -> Rijen.alle(rows, r -> telling(r, groepering.size())));
    }

    private static String[] lijst(java.util.Set<String> gemeenten) {
        return gemeenten.isEmpty() ? null : gemeenten.stream().sorted().toArray(String[]::new);
    }

    /**
     * The counting statement for a grouping ($1, $2: the period; $3 the gemeenten or null); bench/pgbench/statistiek.sql
     * runs it as the baseline.
     */
    public static String tellingen(List<Groepering> groepering) {
        StringBuilder query = new StringBuilder(PER).append("select ");
        for (int i = 0; i < groepering.size(); i++) {
            query.append(groepering.get(i).sql()).append(" as g").append(i).append(", ");
        }
        query.append(TELLINGEN).append(GEMEENTEN);
        if (!groepering.isEmpty()) {
            query.append(" group by rollup (").append(String.join(", ", groepering.stream().map(Groepering::sql).toList()))
                    .append(") order by ").append(String.join(", ", java.util.stream.IntStream.range(0, groepering.size())
                            .mapToObj(i -> "g" + i + " nulls last").toList()));
        }
        return query.toString();
    }

    /**
     * The published table (for readers who get suppressed counts): every THV in {@code [van, tot)} per year, quarter,
     * regio and gemeente with the subtotals along both hierarchies, keys in {@link #TABEL} order ({@code null} = total).
     */
    public Uni<List<Telling>> tabel(SqlClient sql, Instant van, Instant tot) {
        return sql.preparedQuery(PER + "select " + sleutels(TABEL) + TELLINGEN + " from per group by " + TABEL_SETS)
                .execute(Tuple.of(odt(van), odt(tot))).map(rows -> Rijen.alle(rows, r -> telling(r, TABEL.size())));
    }

    /** The median waiting time per cell of the published table, key (in {@link #TABEL} order) → median. */
    public Uni<java.util.Map<List<Object>, Double>> wachttijdTabel(SqlClient sql, Instant van, Instant tot) {
        return mediaanPerSleutel(sql, verdeling(WACHTTIJD, TABEL, "group by dagen, " + TABEL_SETS),
                Tuple.of(odt(van), odt(tot), null), TABEL.size());
    }

    /** The positions of the published table's keys: time (year, quarter) and place (regio, gemeente). */
    public static final List<Groepering> TABEL = List.of(Groepering.JAAR, Groepering.KWARTAAL, Groepering.REGIO,
            Groepering.GEMEENTE);

    /** Every level of time (all, year, quarter) crossed with every level of place (all, regio, gemeente). */
    private static final String TABEL_SETS;

    static {
        List<String> tijd = List.of("", "jaar", "jaar, kwartaal");
        List<String> plaats = List.of("", Groepering.REGIO.sql(), Groepering.REGIO.sql() + ", gemeente");
        List<String> sets = new java.util.ArrayList<>();
        for (String t : tijd) {
            for (String p : plaats) {
                sets.add("(" + (t.isEmpty() || p.isEmpty() ? t + p : t + ", " + p) + ")");
            }
        }
        TABEL_SETS = "grouping sets (" + String.join(", ", sets) + ")";
    }

    private static String sleutels(List<Groepering> groepering) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < groepering.size(); i++) {
            s.append(groepering.get(i).sql()).append(" as g").append(i).append(", ");
        }
        return s.toString();
    }

    /** The median waiting time (sign-up to start, days) per group, in the same grouping: key → median. */
    public Uni<java.util.Map<List<Object>, Double>> wachttijd(SqlClient sql, Instant van, Instant tot,
            List<Groepering> groepering, java.util.Set<String> gemeenten) {
        return mediaanPerSleutel(sql, wachttijden(groepering), Tuple.of(odt(van), odt(tot), lijst(gemeenten)),
                groepering.size());
    }

    /**
     * The medians from the day distributions of the summary: per group the number of cases (or referrals) per whole
     * day, from which {@link Mediaan} computes what percentile_cont(0.5) over the days would.
     */
    private static Uni<java.util.Map<List<Object>, Double>> mediaanPerSleutel(SqlClient sql, String query,
            Tuple parameters, int sleutels) {
        return sql.preparedQuery(query).execute(parameters).map(rows -> {
            java.util.Map<List<Object>, Mediaan> verdelingen = new java.util.HashMap<>();
            for (Row r : rows) {
                List<Object> sleutel = new java.util.ArrayList<>(sleutels);
                for (int i = 0; i < sleutels; i++) {
                    sleutel.add(r.getValue("g" + i));
                }
                verdelingen.computeIfAbsent(sleutel, k -> new Mediaan()).tel(r.getInteger("dagen"), r.getLong("aantal"));
            }
            java.util.Map<List<Object>, Double> m = new java.util.HashMap<>();
            verdelingen.forEach((k, v) -> m.put(k, v.mediaan()));
            return m;
        });
    }

    private static final String WACHTTIJD = "WACHTTIJD";
    private static final String MONITORING = "MONITORING";

    /** The distribution statement ($1, $2: the period; $3 the gemeenten or null), grouped as {@code groepering} says. */
    private static String verdeling(String soort, List<Groepering> groepering, String groepeer) {
        return "select " + sleutels(groepering) + """
                dagen, sum(aantal)::bigint as aantal from statistiek_verdeling
                where soort = '%s' and jaar >= extract(year from $1::timestamptz at time zone 'Europe/Amsterdam')
                  and jaar < extract(year from $2::timestamptz at time zone 'Europe/Amsterdam')
                  and ($3::varchar[] is null or gemeente = any($3::varchar[]))
                """.formatted(soort) + groepeer;
    }

    private static String rollup(List<Groepering> groepering) {
        return "group by dagen" + (groepering.isEmpty()
                ? ""
                : ", rollup (" + String.join(", ", groepering.stream().map(Groepering::sql).toList()) + ")");
    }

    /** The median statement for a grouping ($1, $2: the period; $3 the gemeenten), the baseline's second statement too. */
    public static String wachttijden(List<Groepering> groepering) {
        return verdeling(WACHTTIJD, groepering, rollup(groepering));
    }

    /** The median duration of monitoring for a grouping ($1, $2: the period; $3 the gemeenten), issue 35.6. */
    public static String monitoringduren(List<Groepering> groepering) {
        return verdeling(MONITORING, groepering, rollup(groepering));
    }

    /** The median duration of monitoring per group, key → median. */
    public Uni<java.util.Map<List<Object>, Double>> monitoringduur(SqlClient sql, Instant van, Instant tot,
            List<Groepering> groepering, java.util.Set<String> gemeenten) {
        return mediaanPerSleutel(sql, monitoringduren(groepering), Tuple.of(odt(van), odt(tot), lijst(gemeenten)),
                groepering.size());
    }

    /** The median duration of monitoring per cell of the published table. */
    public Uni<java.util.Map<List<Object>, Double>> monitoringduurTabel(SqlClient sql, Instant van, Instant tot) {
        return mediaanPerSleutel(sql, verdeling(MONITORING, TABEL, "group by dagen, " + TABEL_SETS),
                Tuple.of(odt(van), odt(tot), null), TABEL.size());
    }

    private static Telling telling(Row r, int groeperingen) {
        List<Object> sleutel = new java.util.ArrayList<>(groeperingen);
        for (int i = 0; i < groeperingen; i++) {
            sleutel.add(r.getValue("g" + i));
        }
        long[] t = new long[Telsql.KOLOMMEN.size()];
        for (int m = 0; m < t.length; m++) {
            t[m] = r.getLong("t" + (m + 1));
        }
        return new Telling(sleutel, t);
    }
}
