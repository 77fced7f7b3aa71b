-- Follow-through (issue 21): monitoring check-ins and the monitoring report, a warm hand-over the receiving party
-- confirms, the coordinator's advice for the criminal assessment (zorgadvies) and the OM's request for a Reclassering
-- advice report.

-- A monitoring check-in (peilmoment) by the coordinator: is the family safe, signs of relapse, is help running.
create table peilmoment (
    id                 uuid primary key,
    huisverbod_id      uuid not null references huisverbod (id),
    datum              date not null,
    veilig             varchar(10) not null check (veilig in ('JA', 'NEE', 'ZORGEN')),
    terugval_signalen  varchar(30)[] not null,
    hulp_loopt         varchar(10) not null check (hulp_loopt in ('JA', 'DEELS', 'NEE')),
    toelichting        varchar(2000),
    door               varchar(100) not null,
    organisatie        varchar(30) not null,
    vastgelegd_op      timestamptz not null
);
create index peilmoment_zaak on peilmoment (huisverbod_id, datum desc);

-- The monitoring report and the zorgadvies are versioned care documents (one per case, sleutel = the case).
alter table zorgdocument drop constraint zorgdocument_soort_check;
alter table zorgdocument add constraint zorgdocument_soort_check check (soort in ('PROBLEEMANALYSE', 'NETWERK',
    'VEILIGHEIDSPLAN', 'HULPVERLENINGSPLAN', 'HERSTELPLAN', 'EINDRAPPORT', 'ZORGADVIES'));

-- The warm hand-over: which hub partner receives it (null: a party outside the hub), why there was no joint talk, and
-- who confirmed receipt when (the receiving partner itself, or the coordinator for a party outside the hub).
alter table huisverbod add column overdracht_organisatie varchar(30),
    add column overdracht_geen_gesprek_reden varchar(500),
    add column overdracht_bevestigd_op date,
    add column overdracht_bevestigd_door varchar(200),
    add column overdracht_bevestigd_organisatie varchar(30),
    add column overdracht_bevestiging_vastgelegd_op timestamptz;
-- the overdue-confirmation job looks only at closed cases whose hand-over nobody confirmed yet
create index huisverbod_overdracht_open on huisverbod (afgesloten_op)
    where afgesloten_op is not null and overdracht_bevestigd_op is null;

-- The OM's request for a Reclassering advice report and its delivery; one open request per case.
create table reclasseringsadvies (
    id               uuid primary key,
    huisverbod_id    uuid not null references huisverbod (id),
    termijn          date not null,
    aangevraagd_door varchar(100) not null,
    aangevraagd_op   timestamptz not null,
    advies           varchar(4000),
    advies_datum     date,
    geleverd_door    varchar(100),
    geleverd_op      timestamptz,
    check ((advies is null) = (geleverd_op is null))
);
create unique index reclasseringsadvies_open on reclasseringsadvies (huisverbod_id) where geleverd_op is null;
create index reclasseringsadvies_zaak on reclasseringsadvies (huisverbod_id, aangevraagd_op);

grant select, insert, update on peilmoment to ${app_rol};
grant select, insert, update on reclasseringsadvies to ${app_rol};
