-- Issue 34.2: ZSM asks care for input on a case (recommendation 3b: casus 82's coordinator "niet om input over de casus
-- gevraagd"). One open request per case; the care advice answers it. The case read learns of the open request through
-- zorg_zaakstand (feature zorg publishes it, as before).
create table zorgadviesaanvraag (
    id                    uuid primary key,
    huisverbod_id         uuid not null references huisverbod (id),
    termijn               date not null,
    vraag                 varchar(1000),
    gevraagd_door         varchar(100) not null,
    gevraagd_organisatie  varchar(30) not null,
    gevraagd_op           timestamptz not null,
    beantwoord_door       varchar(100),
    beantwoord_op         timestamptz,
    check ((beantwoord_door is null) = (beantwoord_op is null))
);
create unique index zorgadviesaanvraag_open on zorgadviesaanvraag (huisverbod_id) where beantwoord_op is null;
create index zorgadviesaanvraag_zaak on zorgadviesaanvraag (huisverbod_id, gevraagd_op);

create or replace view zorg_zaakstand as
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
     where d.huisverbod_id = h.id and d.soort = 'ZORGADVIES' and d.sleutel = h.id) as zorgadvies_risico,
  (select json_build_object('id', a.id, 't', a.termijn, 'op', a.gevraagd_op, 'door', a.gevraagd_door)
     from zorgadviesaanvraag a where a.huisverbod_id = h.id and a.beantwoord_op is null) as zorgadviesaanvraag
from huisverbod h;

grant select, insert on zorgadviesaanvraag to ${app_rol};
grant update (beantwoord_door, beantwoord_op, vraag) on zorgadviesaanvraag to ${app_rol};
