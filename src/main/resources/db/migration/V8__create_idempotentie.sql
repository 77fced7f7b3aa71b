-- Idempotent writes (IETF draft "The Idempotency-Key HTTP Header Field"): one row per client scope and key. A row is
-- claimed (BEZIG) in its own commit before the write runs, so a concurrent retry finds it and gets 409, and it holds
-- the first response (KLAAR) for replay until it expires (24 h). A write whose response was never stored stays BEZIG
-- until expiry: a retry is then refused rather than risk doing the write twice.
create table idempotentie (
    scope            varchar(300) not null,
    sleutel          varchar(200) not null,
    verzoek_hash     char(64) not null,
    status           varchar(10) not null check (status in ('BEZIG', 'KLAAR')),
    antwoord_status  integer,
    antwoord_headers jsonb,
    antwoord_body    text,
    aangemaakt_op    timestamptz not null,
    verloopt_op      timestamptz not null,
    primary key (scope, sleutel)
);
create index idempotentie_verlopen on idempotentie (verloopt_op);
