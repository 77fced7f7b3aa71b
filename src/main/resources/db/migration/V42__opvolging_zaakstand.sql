-- Issue 30, step 4: the follow-through is a feature of its own (package opvolging: monitoring, the monitoring report,
-- the hand-over confirmation, the care advice for ZSM and the Reclassering advice request). It publishes what the case
-- read needs of it as its own view, so the views of zorg and strafrecht name only their own tables again: the last
-- check-in, the report's state, the advice's risk, the open advice request, and the open Reclassering request (it gives the
-- Reclassering worker reach of the case, so every decision needs it). Same columns, same values as before.
-- The monitoring report's fields, which the statistics and the work queue read, are published as columns by
-- opvolging_eindrapport, and the care advice's risk, which the ZSM priority list reads, by opvolging_zorgadvies, so no
-- SQL outside the follow-through reads the JSON layout of its documents.
create view opvolging_zorgadvies as
select huisverbod_id, inhoud->'items'->0->>'risico' as risico from zorgdocument
where soort = 'ZORGADVIES' and sleutel = huisverbod_id;

create view opvolging_eindrapport as
select d.huisverbod_id, d.e->>'afgezienReden' is not null as afgezien, d.e->>'dreigingAfgenomen' as dreiging_afgenomen,
  d.e->>'relatieBeeindigd' as relatie_beeindigd, d.e->>'gescheidenWonen' as gescheiden_wonen,
  d.e->>'recidiveBekend' as recidive_bekend, d.e->'verwijzingGeslaagd' as verwijzing_geslaagd
from (select huisverbod_id, inhoud->'items'->0 as e from zorgdocument
      where soort = 'EINDRAPPORT' and sleutel = huisverbod_id) d;

create view opvolging_zaakstand as
select h.id as huisverbod_id,
  (select json_build_object('d', p.datum, 'v', p.veilig, 'h', p.hulp_loopt) from peilmoment p
     where p.huisverbod_id = h.id order by p.datum desc, p.vastgelegd_op desc limit 1) as laatste_peilmoment,
  (select case when e.afgezien then 'AFGEZIEN' else 'OPGESTELD' end
     from opvolging_eindrapport e where e.huisverbod_id = h.id) as eindrapport,
  (select a.risico from opvolging_zorgadvies a where a.huisverbod_id = h.id) as zorgadvies_risico,
  (select json_build_object('id', a.id, 't', a.termijn, 'op', a.gevraagd_op, 'door', a.gevraagd_door)
     from zorgadviesaanvraag a where a.huisverbod_id = h.id and a.beantwoord_op is null) as zorgadviesaanvraag,
  (select json_build_object('t', a.termijn, 'op', a.aangevraagd_op, 'tot', a.vervalt_op) from reclasseringsadvies a
     where a.huisverbod_id = h.id and a.geleverd_op is null and a.einde_op is null) as reclasseringsaanvraag
from huisverbod h;

drop view zorg_zaakstand;
create view zorg_zaakstand as
select h.id as huisverbod_id,
  (select string_agg(i.item->>'doel', E'\n' order by i.nr) from zorgdocument d,
          jsonb_array_elements(d.inhoud->'items') with ordinality as i(item, nr)
     where d.huisverbod_id = h.id and d.soort = 'HULPVERLENINGSPLAN' and d.sleutel = h.id) as plan_tekst,
  (select string_agg(i.item->>'doel', E'\n' order by i.nr) from zorgdocument d,
          jsonb_array_elements(d.inhoud->'items') with ordinality as i(item, nr)
     where d.huisverbod_id = h.id and d.soort = 'VEILIGHEIDSPLAN' and d.sleutel = h.id) as veiligheid_tekst,
  (select coalesce(json_agg(json_build_object('b', l.betrokkene_id, 'd', l.datum, 'v', l.vorm, 'r', l.bereikt,
            'ooit', l.ooit)), '[]'::json)
     from (select distinct on (c.betrokkene_id) c.betrokkene_id, c.datum, c.vorm, c.bereikt,
             bool_or(c.bereikt) over (partition by c.betrokkene_id) as ooit
           from contactmoment c where c.huisverbod_id = h.id
           order by c.betrokkene_id, c.datum desc, c.vastgelegd_op desc) l) as contacten,
  (select min(v.aangemeld_op) from verwijzing v where v.huisverbod_id = h.id
     and v.status in ('AANGEMELD', 'INTAKE_GEPLAND', 'WACHTLIJST')) as verwijzing_open_sinds,
  (select json_agg(json_build_object('id', n.id, 's', n.soort, 'g', n.eigenaar, 'o', n.organisatie, 'e', n.evaluatie_op)
            order by n.gestart_op)
     from nazorg n where n.huisverbod_id = h.id and n.einde_op is null) as nazorg
from huisverbod h;

drop view strafrecht_zaakstand;
create view strafrecht_zaakstand as
select h.id as huisverbod_id,
  exists (select 1 from afdoening a where a.huisverbod_id = h.id) as zsm_beoordeeld
from huisverbod h;

grant select on opvolging_eindrapport to ${app_rol};
grant select on opvolging_zorgadvies to ${app_rol};
grant select on opvolging_zaakstand to ${app_rol};
grant select on zorg_zaakstand to ${app_rol};
grant select on strafrecht_zaakstand to ${app_rol};
