-- Feature strafrecht publishes what the case read needs of the criminal track (issue 30, step 3): the open request for
-- a Reclassering advice (it gives the Reclassering worker reach of the case, so every decision needs it) and whether
-- ZSM has judged the case (an afdoening exists). The case read joins this view by name.
create view strafrecht_zaakstand as
select h.id as huisverbod_id,
  (select json_build_object('t', a.termijn, 'op', a.aangevraagd_op, 'tot', a.vervalt_op) from reclasseringsadvies a
     where a.huisverbod_id = h.id and a.geleverd_op is null and a.einde_op is null) as reclasseringsaanvraag,
  exists (select 1 from afdoening a where a.huisverbod_id = h.id) as zsm_beoordeeld
from huisverbod h;

grant select on strafrecht_zaakstand to ${app_rol};
