-- The criminal track of a case as the OM registers it. Every registration is a new version; corrections never
-- overwrite (a trigger refuses UPDATE and DELETE). The latest version is the current state.
create table afdoening (
    id                            uuid primary key,
    huisverbod_id                 uuid not null references huisverbod (id),
    versie                        integer not null,
    aangifte                      boolean,
    aangifte_datum                date,
    parketnummer                  varchar(30),
    zsm_beoordeling_datum         date,
    voorgenomen_afdoening         varchar(30),
    beslissing                    varchar(30) check (beslissing in ('SEPOT','STRAFBESCHIKKING','TRANSACTIE','DAGVAARDING','VOORGELEIDING_RC','DOORVERWIJZING')),
    sepot_grond                   varchar(300),
    contactverbod_van             date,
    contactverbod_tot             date,
    gebiedsverbod_van             date,
    gebiedsverbod_tot             date,
    bijzondere_voorwaarden        varchar(2000),
    reclasseringsadvies_gevraagd  boolean,
    reclasseringsadvies_ontvangen boolean,
    zittingen                     jsonb not null default '[]'::jsonb,
    verblijfplaats_uhg            varchar(300),
    geregistreerd_door            varchar(100) not null,
    geregistreerd_rol             varchar(30) not null,
    geregistreerd_op              timestamptz not null,
    unique (huisverbod_id, versie)
);

create trigger afdoening_append_only before update or delete on afdoening
    for each row execute function weiger_wijziging();

-- the priority list reads running cases with a criminal track only
create index huisverbod_zsm on huisverbod (eindmoment) where ingetrokken_op is null and afgesloten_op is null and strafrechtelijk_traject;
