-- The audit line is written once (issue 37): the sealer no longer updates every line it chains (a second version of
-- each line, seven index entries, a PL/pgSQL trigger per row), it appends the seals to a table of their own. The hot
-- table audit_regel is insert-only.
--
-- Which lines still need a seal is found without a flag on the line: each line records the transaction that wrote it
-- (xact, pg_current_xact_id()). The sealer takes the lines whose transaction is older than every transaction still
-- running (pg_snapshot_xmin), in (xact, id) order, after the last one it sealed (the boundary kept with the chain's head).
-- A line of a transaction still running is therefore never skipped: its xact is not below the snapshot's xmin until that
-- transaction has ended, and it sorts after the boundary, which only moves past transactions that have ended.

-- No foreign key to audit_regel: its check would lock every sealed line (FOR KEY SHARE), writing each line's tuple a
-- second time after all; that a seal names a stored line is what the verifier checks.
create table audit_zegel (
    regel_id     bigint primary key,
    keten_volgnr bigint not null unique,
    inhoud_hash  varchar(64) not null,
    keten_hash   varchar(64) not null
);

insert into audit_zegel (regel_id, keten_volgnr, inhoud_hash, keten_hash)
select id, keten_volgnr, inhoud_hash, keten_hash from audit_regel where keten_volgnr is not null;

-- the writing transaction of each new line; lines written before this migration have none (sealed ones never need it)
alter table audit_regel add column xact xid8;
alter table audit_regel alter column xact set default pg_current_xact_id();
-- a line written before this migration and not sealed yet comes first, in id order (no transaction sorts below 1)
update audit_regel set xact = '1'::xid8 where keten_volgnr is null;
create index audit_regel_xact on audit_regel (xact, id) where xact is not null;

-- where the sealer stopped: the last (xact, id) it chained
alter table audit_keten add column grens_xact xid8 not null default '0'::xid8;
alter table audit_keten add column grens_id bigint not null default 0;
-- the lines sealed before this migration are behind the boundary: their xact is null and the sealer never reads them
update audit_keten set grens_xact = '1'::xid8, grens_id = 0 where id = 1;

-- the old seal columns and their indexes go; the protection trigger is written for the insert-only line
drop trigger audit_regel_bescherming on audit_regel;
drop function audit_regel_bescherming();
drop index audit_regel_ongezegeld;
drop index audit_regel_keten;
alter table audit_regel drop column keten_volgnr, drop column inhoud_hash, drop column keten_hash;

-- the line as its readers know it: with its seal, when it has one (the writing transaction is the sealer's business)
create view audit_regel_gezegeld as
select a.id, a.tijdstip, a.trace_id, a.span_id, a.actor_subject, a.actor_gebruiker, a.actor_rol, a.actor_organisatie,
       a.client_id, a.noodtoegang_reden, a.doel, a.beleidsversie, a.actie, a.huisverbod_id, a.betrokkene_id, a.verstrekt,
       a.onthouden, a.uitkomst, a.reden, a.betrokkene_pseudoniem, a.actor_pseudoniem,
       z.keten_volgnr, z.inhoud_hash, z.keten_hash
from audit_regel a left join audit_zegel z on z.regel_id = a.id;

-- even the owner cannot quietly edit an audit line: nothing changes, except that the erasable personal columns
-- (outside the hash) may become null
create function audit_regel_bescherming() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'DELETE on audit_regel is not allowed: the audit log is append-only';
    end if;
    if (new.id, new.tijdstip, new.trace_id, new.span_id, new.actor_subject, new.actor_rol, new.actor_organisatie,
        new.client_id, new.doel, new.beleidsversie, new.actie, new.huisverbod_id, new.verstrekt, new.onthouden,
        new.uitkomst, new.reden, new.betrokkene_pseudoniem, new.actor_pseudoniem, new.xact)
       is distinct from
       (old.id, old.tijdstip, old.trace_id, old.span_id, old.actor_subject, old.actor_rol, old.actor_organisatie,
        old.client_id, old.doel, old.beleidsversie, old.actie, old.huisverbod_id, old.verstrekt, old.onthouden,
        old.uitkomst, old.reden, old.betrokkene_pseudoniem, old.actor_pseudoniem, old.xact) then
        raise exception 'audit line % cannot be changed', old.id;
    end if;
    if (new.betrokkene_id is distinct from old.betrokkene_id and new.betrokkene_id is not null)
       or (new.actor_gebruiker is distinct from old.actor_gebruiker and new.actor_gebruiker is not null)
       or (new.noodtoegang_reden is distinct from old.noodtoegang_reden and new.noodtoegang_reden is not null) then
        raise exception 'the personal columns of audit line % can only be erased', old.id;
    end if;
    return new;
end;
$$;

create trigger audit_regel_bescherming before update or delete on audit_regel
    for each row execute function audit_regel_bescherming();

-- a seal is written once and never changed or removed
create trigger audit_zegel_append_only before update or delete on audit_zegel
    for each row execute function weiger_wijziging();
create trigger audit_zegel_geen_truncate before truncate on audit_zegel for each statement execute function weiger_truncate();

grant select, insert on audit_zegel to ${app_rol};
grant select on audit_regel_gezegeld to ${app_rol};
