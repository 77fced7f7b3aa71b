-- Issue 30's last step (the page of 50 must not get slower): each feature publishes what the case read needs of it as a
-- function of one case instead of a view over every case. A view is written "from huisverbod h", so joining it to the
-- case read joined huisverbod to itself once per feature (five times since V42: one index probe per feature per row).
-- A FROM-less SQL function of the case id is inlined by the planner and flattened into the case read, so
-- `cross join lateral <feature>_zaakstand(h.id)` costs no join at all, and a column the read does not name is still
-- never computed (Leesvorm relies on that). Same columns, same values, same owners as the views they replace; each
-- function is still written by its feature and names only its own tables. Functions execute with the caller's rights,
-- and the runtime role already reads every table they name.
drop view signalen_zaakstand;
drop view zorg_zaakstand;
drop view strafrecht_zaakstand;
drop view uhg_zaakstand;
drop view opvolging_zaakstand;

-- signalen: the violations' summary and GGZ's flags
create function signalen_zaakstand(zaak uuid)
returns table (overtredingen json, ggz_signalen json) language sql stable as $$
select
  (select json_build_object('aantal', count(*) filter (where o.status = 'BEVESTIGD'),
            'vermoed', count(*) filter (where o.status = 'VERMOED'),
            'zonderVervolg', count(*) filter (where o.status = 'BEVESTIGD' and o.vervolgactie is null),
            'vervolgacties', coalesce(json_agg(o.vervolgactie order by o.moment)
                               filter (where o.vervolgactie is not null), '[]'::json),
            'oudste', min(o.moment) filter (where o.status = 'BEVESTIGD' and o.vervolgactie is null))
     from overtreding o where o.huisverbod_id = zaak),
  (select coalesce(json_agg(json_build_object('b', g.betrokkene_id, 'j', g.betrokkenheid, 'i', g.instelling,
            'r', g.contact_rol, 't', g.contact_telefoon, 'op', g.gewijzigd_op) order by g.betrokkene_id), '[]'::json)
     from ggz_signaal g where g.huisverbod_id = zaak)
$$;

-- zorg: the plans' goals, the last contact per person, the oldest open referral, the running aftercare
create function zorg_zaakstand(zaak uuid)
returns table (plan_tekst text, veiligheid_tekst text, contacten json, verwijzing_open_sinds date, nazorg json)
language sql stable as $$
select
  (select string_agg(i.item->>'doel', E'\n' order by i.nr) from zorgdocument d,
          jsonb_array_elements(d.inhoud->'items') with ordinality as i(item, nr)
     where d.huisverbod_id = zaak and d.soort = 'HULPVERLENINGSPLAN' and d.sleutel = zaak),
  (select string_agg(i.item->>'doel', E'\n' order by i.nr) from zorgdocument d,
          jsonb_array_elements(d.inhoud->'items') with ordinality as i(item, nr)
     where d.huisverbod_id = zaak and d.soort = 'VEILIGHEIDSPLAN' and d.sleutel = zaak),
  (select coalesce(json_agg(json_build_object('b', l.betrokkene_id, 'd', l.datum, 'v', l.vorm, 'r', l.bereikt,
            'ooit', l.ooit)), '[]'::json)
     from (select distinct on (c.betrokkene_id) c.betrokkene_id, c.datum, c.vorm, c.bereikt,
             bool_or(c.bereikt) over (partition by c.betrokkene_id) as ooit
           from contactmoment c where c.huisverbod_id = zaak
           order by c.betrokkene_id, c.datum desc, c.vastgelegd_op desc) l),
  (select min(v.aangemeld_op) from verwijzing v where v.huisverbod_id = zaak
     and v.status in ('AANGEMELD', 'INTAKE_GEPLAND', 'WACHTLIJST')),
  (select json_agg(json_build_object('id', n.id, 's', n.soort, 'g', n.eigenaar, 'o', n.organisatie, 'e', n.evaluatie_op)
            order by n.gestart_op)
     from nazorg n where n.huisverbod_id = zaak and n.einde_op is null)
$$;

-- strafrecht: whether ZSM has decided
create function strafrecht_zaakstand(zaak uuid)
returns table (zsm_beoordeeld boolean) language sql stable as $$
select exists (select 1 from afdoening a where a.huisverbod_id = zaak)
$$;

-- uhg: the police's open request and the last question to GGZ (it gives GGZ reach of the case)
create function uhg_zaakstand(zaak uuid)
returns table (politieverzoek json, ggzvraag json) language sql stable as $$
select
  (select json_build_object('id', p.id, 'b', p.betrokkene_id, 't', p.termijn, 'op', p.gevraagd_op, 'door', p.gevraagd_door)
     from politieverzoek p where p.huisverbod_id = zaak and p.beantwoord_op is null),
  (select json_build_object('id', g.id, 'b', g.betrokkene_id, 'op', g.gevraagd_op, 'tot', g.vervalt_op,
            'door', g.gevraagd_door)
     from ggzvraag g where g.huisverbod_id = zaak
     order by g.gevraagd_op desc limit 1)
$$;

-- opvolging: the last check-in, the report's state, the advice's risk, the open advice request, and the open
-- Reclassering request (it gives the Reclassering worker reach of the case, so every decision needs it)
create function opvolging_zaakstand(zaak uuid)
returns table (laatste_peilmoment json, eindrapport text, zorgadvies_risico text, zorgadviesaanvraag json,
  reclasseringsaanvraag json) language sql stable as $$
select
  (select json_build_object('d', p.datum, 'v', p.veilig, 'h', p.hulp_loopt) from peilmoment p
     where p.huisverbod_id = zaak order by p.datum desc, p.vastgelegd_op desc limit 1),
  (select case when e.afgezien then 'AFGEZIEN' else 'OPGESTELD' end
     from opvolging_eindrapport e where e.huisverbod_id = zaak),
  (select a.risico from opvolging_zorgadvies a where a.huisverbod_id = zaak),
  (select json_build_object('id', a.id, 't', a.termijn, 'op', a.gevraagd_op, 'door', a.gevraagd_door)
     from zorgadviesaanvraag a where a.huisverbod_id = zaak and a.beantwoord_op is null),
  (select json_build_object('t', a.termijn, 'op', a.aangevraagd_op, 'tot', a.vervalt_op) from reclasseringsadvies a
     where a.huisverbod_id = zaak and a.geleverd_op is null and a.einde_op is null)
$$;

-- the runtime role calls them and nothing else does
revoke all on function signalen_zaakstand(uuid), zorg_zaakstand(uuid), strafrecht_zaakstand(uuid),
  uhg_zaakstand(uuid), opvolging_zaakstand(uuid) from public;
grant execute on function signalen_zaakstand(uuid), zorg_zaakstand(uuid), strafrecht_zaakstand(uuid),
  uhg_zaakstand(uuid), opvolging_zaakstand(uuid) to ${app_rol};
