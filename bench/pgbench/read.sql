-- The hub's audited read GET /api/v1/huisverboden/{id} as om-zsm, statement for statement (captured with
-- pg_stat_statements, see bench/run): the case for this reader (case, persons, assignments, violation counts, GGZ
-- flags, this reader's consents, emergency grant) in one SELECT; one INSERT of the audit lines (one per subject, two per
-- bench case, from arrays). Each statement commits on its own, as in the hub since the read dropped BEGIN/COMMIT.
-- Run with pgbench -M prepared. bench_id maps 1..n to the seeded case ids.
\set n random(1, :ncases)
select h.*,
  (select coalesce(json_agg(json_build_object('id', b.id, 'rol', b.rol, 'naam', b.naam,
            'geboortedatum', b.geboortedatum) order by b.volgorde), '[]'::json)
     from betrokkene b where b.huisverbod_id = h.id) as betrokkenen,
  (select coalesce(json_agg(json_build_object('id', t.id, 'rol', t.rol, 'gebruikersnaam', t.gebruikersnaam,
            'organisatie', t.organisatie, 'toegewezenOp', t.toegewezen_op) order by t.toegewezen_op), '[]'::json)
     from toewijzing t where t.huisverbod_id = h.id and t.beeindigd_op is null) as toewijzingen,
  (select json_build_object('aantal', count(*) filter (where o.status = 'BEVESTIGD'),
            'vermoed', count(*) filter (where o.status = 'VERMOED'),
            'zonderVervolg', count(*) filter (where o.status = 'BEVESTIGD' and o.vervolgactie is null),
            'vervolgacties', coalesce(json_agg(o.vervolgactie order by o.moment)
                               filter (where o.vervolgactie is not null), '[]'::json))
     from overtreding o where o.huisverbod_id = h.id) as overtredingen,
  (select coalesce(json_agg(json_build_object('b', g.betrokkene_id, 'j', g.betrokkenheid, 'i', g.instelling,
            'r', g.contact_rol, 't', g.contact_telefoon, 'op', g.gewijzigd_op) order by g.betrokkene_id), '[]'::json)
     from ggz_signaal g where g.huisverbod_id = h.id) as ggz_signalen
  , (select coalesce(json_agg(json_build_object('b', c.betrokkene_id, 'c', c.categorie)), '[]'::json)
     from toestemming c where c.huisverbod_id = h.id and c.ontvanger = 'OM' and c.doel = 'zsm-beoordeling' and c.ingetrokken_op is null
       and c.geldig_van <= now() and (c.geldig_tot is null or c.geldig_tot > now())) as toestemmingen
  , exists (select 1 from noodtoegang n where n.huisverbod_id = h.id and n.actor_subject = 'bench-om-zsm' and n.verloopt_op > now())
     as noodtoegang
from huisverbod h where h.id = (select id from bench_id where n = :n);
insert into audit_regel (tijdstip, trace_id, span_id, actor_subject, actor_gebruiker, actor_rol, actor_organisatie, client_id,
  noodtoegang_reden, doel, beleidsversie, actie, huisverbod_id, betrokkene_id, verstrekt, onthouden, uitkomst, reden,
  actor_pseudoniem, betrokkene_pseudoniem)
select * from unnest(array[now(), now()]::timestamptz[], array['4bf92f3577b34da6a3ce929d0e0e4736', '4bf92f3577b34da6a3ce929d0e0e4736']::varchar[],
  array['00f067aa0ba902b7', '00f067aa0ba902b7']::varchar[], array['bench-om-zsm', 'bench-om-zsm']::varchar[], array['om-zsm', 'om-zsm']::varchar[],
  array['om-zsm', 'om-zsm']::varchar[], array['OM', 'OM']::varchar[], array['thv-hub-demo', 'thv-hub-demo']::varchar[],
  array[null, null]::varchar[], array['zsm-beoordeling', 'zsm-beoordeling']::varchar[], array['2026.11.1', '2026.11.1']::varchar[],
  array['LEZEN', 'LEZEN']::varchar[], (select array[id, id] from bench_id where n = :n)::uuid[], array[gen_random_uuid(), gen_random_uuid()]::uuid[],
  array['KERN,IDENTITEIT,WONING,VERBLIJF_UHG,KINDEREN,GEWELD,STRAFRECHT,OVERTREDINGEN', 'KERN,IDENTITEIT,WONING,VERBLIJF_UHG,KINDEREN,GEWELD,STRAFRECHT,OVERTREDINGEN']::varchar[],
  array['VERBLIJF_AB,HULPVERLENING,GGZ,NETWERK', 'VERBLIJF_AB,HULPVERLENING,GGZ,NETWERK']::varchar[], array['TOEGESTAAN', 'TOEGESTAAN']::varchar[],
  array[null, null]::varchar[], array[md5('om-zsm') || md5('a'), md5('om-zsm') || md5('a')]::varchar[],
  array[md5(random()::text) || md5('b'), md5(random()::text) || md5('b')]::varchar[]);
