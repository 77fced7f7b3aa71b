package nl.thvhub.statistiek.persistence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;

import nl.thvhub.statistiek.Statistiekregel;

/**
 * Keeps the statistics' summary current (issue 37.4): recomputes the facts of the cases a write marked, each from its
 * own rows only (every subquery is bounded by the marked ids), and moves the cells and day distributions by the
 * difference between the case's old and new row. Callers hold {@link #SLOT} so one recomputation runs at a time.
 */
@ApplicationScoped
public class ZaakcijferRepository {

    /** The advisory lock that serialises recomputation (two at once would count a case twice). */
    public static final long SLOT = 0x5448_5653_5441_5431L;

    /** A batch of marks: the queue rows taken and the distinct cases they name. */
    public record Markeringen(List<Long> ids, List<UUID> zaken) {
    }

    /** Waits for the recomputation lock until the end of the caller's transaction. */
    public Uni<Void> waitForLock(SqlClient sql) {
        return sql.preparedQuery("select pg_advisory_xact_lock($1)").execute(Tuple.of(SLOT)).replaceWithVoid();
    }

    /** Takes the lock if free; false when another recomputation holds it. */
    public Uni<Boolean> tryLock(SqlClient sql) {
        return sql.preparedQuery("select pg_try_advisory_xact_lock($1)").execute(Tuple.of(SLOT))
                .map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** The oldest {@code hoogstens} marks. */
    public Uni<Markeringen> markeringen(SqlClient sql, int hoogstens) {
        return sql.preparedQuery("select id, huisverbod_id from statistiek_wachtrij order by id limit $1")
                .execute(Tuple.of(hoogstens)).map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    Set<UUID> zaken = new LinkedHashSet<>();
                    for (Row r : rows) {
                        ids.add(r.getLong("id"));
                        zaken.add(r.getUUID("huisverbod_id"));
                    }
                    return new Markeringen(ids, List.copyOf(zaken));
                });
    }

    /** Recomputes the marked cases and removes their marks; returns how many marks were taken. */
    public Uni<Integer> recompute(SqlClient sql, Markeringen m) {
        if (m.ids().isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Tuple zaken = Tuple.of(m.zaken().toArray(UUID[]::new));
        return sql.preparedQuery(AFTREKKEN).execute(zaken)
                .chain(() -> sql.preparedQuery(OPTELLEN).execute(zaken))
                .chain(() -> sql.preparedQuery(OPRUIMEN).execute())
                .chain(() -> sql.preparedQuery("delete from statistiek_wachtrij where id = any($1)")
                        .execute(Tuple.of(m.ids().toArray(Long[]::new))))
                .replaceWith(m.ids().size());
    }

    /** True when the stored counts have another number of measures than this hub counts (a measure was added). */
    public Uni<Boolean> verouderd(SqlClient sql) {
        return sql.preparedQuery("""
                select exists (select 1 from statistiek_cel where cardinality(tellingen) <> $1)
                    or exists (select 1 from statistiek_zaak where cardinality(tellingen) <> $1)""")
                .execute(Tuple.of(Statistiekregel.MATEN.size())).map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** Empties the summary and marks every case, so the summary is rebuilt with the current measures. */
    public Uni<Void> rebuild(SqlClient sql) {
        return sql.query("delete from statistiek_cel").execute()
                .chain(() -> sql.query("delete from statistiek_verdeling").execute())
                .chain(() -> sql.query("delete from statistiek_zaak").execute())
                .chain(() -> sql.query("insert into statistiek_wachtrij (huisverbod_id) select id from huisverbod").execute())
                .replaceWithVoid();
    }

    /** Cells and day counts that no case fills any more. */
    private static final String OPRUIMEN = """
            with c as (delete from statistiek_cel where 0 = all(tellingen))
            delete from statistiek_verdeling where aantal = 0""";

    /**
     * The facts of the cases in $1, one row each: the cell, the measures (in MATEN order), the whole days of monitoring
     * of a closed case and the waiting days of each started referral.
     */
    static final String ZAAK = """
            with o as (select huisverbod_id, count(*) filter (where vervolgactie = 'AANHOUDING') as aanhoudingen
                       from overtreding where status = 'BEVESTIGD' and huisverbod_id = any($1) group by huisverbod_id),
              -- a minor by the case's own rule: a child of the case, or under 18 on the day the THV was imposed
              k as (select distinct b.huisverbod_id from betrokkene b join huisverbod h on h.id = b.huisverbod_id
                    where b.huisverbod_id = any($1) and (b.rol = 'KIND'
                      or b.geboortedatum > (h.opgelegd_op at time zone 'Europe/Amsterdam')::date - interval '18 years')),
              z as (select distinct huisverbod_id from thv_aanvraag where uitkomst = 'OPGELEGD' and huisverbod_id = any($1)),
              -- the care record: UHGs and those any contact attempt reached; referrals and those started, per person type
              r as (select distinct betrokkene_id from contactmoment where bereikt and huisverbod_id = any($1)),
              u as (select b.huisverbod_id, count(*) as uhg, count(r.betrokkene_id) as bereikt
                    from betrokkene b left join r on r.betrokkene_id = b.id
                    where b.rol = 'UITHUISGEPLAATSTE' and b.huisverbod_id = any($1) group by 1),
              v as (select v.huisverbod_id,
                      count(*) filter (where b.rol = 'ACHTERBLIJVER') as v_ab,
                      count(*) filter (where b.rol = 'ACHTERBLIJVER' and v.gestart_op is not null) as g_ab,
                      count(*) filter (where b.rol = 'UITHUISGEPLAATSTE') as v_uhg,
                      count(*) filter (where b.rol = 'UITHUISGEPLAATSTE' and v.gestart_op is not null) as g_uhg,
                      count(*) filter (where b.rol = 'KIND') as v_kind,
                      count(*) filter (where b.rol = 'KIND' and v.gestart_op is not null) as g_kind
                    from verwijzing v join betrokkene b on b.id = v.betrokkene_id where v.huisverbod_id = any($1) group by 1),
              -- the UHG (issue 33): a known place to stay and shelter granted by their last record, requests to the police
              -- made and answered, and his cooperation by the last contact that reached him
              vb as (select huisverbod_id, count(*) filter (where soort <> 'ONBEKEND') as met_verblijf from (select distinct
                       on (huisverbod_id, betrokkene_id) huisverbod_id, soort from verblijf_uhg where huisverbod_id = any($1)
                       order by huisverbod_id, betrokkene_id, versie desc) l group by 1),
              ov as (select huisverbod_id, count(*) filter (where in_aanmerking) as opvang from (select distinct
                       on (huisverbod_id, betrokkene_id) huisverbod_id, in_aanmerking from opvangbesluit
                       where huisverbod_id = any($1) order by huisverbod_id, betrokkene_id, versie desc) l group by 1),
              pv as (select huisverbod_id, count(*) as gevraagd, count(*) filter (where beantwoord_op is not null) as beantwoord
                     from politieverzoek where huisverbod_id = any($1) group by 1),
              mw as (select huisverbod_id, count(*) filter (where medewerking = 'JA') as ja,
                       count(*) filter (where medewerking = 'DEELS') as deels, count(*) filter (where medewerking = 'NEE') as nee
                     from (select distinct on (c.betrokkene_id) c.huisverbod_id, c.medewerking from contactmoment c
                       join betrokkene b on b.id = c.betrokkene_id and b.rol = 'UITHUISGEPLAATSTE'
                       where c.bereikt and c.huisverbod_id = any($1)
                       order by c.betrokkene_id, c.datum desc, c.vastgelegd_op desc) l group by 1),
              -- the outcomes (issue 35.6): the monitoring report's fields as the follow-through publishes them (V42), and per person whether the referral
              -- succeeded; a person the written report does not name is NIET_VERWEZEN when never referred, ONDUIDELIJK
              -- otherwise
              er as (select huisverbod_id, afgezien, dreiging_afgenomen as dreiging, relatie_beeindigd = 'JA' as relatie,
                       gescheiden_wonen = 'JA' as apart, recidive_bekend = 'JA' as recidive, verwijzing_geslaagd as geslaagd
                     from opvolging_eindrapport where huisverbod_id = any($1)),
              vp as (select p.e->>'betrokkeneId' as betrokkene_id, (array_agg(p.e->>'uitkomst' order by p.n))[1] as uitkomst
                     from er cross join lateral jsonb_array_elements(er.geslaagd) with ordinality as p(e, n)
                     where not er.afgezien group by 1),
              vw as (select distinct betrokkene_id from verwijzing where huisverbod_id = any($1)),
              vg as (select x.huisverbod_id"""
            + uitkomstenPerZaak()
            + """

                           from (select b.huisverbod_id,
                                   case when b.rol = 'UITHUISGEPLAATSTE' then 'UHG'
                                     when b.rol = 'KIND' or b.geboortedatum > (h.opgelegd_op at time zone 'Europe/Amsterdam')::date
                                       - interval '18 years' then 'KIND' else 'AB' end as klasse,
                                   coalesce(vp.uitkomst, case when vw.betrokkene_id is not null then 'ONDUIDELIJK'
                                       else 'NIET_VERWEZEN' end) as uitkomst
                                 from betrokkene b join er on er.huisverbod_id = b.huisverbod_id and not er.afgezien
                                   join huisverbod h on h.id = b.huisverbod_id
                                   left join vp on vp.betrokkene_id = b.id::text left join vw on vw.betrokkene_id = b.id
                                 where b.huisverbod_id = any($1)) x
                           group by 1),
                    thv as (
                      select h.id, extract(year from h.opgelegd_op at time zone 'Europe/Amsterdam')::int as jaar,
                        extract(quarter from h.opgelegd_op at time zone 'Europe/Amsterdam')::int as kwartaal, h.gemeente,
                        h.geweld_type, h.geweld_ernst, h.intieme_terreur, h.herhaling_grond is not null as herhaald,
                        h.strafrechtelijk_traject as straftraject,
                        true as is_thv, h.verlengd_op is not null as verlengd, h.ingetrokken_op is not null as ingetrokken,
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
                        not er.afgezien and er.recidive as recidive, """
            + verwijzingPerZaak()
            + """
                        , h.afgesloten_op is not null as afgerond, h.monitoring_verlengd_op is not null as monitoring_verlengd,
                        h.beeindiging_grond, 0 as rihg, 0 as rihg_thv,
                        -- monitoring from the THV's end to its early end, or its planned end, or closing if that came first
                        case when h.afgesloten_op is not null then greatest(0, floor(extract(epoch from coalesce(h.beeindigd_op,
                          least(h.afgesloten_op, h.monitoring_einde)) - h.eindmoment) / 86400))::int end as duur_dagen,
                        array(select w.gestart_op - w.aangemeld_op from verwijzing w
                              where w.huisverbod_id = h.id and w.gestart_op is not null) as wachttijden
                      from huisverbod h left join o on o.huisverbod_id = h.id left join k on k.huisverbod_id = h.id
                        left join z on z.huisverbod_id = h.id left join u on u.huisverbod_id = h.id left join v on v.huisverbod_id = h.id
                        left join vb on vb.huisverbod_id = h.id left join ov on ov.huisverbod_id = h.id
                        left join pv on pv.huisverbod_id = h.id left join mw on mw.huisverbod_id = h.id
                        left join er on er.huisverbod_id = h.id left join vg on vg.huisverbod_id = h.id
                      where h.id = any($1)),
                    feiten as (
                      select id, """
            + Telsql.CEL + ", " + Telsql.alsArray() + """
                       as tellingen, duur_dagen, wachttijden
                    from (select id, """ + Telsql.CEL + ", duur_dagen, wachttijden, " + Telsql.AGGREGAAT + """

                    from thv group by id, """ + Telsql.CEL + """
                    , duur_dagen, wachttijden) a)
                    """;

    private static String uitkomstenPerZaak() {
        StringBuilder s = new StringBuilder();
        List<String> kolommen = Telsql.verwijzingKolommen();
        int i = 0;
        for (String klasse : Telsql.KLASSEN) {
            for (String u : Telsql.UITKOMSTEN) {
                s.append(", count(*) filter (where klasse = '").append(klasse).append("' and uitkomst = '").append(u)
                        .append("') as ").append(kolommen.get(i++));
            }
        }
        return s.toString();
    }

    private static String verwijzingPerZaak() {
        return Telsql.verwijzingKolommen().stream().map(k -> "coalesce(vg." + k + ", 0) as " + k)
                .collect(Collectors.joining(", "));
    }

    /** The cases' old rows leave the summary: their counts are subtracted from their cells. */
    private static final String AFTREKKEN = """
            with oud as (delete from statistiek_zaak where huisverbod_id = any($1) returning *)
            """ + verschuif("oud", "-");

    /** The cases' new rows join the summary: stored, and their counts added to their cells. */
    private static final String OPTELLEN = ZAAK.stripTrailing() + """
            ,
            nieuw as (insert into statistiek_zaak (huisverbod_id, """ + Telsql.CEL + """
            , tellingen, duur_dagen, wachttijden)
                      select * from feiten returning *)
            """ + verschuif("nieuw", "");

    /**
     * Moves the cells and distributions by the rows of {@code bron}, with {@code teken} ("-" to subtract). Each upsert
     * gets one row per key (grouped), as ON CONFLICT requires.
     */
    private static String verschuif(String bron, String teken) {
        int n = Statistiekregel.MATEN.size();
        String sommen = IntStream.rangeClosed(1, n).mapToObj(i -> teken + "sum(tellingen[" + i + "])")
                .collect(Collectors.joining(", ", "array[", "]"));
        String optellen = IntStream.rangeClosed(1, n)
                .mapToObj(i -> "coalesce(statistiek_cel.tellingen[" + i + "], 0) + excluded.tellingen[" + i + "]")
                .collect(Collectors.joining(", ", "array[", "]"));
        return """
                , cel as (insert into statistiek_cel (%1$s, tellingen)
                          select %1$s, %2$s from %3$s group by %1$s
                          on conflict (%1$s) do update set tellingen = %4$s)
                insert into statistiek_verdeling (soort, %1$s, dagen, aantal)
                select 'MONITORING', %1$s, duur_dagen, %5$scount(*) from %3$s where duur_dagen is not null
                  group by %1$s, duur_dagen
                union all
                select 'WACHTTIJD', %1$s, w.dagen, %5$scount(*) from %3$s cross join unnest(wachttijden) as w(dagen)
                  group by %1$s, w.dagen
                on conflict (soort, %1$s, dagen) do update set aantal = statistiek_verdeling.aantal + excluded.aantal"""
                .formatted(Telsql.CEL, sommen, bron, optellen, teken);
    }
}
