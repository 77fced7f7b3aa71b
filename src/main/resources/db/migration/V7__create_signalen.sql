-- Signals around a case (issue 8): violations of the THV, the GGZ flag per person, address markers for repeated
-- violence, and THV requests from care to the weegteam.

-- A violation as the police register it, or as a coordinator suspects it until the police confirm or dismiss it.
create table overtreding (
    id                 uuid primary key,
    huisverbod_id      uuid not null references huisverbod (id),
    moment             timestamptz not null,
    soort              varchar(30) not null check (soort in ('CONTACT_FYSIEK','CONTACT_TELEFOON_APP','AANWEZIG_BIJ_WONING','ANDERS')),
    melder             varchar(30) not null check (melder in ('ACHTERBLIJVER','KIND','UITHUISGEPLAATSTE','BUURT','HULPVERLENING','POLITIE','ANDERS')),
    omschrijving       varchar(2000) not null,
    status             varchar(20) not null check (status in ('VERMOED','BEVESTIGD','AFGEWEZEN')),
    gemeld_na_afloop   boolean not null,
    vervolgactie       varchar(30) check (vervolgactie in ('AANHOUDING','GESPREK_REPRIMANDE','PROCES_VERBAAL','GEEN')),
    vervolg_reden      varchar(500),
    vervolg_op         timestamptz,
    beoordeling_reden  varchar(500),
    beoordeeld_rol     varchar(30),
    beoordeeld_op      timestamptz,
    geregistreerd_rol  varchar(30) not null,
    geregistreerd_org  varchar(30) not null,
    geregistreerd_op   timestamptz not null,
    check (vervolgactie <> 'GEEN' or vervolg_reden is not null),
    check (vervolgactie is null or status = 'BEVESTIGD')
);
create index overtreding_zaak on overtreding (huisverbod_id, moment);
-- police and gemeente work through confirmed violations that have no follow-up yet
create index overtreding_zonder_vervolg on overtreding (geregistreerd_op) where status = 'BEVESTIGD' and vervolgactie is null;

-- The GGZ flag: whether GGZ is involved with a person of the case, the institution and a contact. There is no column
-- for a diagnosis or a treatment, on purpose.
create table ggz_signaal (
    huisverbod_id     uuid not null references huisverbod (id),
    betrokkene_id     uuid not null references betrokkene (id),
    betrokkenheid     varchar(10) not null check (betrokkenheid in ('JA','VERMOEDEN','NEE')),
    instelling        varchar(200),
    contact_rol       varchar(100),
    contact_telefoon  varchar(20),
    gewijzigd_door    varchar(100) not null,
    gewijzigd_op      timestamptz not null,
    primary key (huisverbod_id, betrokkene_id)
);

-- An address where repeated domestic violence qualifies for a THV (recommendation 1b). Lookups only learn whether a
-- valid marker exists and since when.
create table adresmarkering (
    id                uuid primary key,
    postcode          varchar(6) not null,
    huisnummer        varchar(10) not null,
    toevoeging        varchar(10) not null default '',
    reden             varchar(1000) not null,
    geldig_van        timestamptz not null,
    geldig_tot        date not null,
    beoordeeld_door   varchar(100) not null,
    om_kenmerk        varchar(100) not null,
    om_instemming_op  date not null,
    gemarkeerd_door   varchar(100) not null,
    ingetrokken_op    timestamptz
);
create index adresmarkering_adres on adresmarkering (postcode, huisnummer, toevoeging) where ingetrokken_op is null;

-- A THV asked for by care (no crisis), and the weegteam's decision.
create table thv_aanvraag (
    id                  uuid primary key,
    gemeente            varchar(20) not null,
    postcode            varchar(6) not null,
    huisnummer          varchar(10) not null,
    onderbouwing        varchar(4000) not null,
    aangevraagd_door    varchar(100) not null,
    aangevraagd_rol     varchar(30) not null,
    aangevraagd_org     varchar(30) not null,
    aangevraagd_op      timestamptz not null,
    uitkomst            varchar(20) check (uitkomst in ('OPGELEGD','NIET_OPGELEGD')),
    huisverbod_id       uuid references huisverbod (id),
    motivering          varchar(2000),
    beslist_rol         varchar(30),
    beslist_op          timestamptz,
    check ((uitkomst is null) = (beslist_op is null)),
    check (uitkomst <> 'OPGELEGD' or huisverbod_id is not null),
    check (uitkomst <> 'NIET_OPGELEGD' or motivering is not null)
);
create index thv_aanvraag_evaluatie on thv_aanvraag (beslist_op) where uitkomst = 'NIET_OPGELEGD';
create index thv_aanvraag_open on thv_aanvraag (aangevraagd_op) where uitkomst is null;
