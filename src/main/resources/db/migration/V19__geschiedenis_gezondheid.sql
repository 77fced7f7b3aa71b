-- Issue 29, item 2: a history entry is shown exactly when the part it describes would be. An entry about a referral in
-- a health domain (VERSLAVING, PSYCHISCHE_GEZONDHEID) is shown only to a reader who may see that person's GEZONDHEID;
-- new entries carry "gezondheid": true, and this marks the entries written before. Only the marker is added: the
-- history stays append-only for the runtime role (its trigger is lifted for this one statement, by the owner).
alter table gebeurtenis disable trigger gebeurtenis_append_only;
update gebeurtenis g set details = g.details || '{"gezondheid": true}'::jsonb
 where g.soort in ('VERWIJZING_AANGEMELD', 'VERWIJZING_STATUS_GEWIJZIGD')
   and exists (select 1 from verwijzing v
                where v.id::text = g.details ->> 'verwijzingId'
                  and v.leefgebied in ('VERSLAVING', 'PSYCHISCHE_GEZONDHEID'));
alter table gebeurtenis enable trigger gebeurtenis_append_only;
