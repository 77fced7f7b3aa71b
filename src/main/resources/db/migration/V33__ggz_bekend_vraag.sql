-- Issue 33.6: the UHG's coordinator asks the GGZ organisation whether a person is known to it (seed §2.4.5: "beperkte
-- beschikbaarheid van GGZ-informatie is een belangrijk knelpunt"), with the person's consent; GGZ answers with the GGZ
-- flag (a flag set after the question answers it). Open until answered or vervalt_op.
create table ggzvraag (
    id                    uuid primary key,
    huisverbod_id         uuid not null references huisverbod (id),
    betrokkene_id         uuid not null references betrokkene (id),
    vraag                 varchar(1000),
    gevraagd_door         varchar(100) not null,
    gevraagd_organisatie  varchar(30) not null,
    gevraagd_op           timestamptz not null,
    vervalt_op            timestamptz not null
);
create index ggzvraag_zaak on ggzvraag (huisverbod_id, gevraagd_op desc);

-- the last question is a fact of the case read: while open (not answered, before vervalt_op, by the hub's clock) it
-- gives the GGZ organisation's readers reach of that one person
create or replace view uhg_zaakstand as
select h.id as huisverbod_id,
  (select json_build_object('id', p.id, 'b', p.betrokkene_id, 't', p.termijn, 'op', p.gevraagd_op, 'door', p.gevraagd_door)
     from politieverzoek p where p.huisverbod_id = h.id and p.beantwoord_op is null) as politieverzoek,
  (select json_build_object('id', g.id, 'b', g.betrokkene_id, 'op', g.gevraagd_op, 'tot', g.vervalt_op,
            'door', g.gevraagd_door)
     from ggzvraag g where g.huisverbod_id = h.id
     order by g.gevraagd_op desc limit 1) as ggzvraag
from huisverbod h;

grant select, insert on ggzvraag to ${app_rol};
grant update (vraag) on ggzvraag to ${app_rol};
