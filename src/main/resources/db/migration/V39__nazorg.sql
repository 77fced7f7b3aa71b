-- Issues 35.2 and 35.3: care that runs on after the case closed. A track is the gezinsmanager's, who carries on when the
-- coordinator closes with the gezinsmanager as receiver, or intensive case management (ICM) with review dates, for a
-- year or more; its owner keeps writing the care record until the track ends with an outcome. The case read learns of
-- the running tracks through zorg_zaakstand.
create table nazorg (
    id              uuid primary key,
    huisverbod_id   uuid not null references huisverbod (id),
    soort           varchar(20) not null check (soort in ('GEZINSMANAGER', 'ICM')),
    eigenaar        varchar(100) not null,
    organisatie     varchar(30) not null,
    start           date not null,
    evaluatie_op    date,
    gestart_door    varchar(100) not null,
    gestart_op      timestamptz not null,
    einde_op        date,
    uitkomst        varchar(30) check (uitkomst in ('DOEL_BEREIKT', 'OVERGEDRAGEN', 'GESTOPT_DOOR_CLIENT', 'ANDERS')),
    toelichting     varchar(2000),
    beeindigd_door  varchar(100),
    versie          integer not null default 1,
    check ((einde_op is null) = (uitkomst is null)),
    check (soort <> 'ICM' or evaluatie_op is not null)
);
create unique index nazorg_lopend on nazorg (huisverbod_id, soort) where einde_op is null;

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
     from zorgadviesaanvraag a where a.huisverbod_id = h.id and a.beantwoord_op is null) as zorgadviesaanvraag,
  (select json_agg(json_build_object('id', n.id, 's', n.soort, 'g', n.eigenaar, 'o', n.organisatie, 'e', n.evaluatie_op)
            order by n.gestart_op)
     from nazorg n where n.huisverbod_id = h.id and n.einde_op is null) as nazorg
from huisverbod h;

grant select, insert on nazorg to ${app_rol};
grant update (evaluatie_op, einde_op, uitkomst, toelichting, beeindigd_door, versie) on nazorg to ${app_rol};
