-- Feature zorg publishes what the case read needs of the care record (issue 30, step 3): the goals of the family's help
-- and safety plans as text (the deprecated `hulpverlening`), the last contact attempt per person, since when a referral
-- waits, the last check-in, whether the monitoring report was written or waived, and the care advice's risk. The
-- layout of `zorgdocument.inhoud` ({"items": [...]}, written by zorg.persistence.Zorgcodec) is read here and nowhere
-- else outside the zorg feature; the case read joins this view by name.
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
  (select json_build_object('d', p.datum, 'v', p.veilig, 'h', p.hulp_loopt) from peilmoment p
     where p.huisverbod_id = h.id order by p.datum desc, p.vastgelegd_op desc limit 1) as laatste_peilmoment,
  (select case when d.inhoud->'items'->0->>'afgezienReden' is null then 'OPGESTELD' else 'AFGEZIEN' end
     from zorgdocument d where d.huisverbod_id = h.id and d.soort = 'EINDRAPPORT' and d.sleutel = h.id) as eindrapport,
  (select d.inhoud->'items'->0->>'risico' from zorgdocument d
     where d.huisverbod_id = h.id and d.soort = 'ZORGADVIES' and d.sleutel = h.id) as zorgadvies_risico
from huisverbod h;

grant select on zorg_zaakstand to ${app_rol};
