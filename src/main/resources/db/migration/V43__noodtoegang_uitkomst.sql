-- Issue 30, step 2: the FG's verdict on a break-the-glass read gets a code beside its text, TERECHT or ONTERECHT, so the
-- FG's reports can count unjustified reads. Verdicts given before have no code (null): their text says it, and a code
-- guessed from free text would be a verdict nobody gave.
alter table noodtoegang add column uitkomst varchar(10) check (uitkomst in ('TERECHT', 'ONTERECHT'));
alter table noodtoegang add constraint noodtoegang_uitkomst_na_beoordeling check (uitkomst is null or beoordeeld_op is not null);
grant update (uitkomst) on noodtoegang to ${app_rol};
