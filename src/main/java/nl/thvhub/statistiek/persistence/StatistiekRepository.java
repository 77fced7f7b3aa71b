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

/**
 * The statistics as one aggregate statement over the hub's cases and the imported history, grouped with ROLLUP so the
 * subtotals come from the database too; no case is loaded. The facts about other tables (a confirmed violation, a
 * child, a request from care) are joined once per table (hash joins), not looked up once per case.
 */
@ApplicationScoped
public class StatistiekRepository {

    /** One aggregated row: the grouping values in the order asked ({@code null} = total over it) and the counts of MATEN. */
    public record Telling(List<Object> sleutel, long[] tellingen) {
    }

    private static final String THV = """
            with o as (select huisverbod_id, count(*) filter (where vervolgactie = 'AANHOUDING') as aanhoudingen
                       from overtreding where status = 'BEVESTIGD' group by huisverbod_id),
              k as (select distinct huisverbod_id from betrokkene where rol = 'KIND'),
              z as (select distinct huisverbod_id from thv_aanvraag where uitkomst = 'OPGELEGD' and huisverbod_id is not null),
              -- the care record: UHGs and those any contact attempt reached; referrals and those started, per person type
              r as (select distinct betrokkene_id from contactmoment where bereikt),
              u as (select b.huisverbod_id, count(*) as uhg, count(r.betrokkene_id) as bereikt
                    from betrokkene b left join r on r.betrokkene_id = b.id where b.rol = 'UITHUISGEPLAATSTE' group by 1),
              v as (select v.huisverbod_id,
                      count(*) filter (where b.rol = 'ACHTERBLIJVER') as v_ab,
                      count(*) filter (where b.rol = 'ACHTERBLIJVER' and v.gestart_op is not null) as g_ab,
                      count(*) filter (where b.rol = 'UITHUISGEPLAATSTE') as v_uhg,
                      count(*) filter (where b.rol = 'UITHUISGEPLAATSTE' and v.gestart_op is not null) as g_uhg,
                      count(*) filter (where b.rol = 'KIND') as v_kind,
                      count(*) filter (where b.rol = 'KIND' and v.gestart_op is not null) as g_kind
                    from verwijzing v join betrokkene b on b.id = v.betrokkene_id group by 1),
              -- the UHG (issue 33): a known place to stay and shelter granted by their last record, requests to the police
              -- made and answered, and his cooperation by the last contact that reached him
              vb as (select huisverbod_id, count(*) filter (where soort <> 'ONBEKEND') as met_verblijf from (select distinct
                       on (huisverbod_id, betrokkene_id) huisverbod_id, soort from verblijf_uhg
                       order by huisverbod_id, betrokkene_id, versie desc) l group by 1),
              ov as (select huisverbod_id, count(*) filter (where in_aanmerking) as opvang from (select distinct
                       on (huisverbod_id, betrokkene_id) huisverbod_id, in_aanmerking from opvangbesluit
                       order by huisverbod_id, betrokkene_id, versie desc) l group by 1),
              pv as (select huisverbod_id, count(*) as gevraagd, count(*) filter (where beantwoord_op is not null) as beantwoord
                     from politieverzoek group by 1),
              mw as (select huisverbod_id, count(*) filter (where medewerking = 'JA') as ja,
                       count(*) filter (where medewerking = 'DEELS') as deels, count(*) filter (where medewerking = 'NEE') as nee
                     from (select distinct on (c.betrokkene_id) c.huisverbod_id, c.medewerking from contactmoment c
                       join betrokkene b on b.id = c.betrokkene_id and b.rol = 'UITHUISGEPLAATSTE' where c.bereikt
                       order by c.betrokkene_id, c.datum desc, c.vastgelegd_op desc) l group by 1),
              thv as (
              select h.opgelegd_op, h.gemeente, h.verlengd_op is not null as verlengd, h.ingetrokken_op is not null as ingetrokken,
                z.huisverbod_id is not null as vanuit_zorg, h.herhaling_grond is not null as herhaling,
                o.huisverbod_id is not null as met_overtredingen, k.huisverbod_id is not null as met_minderjarigen,
                coalesce(o.aanhoudingen, 0) as aanhoudingen, coalesce(u.uhg, 0) as uhg, coalesce(u.bereikt, 0) as uhg_bereikt,
                coalesce(v.v_ab, 0) as v_ab, coalesce(v.g_ab, 0) as g_ab, coalesce(v.v_uhg, 0) as v_uhg,
                coalesce(v.g_uhg, 0) as g_uhg, coalesce(v.v_kind, 0) as v_kind, coalesce(v.g_kind, 0) as g_kind,
                coalesce(vb.met_verblijf, 0) as met_verblijf, coalesce(ov.opvang, 0) as opvang,
                coalesce(pv.gevraagd, 0) as pv_gevraagd, coalesce(pv.beantwoord, 0) as pv_beantwoord,
                coalesce(mw.ja, 0) as mw_ja, coalesce(mw.deels, 0) as mw_deels, coalesce(mw.nee, 0) as mw_nee,
                -- the mayor's decisions (issue 34.4): not extended, and withdrawals by their coded ground
                h.verlengingsbesluit = 'NIET_VERLENGEN' and h.verlengd_op is null as niet_verlengd,
                h.intrekking_grond as intrekking_grond
              from huisverbod h left join o on o.huisverbod_id = h.id left join k on k.huisverbod_id = h.id
                left join z on z.huisverbod_id = h.id left join u on u.huisverbod_id = h.id left join v on v.huisverbod_id = h.id
                left join vb on vb.huisverbod_id = h.id left join ov on ov.huisverbod_id = h.id
                left join pv on pv.huisverbod_id = h.id left join mw on mw.huisverbod_id = h.id
              where h.opgelegd_op >= $1 and h.opgelegd_op < $2
              union all
              select opgelegd_op, gemeente, verlengd, ingetrokken, vanuit_zorg, herhaling, aantal_overtredingen > 0,
                minderjarigen, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, null
              from historisch_huisverbod where opgelegd_op >= $1 and opgelegd_op < $2
            ),
            -- first the counts per year, quarter and gemeente (a plain aggregate the database may run in parallel), then
            -- the ROLLUP over those few hundred rows
            per as (
              select extract(year from opgelegd_op at time zone 'Europe/Amsterdam')::int as jaar,
                extract(quarter from opgelegd_op at time zone 'Europe/Amsterdam')::int as kwartaal, gemeente,
                count(*) as aantal, count(*) filter (where verlengd) as verlengd, count(*) filter (where ingetrokken) as ingetrokken,
                count(*) filter (where vanuit_zorg) as vanuit_zorg, count(*) filter (where herhaling) as herhaling,
                count(*) filter (where met_overtredingen) as met_overtredingen,
                count(*) filter (where met_minderjarigen) as met_minderjarigen, sum(aanhoudingen) as aanhoudingen,
                sum(uhg) as uhg, sum(uhg_bereikt) as uhg_bereikt, sum(v_ab) as v_ab, sum(g_ab) as g_ab, sum(v_uhg) as v_uhg,
                sum(g_uhg) as g_uhg, sum(v_kind) as v_kind, sum(g_kind) as g_kind, sum(met_verblijf) as met_verblijf,
                sum(opvang) as opvang, sum(pv_gevraagd) as pv_gevraagd, sum(pv_beantwoord) as pv_beantwoord,
                sum(mw_ja) as mw_ja, sum(mw_deels) as mw_deels, sum(mw_nee) as mw_nee,
                count(*) filter (where niet_verlengd) as niet_verlengd,
                count(*) filter (where intrekking_grond = 'VEILIGHEIDSAFSPRAKEN') as ig_veilig,
                count(*) filter (where intrekking_grond = 'JURIDISCH_NIET_HOUDBAAR') as ig_juridisch,
                count(*) filter (where intrekking_grond = 'RECHTER_OPGEHEVEN') as ig_rechter,
                count(*) filter (where intrekking_grond = 'ANDERS') as ig_anders
              from thv group by 1, 2, 3
            )
            """;

