-- Notifications: a transactional outbox, per-actor inboxes, partner webhook subscriptions and their deliveries.

create table outbox (
    id                 bigint generated always as identity primary key,
    event_id           uuid not null unique,
    type               varchar(40) not null,
    huisverbod_id      uuid not null,
    tijdstip           timestamptz not null,
    afzender_organisatie varchar(20) not null,
    feiten             jsonb not null,
    verwerkt_op        timestamptz
);
create index outbox_open on outbox (id) where verwerkt_op is null;

create table notificatie (
    id                    uuid primary key,
    event_id              uuid not null,
    type                  varchar(40) not null,
    huisverbod_id         uuid not null,
    tijdstip              timestamptz not null,
    afzender_organisatie  varchar(20) not null,
    ontvanger_gebruiker   varchar(100),
    ontvanger_rol         varchar(30) not null,
    ontvanger_organisatie varchar(20),
    ontvanger_wijk        varchar(40),
    aangemaakt_op         timestamptz not null,
    bevestigd_op          timestamptz,
    bevestigd_door        varchar(100)
);
create index notificatie_gebruiker on notificatie (ontvanger_gebruiker, aangemaakt_op desc);
create index notificatie_rol on notificatie (ontvanger_rol, ontvanger_organisatie, ontvanger_wijk, aangemaakt_op desc) where ontvanger_gebruiker is null;
create index notificatie_onbevestigd on notificatie (afzender_organisatie, aangemaakt_op) where bevestigd_op is null;

create table abonnement (
    id            uuid primary key,
    client_id     varchar(100) not null,
    organisatie   varchar(20) not null,
    callback_url  varchar(500) not null,
    events        varchar(40)[] not null,
    secret        varchar(200) not null,
    actief        boolean not null default true,
    aangemaakt_op timestamptz not null
);
create index abonnement_actief on abonnement (organisatie) where actief;

create table aflevering (
    id              uuid primary key,
    abonnement_id   uuid not null references abonnement (id),
    event_id        uuid not null,
    type            varchar(40) not null,
    huisverbod_id   uuid not null,
    tijdstip        timestamptz not null,
    status          varchar(12) not null check (status in ('WACHTEND','AFGELEVERD','DOOD')),
    pogingen        integer not null default 0,
    eerste_poging   timestamptz not null,
    volgende_poging timestamptz not null,
    laatste_fout    varchar(500),
    afgeleverd_op   timestamptz,
    unique (abonnement_id, event_id)
);
create index aflevering_te_doen on aflevering (volgende_poging) where status = 'WACHTEND';

-- the automatic end of a THV is an event too: remember that it was announced
alter table huisverbod add column einde_gemeld_op timestamptz;
