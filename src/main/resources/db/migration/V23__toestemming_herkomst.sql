-- Issue 29, item 9: every consent names how it was obtained (a form reference in writing; the day and the person who
-- heard it orally) and which organisation recorded it, so the FG can review consents recorded for the recorder's own
-- organisation and the access report can say who recorded each consent.
alter table toestemming
    add column formulier_referentie   varchar(100),
    add column gehoord_op             date,
    add column gehoord_door           varchar(200),
    add column vastgelegd_organisatie varchar(20);
update toestemming set vastgelegd_organisatie = case vastgelegd_rol
    when 'veilig-thuis' then 'VEILIG_THUIS' when 'sociaal-team' then 'SOCIAAL_TEAM_AA' else 'BLIJF_GROEP' end;
alter table toestemming alter column vastgelegd_organisatie set not null;
-- consents recorded before this rule existed keep what they have; every new one must carry its provenance
alter table toestemming add constraint toestemming_herkomst check (
    (vorm = 'SCHRIFTELIJK' and formulier_referentie is not null)
    or (vorm = 'MONDELING' and gehoord_op is not null and gehoord_door is not null)) not valid;
create index toestemming_eigen_organisatie on toestemming (vastgelegd_op) where ontvanger = vastgelegd_organisatie;