    private static final String TELLINGEN = """
            coalesce(sum(aantal), 0)::bigint as aantal, coalesce(sum(verlengd), 0)::bigint as verlengd,
            coalesce(sum(ingetrokken), 0)::bigint as ingetrokken, coalesce(sum(vanuit_zorg), 0)::bigint as vanuit_zorg,
            coalesce(sum(herhaling), 0)::bigint as herhaling, coalesce(sum(met_overtredingen), 0)::bigint as met_overtredingen,
            coalesce(sum(met_minderjarigen), 0)::bigint as met_minderjarigen,
            coalesce(sum(aanhoudingen), 0)::bigint as aanhoudingen, coalesce(sum(uhg), 0)::bigint as uhg,
            coalesce(sum(uhg_bereikt), 0)::bigint as uhg_bereikt, coalesce(sum(v_ab), 0)::bigint as v_ab,
            coalesce(sum(g_ab), 0)::bigint as g_ab, coalesce(sum(v_uhg), 0)::bigint as v_uhg,
            coalesce(sum(g_uhg), 0)::bigint as g_uhg, coalesce(sum(v_kind), 0)::bigint as v_kind,
            coalesce(sum(g_kind), 0)::bigint as g_kind, coalesce(sum(met_verblijf), 0)::bigint as met_verblijf,
            coalesce(sum(opvang), 0)::bigint as opvang, coalesce(sum(pv_gevraagd), 0)::bigint as pv_gevraagd,
            coalesce(sum(pv_beantwoord), 0)::bigint as pv_beantwoord, coalesce(sum(mw_ja), 0)::bigint as mw_ja,
            coalesce(sum(mw_deels), 0)::bigint as mw_deels, coalesce(sum(mw_nee), 0)::bigint as mw_nee,
            coalesce(sum(niet_verlengd), 0)::bigint as niet_verlengd, coalesce(sum(ig_veilig), 0)::bigint as ig_veilig,
            coalesce(sum(ig_juridisch), 0)::bigint as ig_juridisch, coalesce(sum(ig_rechter), 0)::bigint as ig_rechter,
            coalesce(sum(ig_anders), 0)::bigint as ig_anders
            """;

