-- the statement GET /api/v1/statistieken/huisverboden?groepering=jaar,gemeente issues (StatistiekRepository), with the
-- default years (2009 to now) as literals: the baseline of the `stat` scenario
with thv as (
  select h.opgelegd_op, h.gemeente, h.verlengd_op is not null as verlengd, h.ingetrokken_op is not null as ingetrokken,
    exists (select 1 from thv_aanvraag a where a.huisverbod_id = h.id and a.uitkomst = 'OPGELEGD') as vanuit_zorg,
    h.herhaling_grond is not null as herhaling,
    exists (select 1 from overtreding o where o.huisverbod_id = h.id and o.status = 'BEVESTIGD') as met_overtredingen,
    exists (select 1 from betrokkene b where b.huisverbod_id = h.id and b.rol = 'KIND') as met_minderjarigen,
    (select count(*) from overtreding o where o.huisverbod_id = h.id and o.vervolgactie = 'AANHOUDING') as aanhoudingen
  from huisverbod h where h.opgelegd_op >= '2009-01-01' and h.opgelegd_op < '2027-01-01'
  union all
  select opgelegd_op, gemeente, verlengd, ingetrokken, vanuit_zorg, herhaling, aantal_overtredingen > 0, minderjarigen, 0
  from historisch_huisverbod where opgelegd_op >= '2009-01-01' and opgelegd_op < '2027-01-01'
)
select extract(year from opgelegd_op at time zone 'Europe/Amsterdam')::int as g0, gemeente as g1, count(*) as aantal,
  count(*) filter (where verlengd) as verlengd, count(*) filter (where ingetrokken) as ingetrokken,
  count(*) filter (where vanuit_zorg) as vanuit_zorg, count(*) filter (where herhaling) as herhaling,
  count(*) filter (where met_overtredingen) as met_overtredingen, count(*) filter (where met_minderjarigen) as met_minderjarigen,
  coalesce(sum(aanhoudingen), 0) as aanhoudingen
from thv group by rollup (extract(year from opgelegd_op at time zone 'Europe/Amsterdam')::int, gemeente)
order by g0 nulls last, g1 nulls last;
