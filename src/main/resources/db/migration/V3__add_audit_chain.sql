-- Tamper evidence for the audit log: a sealed hash chain. Requests only insert lines (no lock, no shared head on the
-- request path); a single sealer (advisory lock, so one per cluster) chains new lines in commit order. Personal data
-- (raw subject ids, employee names, free-text reasons) stays outside the hashed part, so erasing it at the end of
-- retention keeps the chain verifiable; the hashed part holds keyed pseudonyms instead.

alter table audit_regel add column betrokkene_pseudoniem varchar(64);
alter table audit_regel add column actor_pseudoniem varchar(64);
alter table audit_regel add column keten_volgnr bigint unique;
alter table audit_regel add column inhoud_hash varchar(64);
alter table audit_regel add column keten_hash varchar(64);

create index audit_regel_ongezegeld on audit_regel (id) where keten_volgnr is null;

-- the head of the chain: one row
create table audit_keten (
    id           smallint primary key check (id = 1),
    volgnr       bigint not null,
    hash         varchar(64) not null,
    bijgewerkt_op timestamptz not null
);
insert into audit_keten (id, volgnr, hash, bijgewerkt_op) values (1, 0, repeat('0', 64), now());

-- periodic copies of the head, so a consistent rewrite of the tail is detectable (also appended to a file if configured)
create table audit_anker (
    volgnr       bigint primary key,
    hash         varchar(64) not null,
    vastgelegd_op timestamptz not null
);

create index audit_regel_keten on audit_regel (keten_volgnr);
