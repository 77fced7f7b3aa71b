-- Least privilege: the hub runs as ${app_rol}, not as the owner of the schema (deploy/db/rollen.sql creates both roles).
-- The runtime role may not rewrite history: the audit log, the lifecycle history and the afdoening versions only grow;
-- the audit line's seal is set once by the sealer; personal data is erased at the end of retention only through the
-- functions below (SECURITY DEFINER, owned by the owner role), which erase nothing of a case that is not erased.

revoke all on all tables in schema public from ${app_rol};

-- ordinary working tables
grant select, insert, update, delete on huisverbod, betrokkene, toewijzing, outbox, notificatie, abonnement, aflevering,
    overtreding, ggz_signaal, adresmarkering, thv_aanvraag, idempotentie to ${app_rol};
-- consent is withdrawn, never deleted; an emergency grant is reviewed once, never changed otherwise
grant select, insert, update on toestemming to ${app_rol};
grant select, insert on noodtoegang to ${app_rol};
grant update (beoordeeld_op, beoordeeld_door, oordeel) on noodtoegang to ${app_rol};
-- append-only: history and criminal-track versions
grant select, insert on gebeurtenis, afdoening to ${app_rol};
-- the audit log: insert; the sealer sets the three seal columns once; the head and anchors of the chain
grant select, insert on audit_regel to ${app_rol};
grant update (keten_volgnr, inhoud_hash, keten_hash) on audit_regel to ${app_rol};
grant select, update on audit_keten to ${app_rol};
grant select, insert on audit_anker to ${app_rol};
grant usage, select on all sequences in schema public to ${app_rol};
-- the demo data restarts the case number (setval)
grant update on sequence huisverbod_volgnummer to ${app_rol};

-- even the owner cannot quietly edit an audit line: the seal is set once, everything else never changes, except that
-- the erasable personal columns (outside the hash) may become null
create function audit_regel_bescherming() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'DELETE on audit_regel is not allowed: the audit log is append-only';
    end if;
    if old.keten_volgnr is not null
       and (new.keten_volgnr, new.inhoud_hash, new.keten_hash) is distinct from (old.keten_volgnr, old.inhoud_hash, old.keten_hash) then
        raise exception 'the seal of audit line % is set once and never changed', old.id;
    end if;
    if (new.id, new.tijdstip, new.trace_id, new.span_id, new.actor_subject, new.actor_rol, new.actor_organisatie,
        new.client_id, new.doel, new.beleidsversie, new.actie, new.huisverbod_id, new.verstrekt, new.onthouden,
        new.uitkomst, new.reden, new.betrokkene_pseudoniem, new.actor_pseudoniem)
       is distinct from
       (old.id, old.tijdstip, old.trace_id, old.span_id, old.actor_subject, old.actor_rol, old.actor_organisatie,
        old.client_id, old.doel, old.beleidsversie, old.actie, old.huisverbod_id, old.verstrekt, old.onthouden,
        old.uitkomst, old.reden, old.betrokkene_pseudoniem, old.actor_pseudoniem) then
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

create function weiger_truncate() returns trigger language plpgsql as $$
begin
    raise exception 'TRUNCATE on % is not allowed: the table is append-only', tg_table_name;
end;
$$;

create trigger audit_regel_geen_truncate before truncate on audit_regel for each statement execute function weiger_truncate();
create trigger audit_anker_geen_truncate before truncate on audit_anker for each statement execute function weiger_truncate();
create trigger gebeurtenis_geen_truncate before truncate on gebeurtenis for each statement execute function weiger_truncate();
create trigger afdoening_geen_truncate before truncate on afdoening for each statement execute function weiger_truncate();

create trigger audit_anker_append_only before update or delete on audit_anker
    for each row execute function weiger_wijziging();

-- erasure at the end of retention: only for cases already marked erased (gewist_op), only the erasable columns
create function wis_audit_persoonsgegevens(zaken uuid[]) returns integer language plpgsql security definer
    set search_path = public, pg_temp as $$
declare
    n integer;
begin
    update audit_regel a set betrokkene_id = null, actor_gebruiker = null, noodtoegang_reden = null
    where a.huisverbod_id = any(zaken)
      and (a.betrokkene_id is not null or a.actor_gebruiker is not null or a.noodtoegang_reden is not null)
      and exists (select 1 from huisverbod h where h.id = a.huisverbod_id and h.gewist_op is not null);
    get diagnostics n = row_count;
    return n;
end;
$$;

-- the lifecycle history and the afdoening texts of an erased case: details and free texts go, the facts stay
create function wis_zaakhistorie(zaken uuid[]) returns integer language plpgsql security definer
    set search_path = public, pg_temp as $$
declare
    n integer;
begin
    alter table gebeurtenis disable trigger gebeurtenis_append_only;
    update gebeurtenis g set details = '{}'::jsonb
    where g.huisverbod_id = any(zaken) and g.details <> '{}'::jsonb
      and exists (select 1 from huisverbod h where h.id = g.huisverbod_id and h.gewist_op is not null);
    get diagnostics n = row_count;
    alter table gebeurtenis enable trigger gebeurtenis_append_only;
    alter table afdoening disable trigger afdoening_append_only;
    update afdoening a set sepot_grond = null, bijzondere_voorwaarden = null, verblijfplaats_uhg = null,
        parketnummer = null, zittingen = '[]'::jsonb
    where a.huisverbod_id = any(zaken)
      and exists (select 1 from huisverbod h where h.id = a.huisverbod_id and h.gewist_op is not null);
    alter table afdoening enable trigger afdoening_append_only;
    update noodtoegang t set reden = 'VERWIJDERD', oordeel = case when oordeel is null then null else 'VERWIJDERD' end
    where t.huisverbod_id = any(zaken) and t.reden <> 'VERWIJDERD'
      and exists (select 1 from huisverbod h where h.id = t.huisverbod_id and h.gewist_op is not null);
    return n;
end;
$$;

revoke all on function wis_audit_persoonsgegevens(uuid[]) from public;
revoke all on function wis_zaakhistorie(uuid[]) from public;
grant execute on function wis_audit_persoonsgegevens(uuid[]) to ${app_rol};
grant execute on function wis_zaakhistorie(uuid[]) to ${app_rol};

-- retention's clock runs from the latest of closing, withdrawal, end of monitoring (explicit or planned)
create index huisverbod_bewaartermijn on huisverbod ((greatest(afgesloten_op, ingetrokken_op,
    coalesce(beeindigd_op, case when afgesloten_op is null and ingetrokken_op is null then monitoring_einde end))))
    where gewist_op is null;
