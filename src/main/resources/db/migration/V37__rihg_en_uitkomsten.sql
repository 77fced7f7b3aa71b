-- Issue 35.7: a RiHG (risicotaxatie huiselijk geweld, the assessment that precedes a THV) is registered by the police or
-- Veilig Thuis, with or without a THV; it names no person, only where, when, by whom and what came of it, and stays a
-- figure when the case it led to is deleted by the retention job.
create table rihg (
    id                  uuid primary key,
    datum               date not null,
    gemeente            varchar(20) not null,
    wijk                varchar(100),
    door                varchar(20) not null check (door in ('POLITIE', 'VEILIG_THUIS')),
    uitkomst            varchar(10) not null check (uitkomst in ('THV', 'GEEN_THV', 'ANDERS')),
    huisverbod_id       uuid references huisverbod (id) on delete set null,
    geregistreerd_door  varchar(100) not null,
    organisatie         varchar(30) not null,
    vastgelegd_op       timestamptz not null,
    constraint rihg_thv_heeft_uitkomst_thv check (huisverbod_id is null or uitkomst = 'THV')
);
create index rihg_datum on rihg (datum, gemeente);

-- Issue 35.7: the import of historical THVs names whether a RiHG preceded it, its criminal track and intimate terror
alter table historisch_huisverbod
    add column rihg boolean not null default false,
    add column strafrechtelijk_traject boolean not null default false,
    add column intieme_terreur varchar(20) check (intieme_terreur in ('JA', 'NEE', 'ONDUIDELIJK'));

-- a registered RiHG is not changed or deleted by the hub
grant select, insert on rihg to ${app_rol};
