-- Issue 34.4: the mayor's extension desk. The advice to extend names its structured grounds; the mayor's decision is
-- recorded either way (a decision not to extend with its reason: the THV then ends at eindmoment as before); a
-- withdrawal names its coded ground beside the reason text, counted in statistics.
alter table huisverbod
    add column verlengingsadvies_gronden varchar(30)[],
    add column verlengingsbesluit varchar(20) check (verlengingsbesluit in ('VERLENGEN', 'NIET_VERLENGEN')),
    add column verlengingsbesluit_op timestamptz,
    add column verlengingsbesluit_motivering varchar(2000),
    add column intrekking_grond varchar(30)
        check (intrekking_grond in ('VEILIGHEIDSAFSPRAKEN', 'JURIDISCH_NIET_HOUDBAAR', 'RECHTER_OPGEHEVEN', 'ANDERS')),
    add constraint huisverbod_verlengingsbesluit_compleet
        check ((verlengingsbesluit is null) = (verlengingsbesluit_op is null));

-- a THV extended before this change was decided VERLENGEN when it was extended
update huisverbod set verlengingsbesluit = 'VERLENGEN', verlengingsbesluit_op = verlengd_op where verlengd_op is not null;

-- a shared gemeente queue is the queue of the case's gemeente (issue 34.5): a gemeente account acting for some gemeenten
-- reads the notifications of their cases only
alter table notificatie add column ontvanger_gemeente varchar(20);
