-- Issue 33: an assignment may cover some persons of the case only — a coordinator for the victims and another for the
-- uithuisgeplaatste (seed §2.3). Null: it covers everyone, as every assignment did before.
alter table toewijzing add column betrokkenen uuid[];
alter table toewijzing add constraint toewijzing_betrokkenen_niet_leeg
    check (betrokkenen is null or cardinality(betrokkenen) > 0);

-- The contacts the UHG needs (issue 33.4): a visit in the cell complex or an institution, a message (letter, app), and
-- the police's own conversation with him, which counts when the police record it as such.
alter table contactmoment drop constraint contactmoment_vorm_check;
alter table contactmoment add constraint contactmoment_vorm_check check (vorm in ('HUISBEZOEK', 'TELEFOON', 'VIDEO',
    'GESPREK_OP_LOCATIE', 'BEZOEK_CELCOMPLEX', 'BEZOEK_INSTELLING', 'BERICHT', 'POLITIEGESPREK', 'ANDERS'));
