-- The care coordinators' own record (issue 20): the problem analysis and the network per person and the three plans
-- per case as versioned documents (a PUT replaces the whole document; every version is kept), and the referrals and
-- contact attempts per person as rows (they are counted, queried for tasks and statistics).

-- The current version of a document: PROBLEEMANALYSE and NETWERK per person (sleutel = the betrokkene), the plans per
-- case (sleutel = the case). versie is the document's ETag; a write names the version it replaces.
create table zorgdocument (
    huisverbod_id  uuid not null references huisverbod (id),
    soort          varchar(20) not null check (soort in ('PROBLEEMANALYSE', 'NETWERK', 'VEILIGHEIDSPLAN',
                                                          'HULPVERLENINGSPLAN', 'HERSTELPLAN')),
    sleutel        uuid not null,
    versie         integer not null check (versie >= 1),
    inhoud         jsonb not null,
    gewijzigd_door varchar(100) not null,
    organisatie    varchar(30) not null,
    gewijzigd_op   timestamptz not null,
    primary key (huisverbod_id, soort, sleutel)
);

-- Every version ever written, for the history of a document (who changed what when).
create table zorgdocument_versie (
    huisverbod_id  uuid not null references huisverbod (id),
    soort          varchar(20) not null,
    sleutel        uuid not null,
    versie         integer not null,
    inhoud         jsonb not null,
    gewijzigd_door varchar(100) not null,
    organisatie    varchar(30) not null,
    gewijzigd_op   timestamptz not null,
    primary key (huisverbod_id, soort, sleutel, versie)
);

-- A referral of one person to help. naar is free text (retention erases it); leefgebied says which life domain it
-- serves, so a referral to addiction or mental-health care is special-category data (GEZONDHEID) like the analysis.
create table verwijzing (
    id                  uuid primary key,
    huisverbod_id       uuid not null references huisverbod (id),
    betrokkene_id       uuid not null references betrokkene (id),
    naar                varchar(200) not null,
    code                varchar(30),
    leefgebied          varchar(30) not null,
    aangemeld_op        date not null,
    status              varchar(20) not null check (status in ('AANGEMELD', 'INTAKE_GEPLAND', 'GESTART', 'WACHTLIJST',
                                                               'AFGEWEZEN', 'GESTOPT')),
    status_datum        date not null,
    gestart_op          date,
    begeleid            boolean not null default false,
    versie              integer not null default 1,
    niet_gestart_gemeld_op timestamptz,
    aangemeld_door      varchar(100) not null,
    organisatie         varchar(30) not null,
    vastgelegd_op       timestamptz not null
);
create index verwijzing_zaak on verwijzing (huisverbod_id, aangemeld_op);
-- the overdue-referral job looks only at referrals that have not started and were not announced yet
create index verwijzing_niet_gestart on verwijzing (aangemeld_op)
    where status in ('AANGEMELD', 'INTAKE_GEPLAND', 'WACHTLIJST') and niet_gestart_gemeld_op is null;

-- Each status of a referral, dated: the waiting time and the path to help can be read back.
create table verwijzing_stap (
    verwijzing_id  uuid not null references verwijzing (id),
    volgnummer     integer not null,
    status         varchar(20) not null,
    datum          date not null,
    door           varchar(100) not null,
    organisatie    varchar(30) not null,
    vastgelegd_op  timestamptz not null,
    primary key (verwijzing_id, volgnummer)
);

-- A contact attempt with one person: reached or not, and how far the person cooperates.
create table contactmoment (
    id             uuid primary key,
    huisverbod_id  uuid not null references huisverbod (id),
    betrokkene_id  uuid not null references betrokkene (id),
    datum          date not null,
    vorm           varchar(20) not null check (vorm in ('HUISBEZOEK', 'TELEFOON', 'VIDEO', 'GESPREK_OP_LOCATIE', 'ANDERS')),
    bereikt        boolean not null,
    medewerking    varchar(10) check (medewerking in ('JA', 'DEELS', 'NEE')),
    door           varchar(100) not null,
    organisatie    varchar(30) not null,
    vastgelegd_op  timestamptz not null,
    check (bereikt or medewerking is null)
);
create index contactmoment_zaak on contactmoment (huisverbod_id, betrokkene_id, datum);

-- Announcements of care tasks made once (a UHG not reached): the primary key makes the claim exactly-once.
create table zorgmelding (
    huisverbod_id  uuid not null references huisverbod (id),
    soort          varchar(30) not null,
    gemeld_op      timestamptz not null,
    primary key (huisverbod_id, soort)
);

-- The free-text plan becomes the first item of the hulpverleningsplan, the safety agreements the first item of the
-- veiligheidsplan, owned by the coordinating organisation; the old columns go.
insert into zorgdocument (huisverbod_id, soort, sleutel, versie, inhoud, gewijzigd_door, organisatie, gewijzigd_op)
select h.id, 'HULPVERLENINGSPLAN', h.id, 1,
       jsonb_build_object('items', jsonb_build_array(jsonb_build_object('doel', h.hulpverlening_plan, 'betrokkeneId', null,
           'eigenaar', h.coordinerende_organisatie, 'termijn', null, 'status', 'OPEN'))),
       'migratie-V15', h.coordinerende_organisatie, h.opgelegd_op
from huisverbod h where nullif(trim(h.hulpverlening_plan), '') is not null;
insert into zorgdocument (huisverbod_id, soort, sleutel, versie, inhoud, gewijzigd_door, organisatie, gewijzigd_op)
select h.id, 'VEILIGHEIDSPLAN', h.id, 1,
       jsonb_build_object('items', jsonb_build_array(jsonb_build_object('doel', h.veiligheidsafspraken, 'betrokkeneId', null,
           'eigenaar', h.coordinerende_organisatie, 'termijn', null, 'status', 'OPEN'))),
       'migratie-V15', h.coordinerende_organisatie, h.opgelegd_op
from huisverbod h where nullif(trim(h.veiligheidsafspraken), '') is not null;
insert into zorgdocument_versie select * from zorgdocument;
alter table huisverbod drop column hulpverlening_plan;
alter table huisverbod drop column veiligheidsafspraken;

grant select, insert, update, delete on zorgdocument to ${app_rol};
grant select, insert, delete on zorgdocument_versie to ${app_rol};
grant select, insert, update on verwijzing, contactmoment to ${app_rol};
grant select, insert on verwijzing_stap, zorgmelding to ${app_rol};
