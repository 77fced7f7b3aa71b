-- Issue 33: where the uithuisgeplaatste (UHG) stays, as a versioned record with its history (who knew what when), and
-- Veilig Thuis' decision whether he may use shelter. Both only grow: a new fact is a new version, never an edit, so the
-- history says what the hub knew at any moment. Erased with the case at the end of retention.
create table verblijf_uhg (
    huisverbod_id   uuid not null references huisverbod (id),
    betrokkene_id   uuid not null references betrokkene (id),
    versie          int not null check (versie > 0),
    soort           varchar(30) not null check (soort in ('NETWERK', 'HOTEL', 'MAATSCHAPPELIJKE_OPVANG', 'CEL', 'KLINIEK',
                        'AUTO_STRAAT', 'ELDERS', 'ONBEKEND')),
    adres           varchar(300),
    sinds           date not null,
    bron            varchar(300) not null,
    door            varchar(100) not null,
    organisatie     varchar(30) not null,
    vastgelegd_op   timestamptz not null,
    primary key (huisverbod_id, betrokkene_id, versie)
);

create table opvangbesluit (
    huisverbod_id   uuid not null references huisverbod (id),
    betrokkene_id   uuid not null references betrokkene (id),
    versie          int not null check (versie > 0),
    in_aanmerking   boolean not null,
    reden           varchar(2000) not null,
    nachten         int check (nachten between 1 and 365),
    besluit_op      date not null,
    door            varchar(100) not null,
    organisatie     varchar(30) not null,
    vastgelegd_op   timestamptz not null,
    primary key (huisverbod_id, betrokkene_id, versie),
    check (in_aanmerking or nachten is null)
);

grant select, insert on verblijf_uhg, opvangbesluit to ${app_rol};
-- the end of retention erases the free texts (UhgWisser), nothing else changes
grant update (adres, bron) on verblijf_uhg to ${app_rol};
grant update (reden) on opvangbesluit to ${app_rol};
