-- Issue 37.4: the statistics kept current instead of recomputed from every table on every read. Each case's facts are
-- one row of statistiek_zaak (its cell: year and quarter in Europe/Amsterdam, gemeente, case features; its counts in
-- the order of Statistiekregel.MATEN; its monitoring days; its referrals' waiting days); statistiek_cel holds the sums
-- per cell and statistiek_verdeling the number of cases (or referrals) per whole day per cell, from which the medians
-- are exact. A write to any table the figures rest on marks its case in statistiek_wachtrij (append only, so a writer
-- never waits for another); the hub recomputes marked cases and moves the cells by the difference, before each
-- statistics read and in the background. No foreign keys: a case removed by retention must still be subtracted.
create table statistiek_wachtrij (
    id            bigint generated always as identity primary key,
    huisverbod_id uuid not null
);

create table statistiek_zaak (
    huisverbod_id   uuid primary key,
    jaar            integer not null,
    kwartaal        integer not null,
    gemeente        varchar(20) not null,
    geweld_type     varchar(30) not null,
    geweld_ernst    varchar(30) not null,
    intieme_terreur varchar(12) not null,
    herhaald        boolean not null,
    straftraject    boolean not null,
    tellingen       integer[] not null,
    duur_dagen      integer,
    wachttijden     integer[] not null
);

create table statistiek_cel (
    jaar            integer not null,
    kwartaal        integer not null,
    gemeente        varchar(20) not null,
    geweld_type     varchar(30) not null,
    geweld_ernst    varchar(30) not null,
    intieme_terreur varchar(12) not null,
    herhaald        boolean not null,
    straftraject    boolean not null,
    tellingen       bigint[] not null,
    primary key (jaar, kwartaal, gemeente, geweld_type, geweld_ernst, intieme_terreur, herhaald, straftraject)
);

-- soort MONITORING: closed cases by whole days of monitoring; WACHTTIJD: started referrals by days from sign-up to start
create table statistiek_verdeling (
    soort           varchar(10) not null check (soort in ('MONITORING', 'WACHTTIJD')),
    jaar            integer not null,
    kwartaal        integer not null,
    gemeente        varchar(20) not null,
    geweld_type     varchar(30) not null,
    geweld_ernst    varchar(30) not null,
    intieme_terreur varchar(12) not null,
    herhaald        boolean not null,
    straftraject    boolean not null,
    dagen           integer not null,
    aantal          bigint not null,
    primary key (soort, jaar, kwartaal, gemeente, geweld_type, geweld_ernst, intieme_terreur, herhaald, straftraject, dagen)
);

create function statistiek_markeer() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' and old.huisverbod_id is not null then
        insert into statistiek_wachtrij (huisverbod_id) values (old.huisverbod_id);
    end if;
    if tg_op <> 'DELETE' and new.huisverbod_id is not null
            and (tg_op = 'INSERT' or new.huisverbod_id is distinct from old.huisverbod_id) then
        insert into statistiek_wachtrij (huisverbod_id) values (new.huisverbod_id);
    end if;
    return null;
end $$;

create function statistiek_markeer_zaak() returns trigger language plpgsql as $$
begin
    insert into statistiek_wachtrij (huisverbod_id) values (case when tg_op = 'DELETE' then old.id else new.id end);
    return null;
end $$;

-- the case: only the columns the figures read (its version changes on every write and says nothing here)
create trigger statistiek_zaak after insert or delete or update of opgelegd_op, eindmoment, gemeente, verlengd_op,
    ingetrokken_op, herhaling_grond, verlengingsbesluit, intrekking_grond, afgesloten_op, monitoring_einde,
    monitoring_verlengd_op, beeindigd_op, beeindiging_grond, strafrechtelijk_traject, geweld_type, geweld_ernst,
    intieme_terreur
    on huisverbod for each row execute function statistiek_markeer_zaak();
create trigger statistiek_zaak after insert or delete or update on betrokkene for each row execute function statistiek_markeer();
create trigger statistiek_zaak after insert or delete or update on overtreding for each row execute function statistiek_markeer();
create trigger statistiek_zaak after insert or delete or update on thv_aanvraag for each row execute function statistiek_markeer();
create trigger statistiek_zaak after insert or delete or update on contactmoment for each row execute function statistiek_markeer();
create trigger statistiek_zaak after insert or delete or update on verwijzing for each row execute function statistiek_markeer();
create trigger statistiek_zaak after insert or delete or update on verblijf_uhg for each row execute function statistiek_markeer();
create trigger statistiek_zaak after insert or delete or update on opvangbesluit for each row execute function statistiek_markeer();
create trigger statistiek_zaak after insert or delete or update on politieverzoek for each row execute function statistiek_markeer();
create trigger statistiek_zaak after insert or delete or update on zorgdocument for each row execute function statistiek_markeer();

-- every case there is, once
insert into statistiek_wachtrij (huisverbod_id) select id from huisverbod;

grant select, insert, delete on statistiek_wachtrij to ${app_rol};
grant select, insert, update, delete on statistiek_zaak, statistiek_cel, statistiek_verdeling to ${app_rol};
