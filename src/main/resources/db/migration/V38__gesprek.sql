-- Issue 35.5: conversation records (intake, family conversation, MDO, evaluation): who took part — persons of the case
-- and organisations — and the report. Category HULPVERLENING of every person who took part.
create table gesprek (
    id             uuid primary key,
    huisverbod_id  uuid not null references huisverbod (id),
    soort          varchar(20) not null check (soort in ('INTAKE', 'SYSTEEMGESPREK', 'MDO', 'EVALUATIE')),
    datum          date not null,
    betrokkenen    uuid[] not null,
    organisaties   varchar(30)[] not null,
    verslag        text,
    door           varchar(100) not null,
    organisatie    varchar(30) not null,
    vastgelegd_op  timestamptz not null
);
create index gesprek_zaak on gesprek (huisverbod_id, datum);

grant select, insert on gesprek to ${app_rol};
-- retention empties the report and keeps that a conversation took place
grant update (verslag) on gesprek to ${app_rol};
