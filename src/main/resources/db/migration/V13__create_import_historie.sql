-- Historical THVs imported by a gemeente (bulk import, issue 19): they count in the statistics and in repeat detection,
-- but are not cases: no lifecycle, no notifications, no tasks, nobody reads them through the case API.

create table huisverbod_import (
    id            uuid primary key,
    organisatie   varchar(20) not null,
    door          varchar(100) not null,
    formaat       varchar(10) not null check (formaat in ('NDJSON', 'CSV')),
    status        varchar(10) not null check (status in ('BEZIG', 'GEREED', 'MISLUKT')),
    verwerkt      integer not null default 0,
    geaccepteerd  integer not null default 0,
    afgewezen     integer not null default 0,
    reden         varchar(500),
    gestart_op    timestamptz not null,
    gereed_op     timestamptz
);

-- what was wrong with a line, by its 1-based number; the first 1,000 per import are kept, the rest only counted
create table huisverbod_import_fout (
    import_id uuid not null references huisverbod_import (id),
    regel     integer not null,
    veld      varchar(100),
    reden     varchar(300) not null,
    primary key (import_id, regel, reden)
);

create table historisch_huisverbod (
    id                   uuid primary key,
    import_id            uuid not null references huisverbod_import (id),
    organisatie          varchar(20) not null,
    extern_id            varchar(100) not null,
    opgelegd_op          timestamptz not null,
    gemeente             varchar(20) not null,
    wijk                 varchar(100),
    verlengd             boolean not null,
    ingetrokken          boolean not null,
    vanuit_zorg          boolean not null,
    herhaling            boolean not null,
    aantal_overtredingen integer not null check (aantal_overtredingen >= 0),
    minderjarigen        boolean not null,
    geweld_type          varchar(30),
    geweld_ernst         varchar(20),
    -- importing the same externId again changes nothing
    constraint historisch_huisverbod_extern unique (organisatie, extern_id)
);

create index historisch_huisverbod_opgelegd on historisch_huisverbod (opgelegd_op, gemeente);

create table historisch_betrokkene (
    id            uuid primary key,
    huisverbod_id uuid not null references historisch_huisverbod (id),
    rol           varchar(20) not null check (rol in ('UITHUISGEPLAATSTE', 'ACHTERBLIJVER', 'KIND')),
    naam          varchar(200) not null,
    geboortedatum date not null
);

create index historisch_betrokkene_persoon on historisch_betrokkene (lower(naam), geboortedatum) where rol = 'UITHUISGEPLAATSTE';

grant select, insert, update on huisverbod_import to ${app_rol};
grant select, insert on huisverbod_import_fout, historisch_huisverbod to ${app_rol};
-- the persons of an imported THV are erased at the end of retention, like those of a case
grant select, insert, delete on historisch_betrokkene to ${app_rol};