    /** The started referrals of the period, for the median waiting time (a median does not roll up from subtotals). */
    private static final String WACHTTIJD = """
            with per as (
              select extract(year from h.opgelegd_op at time zone 'Europe/Amsterdam')::int as jaar,
                extract(quarter from h.opgelegd_op at time zone 'Europe/Amsterdam')::int as kwartaal, h.gemeente,
                v.gestart_op - v.aangemeld_op as dagen
              from verwijzing v join huisverbod h on h.id = v.huisverbod_id
              where v.gestart_op is not null and h.opgelegd_op >= $1 and h.opgelegd_op < $2
            )
            """;

    /** Sets the statement timeout for the rest of the caller's transaction. */
    public Uni<Void> tijdslimiet(SqlClient sql, java.time.Duration limiet) {
        return sql.preparedQuery("select set_config('statement_timeout', $1, true)")
                .execute(Tuple.of(limiet.toMillis() + "ms")).replaceWithVoid();
    }

    /** Only the given gemeenten ($3; null: every gemeente), as a gemeente account acting for some reads them. */
    private static final String GEMEENTEN = " from per where ($3::varchar[] is null or gemeente = any($3::varchar[]))";

    /**
     * THVs imposed in {@code [van, tot)} in {@code gemeenten} (empty: all), grouped; the grand total is the last row.
     */
    public Uni<List<Telling>> tel(SqlClient sql, Instant van, Instant tot, List<Groepering> groepering,
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
        StringBuilder query = new StringBuilder(THV).append("select ");
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
        return sql.preparedQuery(THV + "select " + sleutels(TABEL) + TELLINGEN + " from per group by " + TABEL_SETS)
                .execute(Tuple.of(odt(van), odt(tot))).map(rows -> Rijen.alle(rows, r -> telling(r, TABEL.size())));
    }

    /** The median waiting time per cell of the published table, key (in {@link #TABEL} order) → median. */
    public Uni<java.util.Map<List<Object>, Double>> wachttijdTabel(SqlClient sql, Instant van, Instant tot) {
        return mediaanPerSleutel(sql, WACHTTIJD + "select " + sleutels(TABEL)
                + "percentile_cont(0.5) within group (order by dagen) as mediaan from per group by " + TABEL_SETS,
                Tuple.of(odt(van), odt(tot)), TABEL.size());
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

    private static Uni<java.util.Map<List<Object>, Double>> mediaanPerSleutel(SqlClient sql, String query,
            Tuple parameters, int sleutels) {
        return sql.preparedQuery(query).execute(parameters).map(rows -> {
            java.util.Map<List<Object>, Double> m = new java.util.HashMap<>();
            for (Row r : rows) {
                List<Object> sleutel = new java.util.ArrayList<>(sleutels);
                for (int i = 0; i < sleutels; i++) {
                    sleutel.add(r.getValue("g" + i));
                }
                m.put(sleutel, r.getDouble("mediaan"));
            }
            return m;
        });
    }

    /** The median statement for a grouping ($1, $2: the period; $3 the gemeenten), the baseline's second statement too. */
    public static String wachttijden(List<Groepering> groepering) {
        StringBuilder query = new StringBuilder(WACHTTIJD).append("select ");
        for (int i = 0; i < groepering.size(); i++) {
            query.append(groepering.get(i).sql()).append(" as g").append(i).append(", ");
        }
        query.append("percentile_cont(0.5) within group (order by dagen) as mediaan").append(GEMEENTEN);
        if (!groepering.isEmpty()) {
            query.append(" group by rollup (").append(String.join(", ", groepering.stream().map(Groepering::sql).toList()))
                    .append(")");
        }
        return query.toString();
    }

    private static Telling telling(Row r, int groeperingen) {
        List<Object> sleutel = new java.util.ArrayList<>(groeperingen);
        for (int i = 0; i < groeperingen; i++) {
            sleutel.add(r.getValue("g" + i));
        }
        long[] t = {r.getLong("aantal"), r.getLong("verlengd"), r.getLong("ingetrokken"), r.getLong("vanuit_zorg"),
                r.getLong("herhaling"), r.getLong("met_overtredingen"), r.getLong("met_minderjarigen"),
                r.getLong("aanhoudingen"), r.getLong("uhg"), r.getLong("uhg_bereikt"), r.getLong("v_ab"), r.getLong("g_ab"),
                r.getLong("v_uhg"), r.getLong("g_uhg"), r.getLong("v_kind"), r.getLong("g_kind"), r.getLong("met_verblijf"),
                r.getLong("opvang"), r.getLong("pv_gevraagd"), r.getLong("pv_beantwoord"), r.getLong("mw_ja"),
                r.getLong("mw_deels"), r.getLong("mw_nee"), r.getLong("niet_verlengd"), r.getLong("ig_veilig"),
                r.getLong("ig_juridisch"), r.getLong("ig_rechter"), r.getLong("ig_anders")};
        return new Telling(sleutel, t);
    }
}
