-- Issue 33.5: the UHG's coordinator asks the police for help — find where he stays, a motivating talk, accompanying
-- him — and the police answer. One open request per case at a time; answered once. The case read joins the open one
-- through the view uhg_zaakstand (feature uhg publishes it, as the features before it publish theirs).
create table politieverzoek (
    id                    uuid primary key,
    huisverbod_id         uuid not null references huisverbod (id),
    betrokkene_id         uuid not null references betrokkene (id),
    soort                 varchar(30) not null check (soort in ('VERBLIJF_ACHTERHALEN', 'MOTIVERINGSGESPREK', 'BEGELEIDING')),
    toelichting           varchar(2000) not null,
    termijn               date not null,
    gevraagd_door         varchar(100) not null,
    gevraagd_organisatie  varchar(30) not null,
    gevraagd_op           timestamptz not null,
    uitkomst              varchar(20) check (uitkomst in ('UITGEVOERD', 'NIET_MOGELIJK')),
    antwoord              varchar(2000),
    beantwoord_door       varchar(100),
    beantwoord_organisatie varchar(30),
    beantwoord_op         timestamptz,
    check ((uitkomst is null) = (beantwoord_op is null))
);
create unique index politieverzoek_open on politieverzoek (huisverbod_id) where beantwoord_op is null;
create index politieverzoek_zaak on politieverzoek (huisverbod_id, gevraagd_op);

create view uhg_zaakstand as
select h.id as huisverbod_id,
  (select json_build_object('id', p.id, 'b', p.betrokkene_id, 't', p.termijn, 'op', p.gevraagd_op, 'door', p.gevraagd_door)
     from politieverzoek p where p.huisverbod_id = h.id and p.beantwoord_op is null) as politieverzoek
from huisverbod h;

grant select, insert on politieverzoek to ${app_rol};
grant update (uitkomst, antwoord, beantwoord_door, beantwoord_organisatie, beantwoord_op, toelichting) on politieverzoek to ${app_rol};
grant select on uhg_zaakstand to ${app_rol};
