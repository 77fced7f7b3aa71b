-- Feature signalen publishes what the case read needs of it (issue 30, step 3): per case the violation counts and
-- follow-up actions (category OVERTREDINGEN) and the GGZ flag per person (category GGZ). The case read
-- (huisverbod.persistence.HuisverbodRepository) joins this view by name and knows nothing of signalen's tables; a
-- reader whose query does not use these columns does not pay for them (the left join to this view is removed).
create view signalen_zaakstand as
select h.id as huisverbod_id,
  (select json_build_object('aantal', count(*) filter (where o.status = 'BEVESTIGD'),
            'vermoed', count(*) filter (where o.status = 'VERMOED'),
            'zonderVervolg', count(*) filter (where o.status = 'BEVESTIGD' and o.vervolgactie is null),
            'vervolgacties', coalesce(json_agg(o.vervolgactie order by o.moment)
                               filter (where o.vervolgactie is not null), '[]'::json),
            'oudste', min(o.moment) filter (where o.status = 'BEVESTIGD' and o.vervolgactie is null))
     from overtreding o where o.huisverbod_id = h.id) as overtredingen,
  (select coalesce(json_agg(json_build_object('b', g.betrokkene_id, 'j', g.betrokkenheid, 'i', g.instelling,
            'r', g.contact_rol, 't', g.contact_telefoon, 'op', g.gewijzigd_op) order by g.betrokkene_id), '[]'::json)
     from ggz_signaal g where g.huisverbod_id = h.id) as ggz_signalen
from huisverbod h;

grant select on signalen_zaakstand to ${app_rol};
