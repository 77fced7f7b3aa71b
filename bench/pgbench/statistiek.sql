-- the statement GET /api/v1/statistieken/huisverboden?groepering=jaar,gemeente issues (StatistiekRepository), with the
-- default years (2009 to now) as literals: the baseline of the `stat` scenario
with o as (select huisverbod_id, count(*) filter (where vervolgactie = 'AANHOUDING') as aanhoudingen
           from overtreding where status = 'BEVESTIGD' group by huisverbod_id),
  k as (select distinct huisverbod_id from betrokkene where rol = 'KIND'),
  z as (select distinct huisverbod_id from thv_aanvraag where uitkomst = 'OPGELEGD' and huisverbod_id is not null),
  thv as (
  select h.opgelegd_op, h.gemeente, h.verlengd_op is not null as verlengd, h.ingetrokken_op is not null as ingetrokken,
    z.huisverbod_id is not null as vanuit_zorg, h.herhaling_grond is not null as herhaling,
    o.huisverbod_id is not null as met_overtredingen, k.huisverbod_id is not null as met_minderjarigen,
    coalesce(o.aanhoudingen, 0) as aanhoudingen
  from huisverbod h left join o on o.huisverbod_id = h.id left join k on k.huisverbod_id = h.id
    left join z on z.huisverbod_id = h.id
  where h.opgelegd_op >= '2009-01-01' and h.opgelegd_op < '2027-01-01'
  union all
  select opgelegd_op, gemeente, verlengd, ingetrokken, vanuit_zorg, herhaling, aantal_overtredingen > 0,
    minderjarigen, 0
  from historisch_huisverbod where opgelegd_op >= '2009-01-01' and opgelegd_op < '2027-01-01'
),
-- first the counts per year, quarter and gemeente (a plain aggregate the database may run in parallel), then
-- the ROLLUP over those few hundred rows
per as (
  select extract(year from opgelegd_op at time zone 'Europe/Amsterdam')::int as jaar,
    extract(quarter from opgelegd_op at time zone 'Europe/Amsterdam')::int as kwartaal, gemeente,
    count(*) as aantal, count(*) filter (where verlengd) as verlengd, count(*) filter (where ingetrokken) as ingetrokken,
    count(*) filter (where vanuit_zorg) as vanuit_zorg, count(*) filter (where herhaling) as herhaling,
    count(*) filter (where met_overtredingen) as met_overtredingen,
    count(*) filter (where met_minderjarigen) as met_minderjarigen, sum(aanhoudingen) as aanhoudingen
  from thv group by 1, 2, 3
)
select jaar as g0, gemeente as g1,
coalesce(sum(aantal), 0)::bigint as aantal, coalesce(sum(verlengd), 0)::bigint as verlengd,
coalesce(sum(ingetrokken), 0)::bigint as ingetrokken, coalesce(sum(vanuit_zorg), 0)::bigint as vanuit_zorg,
coalesce(sum(herhaling), 0)::bigint as herhaling, coalesce(sum(met_overtredingen), 0)::bigint as met_overtredingen,
coalesce(sum(met_minderjarigen), 0)::bigint as met_minderjarigen,
coalesce(sum(aanhoudingen), 0)::bigint as aanhoudingen
from per group by rollup (jaar, gemeente) order by g0 nulls last, g1 nulls last;
