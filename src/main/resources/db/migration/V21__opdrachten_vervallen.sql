-- Issue 29, item 12: requests that put an organisation in reach of a case end. The OM can withdraw a request for a
-- Reclassering advice; an open request lapses a set time after its due date (vervalt_op, fixed when requested, so a
-- later change of the setting does not reopen or shorten requests already made). An unconfirmed warm hand-over keeps
-- its receiver in reach only until overdracht_bereik_tot, fixed at closing.
alter table reclasseringsadvies
    add column vervalt_op timestamptz,
    add column einde varchar(12) check (einde in ('INGETROKKEN', 'VERLOPEN')),
    add column einde_op timestamptz,
    add column einde_door varchar(100),
    add check ((einde is null) = (einde_op is null)),
    add check (einde is null or geleverd_op is null);
update reclasseringsadvies set vervalt_op = ((termijn + 15)::timestamp at time zone 'Europe/Amsterdam');
alter table reclasseringsadvies alter column vervalt_op set not null;
drop index reclasseringsadvies_open;
create unique index reclasseringsadvies_open on reclasseringsadvies (huisverbod_id) where geleverd_op is null and einde_op is null;

alter table huisverbod add column overdracht_bereik_tot timestamptz;
update huisverbod set overdracht_bereik_tot = afgesloten_op + interval '35 days'
    where afgesloten_op is not null and overdracht_organisatie is not null;

-- the audit action RECLASSERINGSADVIES_INGETROKKEN is 31 characters; widening a varchar rewrites nothing
alter table audit_regel alter column actie type varchar(40);
