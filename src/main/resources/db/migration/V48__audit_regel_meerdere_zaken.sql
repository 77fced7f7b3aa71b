-- One line per disclosure of a list (issue 37): a list that shows 200 cases to a desk wrote 200 lines that differed only
-- in their case (and 200 seals after them), each with five index entries. Lines of one request that differ only in their
-- case, and name no data subject, are now one line that names all those cases in huisverbod_ids (huisverbod_id is then
-- null). A line about one case keeps its huisverbod_id and has no array; so does every line written before.
alter table audit_regel add column huisverbod_ids uuid[];
alter table audit_regel add constraint audit_regel_zaken_check
    check (huisverbod_ids is null or (huisverbod_id is null and cardinality(huisverbod_ids) >= 2));

-- the FG finds a case's lines by either column: the btree (huisverbod_id, id) for single-case lines, this GIN for lists
create index audit_regel_zaken on audit_regel using gin (huisverbod_ids) where huisverbod_ids is not null;

-- the readers' view gains the column (at the end: a view's columns can only be appended)
create or replace view audit_regel_gezegeld as
select a.id, a.tijdstip, a.trace_id, a.span_id, a.actor_subject, a.actor_gebruiker, a.actor_rol, a.actor_organisatie,
       a.client_id, a.noodtoegang_reden, a.doel, a.beleidsversie, a.actie, a.huisverbod_id, a.betrokkene_id, a.verstrekt,
       a.onthouden, a.uitkomst, a.reden, a.betrokkene_pseudoniem, a.actor_pseudoniem,
       z.keten_volgnr, z.inhoud_hash, z.keten_hash, a.huisverbod_ids
from audit_regel a left join audit_zegel z on z.regel_id = a.id;

-- the cases a line names are as unchangeable as the rest of its hashed part
create or replace function audit_regel_bescherming() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'DELETE on audit_regel is not allowed: the audit log is append-only';
    end if;
    if (new.id, new.tijdstip, new.trace_id, new.span_id, new.actor_subject, new.actor_rol, new.actor_organisatie,
        new.client_id, new.doel, new.beleidsversie, new.actie, new.huisverbod_id, new.verstrekt, new.onthouden,
        new.uitkomst, new.reden, new.betrokkene_pseudoniem, new.actor_pseudoniem, new.xact, new.huisverbod_ids)
       is distinct from
       (old.id, old.tijdstip, old.trace_id, old.span_id, old.actor_subject, old.actor_rol, old.actor_organisatie,
        old.client_id, old.doel, old.beleidsversie, old.actie, old.huisverbod_id, old.verstrekt, old.onthouden,
        old.uitkomst, old.reden, old.betrokkene_pseudoniem, old.actor_pseudoniem, old.xact, old.huisverbod_ids) then
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

-- erasure at the end of retention reaches a list's line too: once any case it names is erased, the employee's name and
-- any free-text reason go from it, as they went from that case's own line when each listed case had one
create or replace function wis_audit_persoonsgegevens(zaken uuid[]) returns integer language plpgsql security definer
    set search_path = public, pg_temp as $$
declare
    n integer;
    m integer;
begin
    update audit_regel a set betrokkene_id = null, actor_gebruiker = null, noodtoegang_reden = null
    where a.huisverbod_id = any(zaken)
      and (a.betrokkene_id is not null or a.actor_gebruiker is not null or a.noodtoegang_reden is not null)
      and exists (select 1 from huisverbod h where h.id = a.huisverbod_id and h.gewist_op is not null);
    get diagnostics n = row_count;
    update audit_regel a set actor_gebruiker = null, noodtoegang_reden = null
    where a.huisverbod_ids && zaken
      and (a.actor_gebruiker is not null or a.noodtoegang_reden is not null)
      and exists (select 1 from huisverbod h where h.id = any(a.huisverbod_ids) and h.id = any(zaken)
                  and h.gewist_op is not null);
    get diagnostics m = row_count;
    return n + m;
end;
$$;
