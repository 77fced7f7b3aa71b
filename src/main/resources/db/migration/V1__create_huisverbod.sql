-- The case aggregate: a tijdelijk huisverbod, its betrokkenen, assignments and append-only lifecycle history.
-- Status is not stored: it is derived from the dates below and the injected clock, so a case whose eindmoment has
-- passed reads correctly without a batch job.

create sequence huisverbod_volgnummer;

create table huisverbod (
    id                          uuid primary key,
    registratienummer           varchar(20) not null unique,
    gemeente                    varchar(20) not null check (gemeente in ('AMSTERDAM','DIEMEN','UITHOORN','OUDER_AMSTEL','AMSTELVEEN','AALSMEER')),
    wijk                        varchar(40) not null check (wijk ~ '^[a-z][a-z0-9-]{1,39}$'),
    straat                      varchar(200) not null,
    huisnummer                  varchar(20) not null,
    postcode                    varchar(6) not null check (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
    plaats                      varchar(100) not null,
    opgelegd_op                 timestamptz not null,
    -- computed by the hub on every write (never typed in): + 10 days, or + 28 days after extension
    eindmoment                  timestamptz not null,
    -- end of monitoring: eindmoment + 3 months (Blijf Groep) or + 6 months (Sociaal Team AA)
    monitoring_einde            timestamptz not null,
    coordinerende_organisatie   varchar(20) not null check (coordinerende_organisatie in ('BLIJF_GROEP','SOCIAAL_TEAM_AA')),
    geweld_type                 varchar(30) not null,
    geweld_ernst                varchar(30) not null,
    intieme_terreur             varchar(12) not null check (intieme_terreur in ('JA','NEE','ONDUIDELIJK')),
    strafrechtelijk_traject     boolean not null,
    herhaling_van               uuid references huisverbod (id),
    herhaling_grond             varchar(20) check (herhaling_grond in ('PERSOON','ADRES','PERSOON_EN_ADRES')),
    verlengingsadvies           varchar(20) check (verlengingsadvies in ('VERLENGEN','NIET_VERLENGEN')),
    verlengingsadvies_motivering varchar(2000),
    verlengingsadvies_op        timestamptz,
    verlengd_op                 timestamptz,
    ingetrokken_op              timestamptz,
    intrekking_reden            varchar(2000),
    beeindigd_op                timestamptz,
    beeindiging_reden           varchar(2000),
    afgesloten_op               timestamptz,
    overdracht_aan              varchar(200),
    overdracht_datum            date,
    gezamenlijk_gesprek         boolean,
    versie                      integer not null default 1,
    aangemaakt_door             varchar(100) not null,
    aangemaakt_op               timestamptz not null
);

create index huisverbod_opgelegd_op on huisverbod (opgelegd_op desc, id desc);
create index huisverbod_gemeente on huisverbod (gemeente, opgelegd_op desc);
create index huisverbod_wijk on huisverbod (wijk, opgelegd_op desc);
create index huisverbod_adres on huisverbod (postcode, upper(huisnummer));
-- running cases only: the priority list and "active on" filters scan this, not the whole history
create index huisverbod_lopend on huisverbod (eindmoment) where ingetrokken_op is null and afgesloten_op is null;

create table betrokkene (
    id              uuid primary key,
    huisverbod_id   uuid not null references huisverbod (id),
    rol             varchar(20) not null check (rol in ('UITHUISGEPLAATSTE','ACHTERBLIJVER','KIND')),
    naam            varchar(200) not null,
    geboortedatum   date not null,
    volgorde        smallint not null
);

create index betrokkene_huisverbod on betrokkene (huisverbod_id, volgorde);
create index betrokkene_uhg_sleutel on betrokkene (lower(naam), geboortedatum) where rol = 'UITHUISGEPLAATSTE';

create table toewijzing (
    id              uuid primary key,
    huisverbod_id   uuid not null references huisverbod (id),
    rol             varchar(20) not null check (rol in ('ZORGCOORDINATOR','GEZINSMANAGER','RECLASSERING','GGZ')),
    gebruikersnaam  varchar(100) not null,
    organisatie     varchar(20) not null,
    toegewezen_door varchar(100) not null,
    toegewezen_op   timestamptz not null,
    beeindigd_op    timestamptz
);

create index toewijzing_huisverbod on toewijzing (huisverbod_id) where beeindigd_op is null;
create index toewijzing_gebruiker on toewijzing (gebruikersnaam, huisverbod_id) where beeindigd_op is null;
create index toewijzing_organisatie on toewijzing (organisatie, huisverbod_id) where beeindigd_op is null;

create table gebeurtenis (
    id              bigint generated always as identity primary key,
    huisverbod_id   uuid not null references huisverbod (id),
    tijdstip        timestamptz not null,
    soort           varchar(40) not null,
    actor           varchar(100) not null,
    rol             varchar(20) not null,
    organisatie     varchar(20) not null,
    details         jsonb not null default '{}'::jsonb
);

create index gebeurtenis_huisverbod on gebeurtenis (huisverbod_id, id);

-- the lifecycle history is append-only: corrections are new events, never edits
create function weiger_wijziging() returns trigger language plpgsql as $$
begin
    raise exception '% on % is not allowed: the table is append-only', tg_op, tg_table_name;
end;
$$;

create trigger gebeurtenis_append_only before update or delete on gebeurtenis
    for each row execute function weiger_wijziging();
