-- Issue 35.2: each review of an ICM track is kept with what it found (the API acknowledges the text, so it must not be
-- lost when the next review date is set). Erased by retention with the case's care record; the date stays.
create table nazorg_evaluatie (
    id                     uuid primary key,
    nazorg_id              uuid not null references nazorg (id),
    huisverbod_id          uuid not null references huisverbod (id),
    gehouden_op            date not null,
    volgende_evaluatie_op  date not null,
    toelichting            varchar(2000),
    vastgelegd_door        varchar(100) not null,
    vastgelegd_op          timestamptz not null
);
create index nazorg_evaluatie_zaak on nazorg_evaluatie (huisverbod_id, nazorg_id);

grant select, insert on nazorg_evaluatie to ${app_rol};
-- retention empties the text only
grant update (toelichting) on nazorg_evaluatie to ${app_rol};
