-- Privacy and audit: the consent registry, emergency (break-the-glass) grants, the audit log, and the case fields of
-- the categories VERBLIJF_UHG, VERBLIJF_AB and HULPVERLENING.

alter table huisverbod add column verblijf_uhg varchar(300);
alter table huisverbod add column verblijf_achterblijvers varchar(300);
alter table huisverbod add column hulpverlening_plan varchar(4000);
alter table huisverbod add column veiligheidsafspraken varchar(4000);

-- consent per subject x category x recipient organisation x purpose, with validity; never deleted, only withdrawn
create table toestemming (
    id               uuid primary key,
    huisverbod_id    uuid not null references huisverbod (id),
    betrokkene_id    uuid not null references betrokkene (id),
    categorie        varchar(20) not null,
    ontvanger        varchar(20) not null,
    doel             varchar(40) not null,
    vorm             varchar(20) not null check (vorm in ('SCHRIFTELIJK','MONDELING')),
    geldig_van       timestamptz not null,
    geldig_tot       timestamptz,
    vastgelegd_door  varchar(100) not null,
    vastgelegd_rol   varchar(30) not null,
    vastgelegd_op    timestamptz not null,
    ingetrokken_op   timestamptz,
    ingetrokken_door varchar(100),
    intrekking_reden varchar(2000)
);

create index toestemming_lezer on toestemming (huisverbod_id, ontvanger, doel) where ingetrokken_op is null;
create index toestemming_betrokkene on toestemming (betrokkene_id);

create table noodtoegang (
    id              uuid primary key,
    huisverbod_id   uuid not null references huisverbod (id),
    actor_subject   varchar(100) not null,
    actor_gebruiker varchar(100) not null,
    actor_rol       varchar(30) not null,
    actor_organisatie varchar(30) not null,
    reden           varchar(500) not null,
    verleend_op     timestamptz not null,
    verloopt_op     timestamptz not null,
    beoordeeld_op   timestamptz,
    beoordeeld_door varchar(100),
    oordeel         varchar(2000)
);

create index noodtoegang_actief on noodtoegang (huisverbod_id, actor_subject, verloopt_op);
create index noodtoegang_open on noodtoegang (verleend_op) where beoordeeld_op is null;

-- one line per data subject per disclosure or change; written in the same transaction as what it logs
create table audit_regel (
    id                 bigint generated always as identity primary key,
    tijdstip           timestamptz not null,
    trace_id           varchar(32),
    span_id            varchar(16),
    actor_subject      varchar(100) not null,
    actor_gebruiker    varchar(100),
    actor_rol          varchar(30) not null,
    actor_organisatie  varchar(30) not null,
    client_id          varchar(100),
    noodtoegang_reden  varchar(500),
    doel               varchar(40),
    beleidsversie      varchar(20),
    actie              varchar(30) not null,
    huisverbod_id      uuid,
    betrokkene_id      uuid,
    verstrekt          varchar(300),
    onthouden          varchar(300),
    uitkomst           varchar(12) not null check (uitkomst in ('TOEGESTAAN','GEWEIGERD')),
    reden              varchar(300)
);

create index audit_regel_zaak on audit_regel (huisverbod_id, id);
create index audit_regel_betrokkene on audit_regel (betrokkene_id, id);
create index audit_regel_tijd on audit_regel (tijdstip);

create trigger toestemming_geen_verwijdering before delete on toestemming
    for each row execute function weiger_wijziging();
