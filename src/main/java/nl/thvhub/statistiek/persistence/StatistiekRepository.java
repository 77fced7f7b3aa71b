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

    /**
     * The cases, imported THVs and RiHGs of the period as one row each ({@code thv}), then the counts per year, quarter,
     * gemeente and the asked case features ({@code per}); {@code kenmerken} are the per-case columns of the features.
     */
    private static String thv(List<Groepering> kenmerken) {
        String extra = kenmerken.stream().map(g -> ", " + g.sql()).collect(java.util.stream.Collectors.joining());
        return """
                with o as (select huisverbod_id, count(*) filter (where vervolgactie = 'AANHOUDING') as aanhoudingen
                           from overtreding where status = 'BEVESTIGD' group by huisverbod_id),
                  -- a minor by the case's own rule: a child of the case, or under 18 on the day the THV was imposed
                  k as (select distinct b.huisverbod_id from betrokkene b join huisverbod h on h.id = b.huisverbod_id
                        where b.rol = 'KIND' or b.geboortedatum > (h.opgelegd_op at time zone 'Europe/Amsterdam')::date
                          - interval '18 years'),
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
                  -- the outcomes (issue 35.6): the monitoring report, and per person whether the referral succeeded; a person
                  -- the written report does not name is NIET_VERWEZEN when never referred, ONDUIDELIJK otherwise
                  -- each report's fields read out of its JSON once (not once per use), and set-wise, joined by hash (a
                  -- subquery per person made the statistics ten times dearer): the outcome the report gives a person (the
                  -- first it names), and the persons ever referred
                  er as (select huisverbod_id, e->>'afgezienReden' is not null as afgezien, e->>'dreigingAfgenomen' as dreiging,
                           e->>'relatieBeeindigd' = 'JA' as relatie, e->>'gescheidenWonen' = 'JA' as apart,
                           e->>'recidiveBekend' = 'JA' as recidive, e->'verwijzingGeslaagd' as geslaagd
                         from (select huisverbod_id, inhoud->'items'->0 as e from zorgdocument
                               where soort = 'EINDRAPPORT' and sleutel = huisverbod_id) d),
                  vp as (select p.e->>'betrokkeneId' as betrokkene_id, (array_agg(p.e->>'uitkomst' order by p.n))[1] as uitkomst
                         from er cross join lateral jsonb_array_elements(er.geslaagd) with ordinality as p(e, n)
                         where not er.afgezien group by 1),
                  vw as (select distinct betrokkene_id from verwijzing),
                  vg as (select x.huisverbod_id"""
                + VERWIJZING_UITKOMSTEN
                + """
                               from (select b.huisverbod_id,
                                       case when b.rol = 'UITHUISGEPLAATSTE' then 'UHG'
                                         when b.rol = 'KIND' or b.geboortedatum > (h.opgelegd_op at time zone 'Europe/Amsterdam')::date
                                           - interval '18 years' then 'KIND' else 'AB' end as klasse,
                                       coalesce(vp.uitkomst, case when vw.betrokkene_id is not null then 'ONDUIDELIJK'
                                           else 'NIET_VERWEZEN' end) as uitkomst
                                     from betrokkene b join er on er.huisverbod_id = b.huisverbod_id and not er.afgezien
                                       join huisverbod h on h.id = b.huisverbod_id
                                       left join vp on vp.betrokkene_id = b.id::text left join vw on vw.betrokkene_id = b.id) x
                               group by 1),
                        thv as (
                        select h.opgelegd_op, h.gemeente, true as is_thv, h.verlengd_op is not null as verlengd,
                          h.ingetrokken_op is not null as ingetrokken,
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
                          h.intrekking_grond as intrekking_grond,
                          er.huisverbod_id is not null and not er.afgezien as rapport, coalesce(er.afgezien, false) as afgezien,
                          case when not er.afgezien then er.dreiging end as dreiging,
                          not er.afgezien and er.relatie as relatie, not er.afgezien and er.apart as apart,
                          not er.afgezien and er.recidive as recidive,
                          """
                + VERWIJZING_PER_ZAAK
                + """
                          , h.afgesloten_op is not null as afgerond, h.monitoring_verlengd_op is not null as monitoring_verlengd,
                          h.beeindiging_grond, h.strafrechtelijk_traject as straftraject, 0 as rihg, 0 as rihg_thv,
                          h.geweld_type, h.geweld_ernst, h.intieme_terreur, h.herhaling_grond is not null as herhaald
                        from huisverbod h left join o on o.huisverbod_id = h.id left join k on k.huisverbod_id = h.id
                          left join z on z.huisverbod_id = h.id left join u on u.huisverbod_id = h.id left join v on v.huisverbod_id = h.id
                          left join vb on vb.huisverbod_id = h.id left join ov on ov.huisverbod_id = h.id
                          left join pv on pv.huisverbod_id = h.id left join mw on mw.huisverbod_id = h.id
                          left join er on er.huisverbod_id = h.id left join vg on vg.huisverbod_id = h.id
                        where h.opgelegd_op >= $1 and h.opgelegd_op < $2
                        union all
                        select opgelegd_op, gemeente, true, verlengd, ingetrokken, vanuit_zorg, herhaling, aantal_overtredingen > 0,
                          minderjarigen, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, null, false, false, null, false, false,
                          false"""
                + ", 0".repeat(15)
                + """
                          , false, false, null, strafrechtelijk_traject, case when rihg then 1 else 0 end,
                          case when rihg then 1 else 0 end, coalesce(geweld_type, 'ONBEKEND'), coalesce(geweld_ernst, 'ONBEKEND'),
                          coalesce(intieme_terreur, 'ONBEKEND'), herhaling
                        from historisch_huisverbod where opgelegd_op >= $1 and opgelegd_op < $2
                        union all
                        -- a RiHG counts on the day it was held, with or without a THV (issue 35.7); it has no case features
                        select (datum::timestamp at time zone 'Europe/Amsterdam'), gemeente, false, false, false, false, false, false,
                          false, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false, null, false, false, null, false, false,
                          false"""
                + ", 0".repeat(15)
                + """
                            , false, false, null, false, 1, case when uitkomst = 'THV' then 1 else 0 end, 'ONBEKEND', 'ONBEKEND',
                            'ONBEKEND', false
                          from rihg where datum >= ($1 at time zone 'Europe/Amsterdam')::date
                            and datum < ($2 at time zone 'Europe/Amsterdam')::date
                        ),
                        -- first the counts per year, quarter and gemeente (a plain aggregate the database may run in parallel), then
                        -- the ROLLUP over those few hundred rows
                        per as (
                          select extract(year from opgelegd_op at time zone 'Europe/Amsterdam')::int as jaar,
                            extract(quarter from opgelegd_op at time zone 'Europe/Amsterdam')::int as kwartaal, gemeente"""
                + extra
                + """
                        ,
                        count(*) filter (where is_thv) as aantal, count(*) filter (where verlengd) as verlengd,
                        count(*) filter (where ingetrokken) as ingetrokken,
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
                        count(*) filter (where intrekking_grond = 'ANDERS') as ig_anders,
                        count(*) filter (where rapport) as m_eindrapporten, count(*) filter (where afgezien) as m_eindrapportenafgezien,
                        count(*) filter (where dreiging = 'JA') as m_dreigingafgenomenja,
                        count(*) filter (where dreiging = 'NEE') as m_dreigingafgenomennee,
                        count(*) filter (where dreiging = 'ONDUIDELIJK') as m_dreigingafgenomenonduidelijk,
                        count(*) filter (where relatie) as m_relatiebeeindigd, count(*) filter (where apart) as m_gescheidenwonen,
                        count(*) filter (where recidive) as m_recidivebekend"""
                + VERWIJZING_SOMMEN + """
                        ,
                        count(*) filter (where afgerond) as m_monitoringafgerond,
                        count(*) filter (where monitoring_verlengd) as m_monitoringverlengd"""
                + VROEGTIJDIG + """
                          ,
                          count(*) filter (where straftraject) as m_strafrechtelijktraject, sum(rihg) as m_rihg,
                          sum(rihg_thv) as m_rihgmetthv
                        from thv group by 1, 2, 3"""
                + kenmerken.stream().map(g -> ", " + g.sql()).collect(java.util.stream.Collectors.joining()) + """

                        )
                        """;
    }

    /** Per case, the persons of each kind by the outcome of their referral (issue 35.6): ab_ja, uhg_niet_verwezen, … */
    private static final List<String> KLASSEN = List.of("AB", "UHG", "KIND");
    private static final List<String> KLASSE_MATEN = List.of("Achterblijver", "Uhg", "Kind");
    private static final List<String> UITKOMSTEN = List.of("JA", "DEELS", "NEE", "ONDUIDELIJK", "NIET_VERWEZEN");
    private static final String VERWIJZING_UITKOMSTEN;
    private static final String VERWIJZING_SOMMEN;
    private static final String VERWIJZING_PER_ZAAK;
    private static final String VROEGTIJDIG;

    static {
        StringBuilder uitkomsten = new StringBuilder();
        StringBuilder sommen = new StringBuilder();
        List<String> perZaak = new java.util.ArrayList<>();
        for (int k = 0; k < KLASSEN.size(); k++) {
            for (String u : UITKOMSTEN) {
                String kolom = ("vg_" + KLASSEN.get(k) + "_" + u).toLowerCase(java.util.Locale.ROOT);
                uitkomsten.append(", count(*) filter (where klasse = '").append(KLASSEN.get(k)).append("' and uitkomst = '")
                        .append(u).append("') as ").append(kolom);
                sommen.append(", coalesce(sum(").append(kolom).append("), 0) as ").append(kolom(uitkomst(k, u)));
                perZaak.add("coalesce(vg." + kolom + ", 0) as " + kolom);
            }
        }
        VERWIJZING_UITKOMSTEN = uitkomsten.toString();
        VERWIJZING_SOMMEN = sommen.toString();
        VERWIJZING_PER_ZAAK = String.join(", ", perZaak);
        StringBuilder vroeg = new StringBuilder();
        for (nl.thvhub.huisverbod.Beeindigingsgrond g : nl.thvhub.huisverbod.Beeindigingsgrond.values()) {
            vroeg.append(", count(*) filter (where beeindiging_grond = '").append(g.name()).append("') as ")
                    .append(kolom(vroegtijdig(g)));
        }
        VROEGTIJDIG = vroeg.toString();
    }

    /** The measure of persons of one kind with one referral outcome: verwijzingGeslaagdUhgNietVerwezen. */
    private static String uitkomst(int klasse, String uitkomst) {
        return "verwijzingGeslaagd" + KLASSE_MATEN.get(klasse) + camel(uitkomst);
    }

    /** The measure of early endings on one ground: vroegtijdigDoelBereikt. */
    private static String vroegtijdig(nl.thvhub.huisverbod.Beeindigingsgrond g) {
        return "vroegtijdig" + camel(g.name());
    }

    private static String camel(String code) {
        StringBuilder s = new StringBuilder();
        for (String deel : code.split("_")) {
            s.append(deel.charAt(0)).append(deel.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return s.toString();
    }

    /** The SQL column of a measure added with issue 35: m_ and its name in lower case. */
    private static String kolom(String maat) {
        return "m_" + maat.toLowerCase(java.util.Locale.ROOT);
    }

    /** The measures of issue 35 on: their columns follow their names ({@link #kolom}). */
    private static final int EERSTE_NIEUWE = nl.thvhub.statistiek.Statistiekregel.MATEN.indexOf("eindrapporten");

    private static final String TELLINGEN;

    static {
        StringBuilder t = new StringBuilder(
                """
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
                        coalesce(sum(ig_anders), 0)::bigint as ig_anders""");
        List<String> maten = nl.thvhub.statistiek.Statistiekregel.MATEN;
        for (int m = EERSTE_NIEUWE; m < maten.size(); m++) {
            t.append(m % 3 == 0 ? ",\n" : ", ").append("coalesce(sum(").append(kolom(maten.get(m))).append("), 0)::bigint as ")
                    .append(kolom(maten.get(m)));
        }
        TELLINGEN = t.append('\n').toString();
    }

    /** The started referrals of the period, for the median waiting time (a median does not roll up from subtotals). */
    private static String wachttijd(List<Groepering> kenmerken) {
        return """
                with per as (
                  select extract(year from h.opgelegd_op at time zone 'Europe/Amsterdam')::int as jaar,
                    extract(quarter from h.opgelegd_op at time zone 'Europe/Amsterdam')::int as kwartaal, h.gemeente,
                    v.gestart_op - v.aangemeld_op as dagen""" + KENMERKEN + """

                  from verwijzing v join huisverbod h on h.id = v.huisverbod_id
                  where v.gestart_op is not null and h.opgelegd_op >= $1 and h.opgelegd_op < $2
                )
                """;
    }

    /**
     * The closed cases of the period, for the median duration of monitoring (issue 35.6): from the THV's end to the end
     * of monitoring (its early end, or its planned end, or closing if that came first), in days.
     */
    private static String duur(List<Groepering> kenmerken) {
        return """
                with per as (
                  select extract(year from h.opgelegd_op at time zone 'Europe/Amsterdam')::int as jaar,
                    extract(quarter from h.opgelegd_op at time zone 'Europe/Amsterdam')::int as kwartaal, h.gemeente,
                    greatest(0, extract(epoch from coalesce(h.beeindigd_op, least(h.afgesloten_op, h.monitoring_einde))
                      - h.eindmoment) / 86400) as dagen""" + KENMERKEN + """

                  from huisverbod h
                  where h.afgesloten_op is not null and h.opgelegd_op >= $1 and h.opgelegd_op < $2
                )
                """;
    }

    /** The case features as the median statements select them from {@code huisverbod h}. */
    private static final String KENMERKEN = """
            ,
                h.geweld_type, h.geweld_ernst, h.intieme_terreur, h.herhaling_grond is not null as herhaald,
                h.strafrechtelijk_traject as straftraject""";

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
        StringBuilder query = new StringBuilder(thv(kenmerken(groepering))).append("select ");
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
        return sql.preparedQuery(thv(List.of()) + "select " + sleutels(TABEL) + TELLINGEN + " from per group by " + TABEL_SETS)
                .execute(Tuple.of(odt(van), odt(tot))).map(rows -> Rijen.alle(rows, r -> telling(r, TABEL.size())));
    }

    /** The median waiting time per cell of the published table, key (in {@link #TABEL} order) → median. */
    public Uni<java.util.Map<List<Object>, Double>> wachttijdTabel(SqlClient sql, Instant van, Instant tot) {
        return mediaanPerSleutel(sql, wachttijd(List.of()) + "select " + sleutels(TABEL)
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
        return mediaan(wachttijd(kenmerken(groepering)), groepering);
    }

    /** The median duration of monitoring for a grouping ($1, $2: the period; $3 the gemeenten), issue 35.6. */
    public static String monitoringduren(List<Groepering> groepering) {
        return mediaan(duur(kenmerken(groepering)), groepering);
    }

    /** The median duration of monitoring per group, key → median. */
    public Uni<java.util.Map<List<Object>, Double>> monitoringduur(SqlClient sql, Instant van, Instant tot,
            List<Groepering> groepering, java.util.Set<String> gemeenten) {
        return mediaanPerSleutel(sql, monitoringduren(groepering), Tuple.of(odt(van), odt(tot), lijst(gemeenten)),
                groepering.size());
    }

    /** The median duration of monitoring per cell of the published table. */
    public Uni<java.util.Map<List<Object>, Double>> monitoringduurTabel(SqlClient sql, Instant van, Instant tot) {
        return mediaanPerSleutel(sql, duur(List.of()) + "select " + sleutels(TABEL)
                + "percentile_cont(0.5) within group (order by dagen) as mediaan from per group by " + TABEL_SETS,
                Tuple.of(odt(van), odt(tot)), TABEL.size());
    }

    private static List<Groepering> kenmerken(List<Groepering> groepering) {
        return groepering.stream().filter(Groepering::kenmerk).toList();
    }

    private static String mediaan(String per, List<Groepering> groepering) {
        StringBuilder query = new StringBuilder(per).append("select ");
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
        long[] oud = {r.getLong("aantal"), r.getLong("verlengd"), r.getLong("ingetrokken"), r.getLong("vanuit_zorg"),
                r.getLong("herhaling"), r.getLong("met_overtredingen"), r.getLong("met_minderjarigen"),
                r.getLong("aanhoudingen"), r.getLong("uhg"), r.getLong("uhg_bereikt"), r.getLong("v_ab"), r.getLong("g_ab"),
                r.getLong("v_uhg"), r.getLong("g_uhg"), r.getLong("v_kind"), r.getLong("g_kind"), r.getLong("met_verblijf"),
                r.getLong("opvang"), r.getLong("pv_gevraagd"), r.getLong("pv_beantwoord"), r.getLong("mw_ja"),
                r.getLong("mw_deels"), r.getLong("mw_nee"), r.getLong("niet_verlengd"), r.getLong("ig_veilig"),
                r.getLong("ig_juridisch"), r.getLong("ig_rechter"), r.getLong("ig_anders")};
        List<String> maten = nl.thvhub.statistiek.Statistiekregel.MATEN;
        long[] t = java.util.Arrays.copyOf(oud, maten.size());
        for (int m = EERSTE_NIEUWE; m < maten.size(); m++) {
            t[m] = r.getLong(kolom(maten.get(m)));
        }
        return new Telling(sleutel, t);
    }
}
