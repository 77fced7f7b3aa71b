-- THV-hub database roles, run once per database by an administrator (a superuser or a role with CREATEROLE), before the
-- hub starts. Idempotent. Two roles, least privilege:
--   thv_eigenaar  owns the schema; Flyway runs the migrations as this role (THV_DATABASE_OWNER_USER)
--   thv_app       the hub at runtime (THV_DATABASE_USER): no DDL; the grants of migration V10 give it exactly what it
--                 needs, and on the audit log only INSERT and the sealer's one-time UPDATE of the seal columns
-- The passwords are set by the caller (deploy/local/up, the test resource) with ALTER ROLE ... PASSWORD afterwards.
do $$
begin
    if not exists (select 1 from pg_roles where rolname = 'thv_eigenaar') then
        create role thv_eigenaar login nosuperuser nocreatedb nocreaterole;
    end if;
    if not exists (select 1 from pg_roles where rolname = 'thv_app') then
        create role thv_app login nosuperuser nocreatedb nocreaterole;
    end if;
end
$$;

do $$
begin
    execute format('grant connect on database %I to thv_eigenaar, thv_app', current_database());
end
$$;
grant usage, create on schema public to thv_eigenaar;
grant usage on schema public to thv_app;
revoke create on schema public from public;

-- a database an earlier hub migrated as the administrator: hand its objects to the owner role, so Flyway (as owner)
-- can go on migrating it and the runtime role holds only what V10 grants
do $$
declare
    r record;
begin
    for r in select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'S') and pg_get_userbyid(c.relowner) <> 'thv_eigenaar'
             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i') and c.relkind = 'S')
    loop
        execute format('alter %s public.%I owner to thv_eigenaar',
                       case r.relkind when 'S' then 'sequence' when 'v' then 'view' else 'table' end, r.relname);
    end loop;
    for r in select p.oid::regprocedure as sig from pg_proc p join pg_namespace n on n.oid = p.pronamespace
             where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> 'thv_eigenaar'
    loop
        execute format('alter function %s owner to thv_eigenaar', r.sig);
    end loop;
end
$$;
