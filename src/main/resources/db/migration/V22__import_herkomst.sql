-- Issue 29, item 7: an imported repeat carries its provenance, and an import can be withdrawn.
-- A case made a repeat by a gemeente's import of historical THVs says so (ground IMPORT) and names the import.
alter table huisverbod add column herhaling_import_id uuid references huisverbod_import (id);
alter table huisverbod drop constraint huisverbod_herhaling_grond_check;
alter table huisverbod add constraint huisverbod_herhaling_grond_check
    check (herhaling_grond in ('PERSOON', 'ADRES', 'PERSOON_EN_ADRES', 'IMPORT'));
-- the repeats made by imports so far: ground PERSOON without an earlier case; the import is the latest naming the UHG
update huisverbod h set herhaling_grond = 'IMPORT', herhaling_import_id = (
        select hh.import_id from betrokkene b
        join historisch_betrokkene hb on hb.rol = 'UITHUISGEPLAATSTE' and lower(hb.naam) = lower(b.naam)
             and hb.geboortedatum = b.geboortedatum
        join historisch_huisverbod hh on hh.id = hb.huisverbod_id
        where b.huisverbod_id = h.id and b.rol = 'UITHUISGEPLAATSTE'
        order by hh.opgelegd_op desc limit 1)
    where h.herhaling_grond = 'PERSOON' and h.herhaling_van is null;
update huisverbod set herhaling_grond = null where herhaling_grond = 'IMPORT' and herhaling_import_id is null;
create index huisverbod_herhaling_import on huisverbod (herhaling_import_id) where herhaling_import_id is not null;

-- the importing organisation withdraws an import: its THVs and persons leave repeat detection and statistics
alter table huisverbod_import drop constraint huisverbod_import_status_check;
alter table huisverbod_import alter column status type varchar(12);
alter table huisverbod_import add constraint huisverbod_import_status_check
    check (status in ('BEZIG', 'GEREED', 'MISLUKT', 'INGETROKKEN'));
alter table huisverbod_import add column ingetrokken_op timestamptz, add column ingetrokken_door varchar(100);
create index historisch_huisverbod_import on historisch_huisverbod (import_id);
grant delete on historisch_huisverbod, historisch_betrokkene to ${app_rol};
