-- Issue 35.1: monitoring that fits the family. Monitoring may be extended (coded reason and text; the new end stays in
-- monitoring_einde, at most twelve months after the THV's end); monitoring ended before its planned end names a coded
-- ground beside its reason text, counted in statistics.
alter table huisverbod
    add column beeindiging_grond varchar(30)
        check (beeindiging_grond in ('DOEL_BEREIKT', 'ZORG_ELDERS_GEBORGD', 'GEEN_MEDEWERKING', 'VERHUISD',
                                     'NIET_BEREIKBAAR', 'ANDERS')),
    add column monitoring_verlenging_reden varchar(30)
        check (monitoring_verlenging_reden in ('HULP_NOG_NIET_GESTART', 'VERSLAVING', 'GGZ', 'SCHULDEN',
                                               'VEILIGHEID_NIET_STABIEL', 'ANDERS')),
    add column monitoring_verlenging_toelichting varchar(2000),
    add column monitoring_verlengd_op timestamptz,
    add constraint huisverbod_monitoring_verlenging_compleet
        check ((monitoring_verlenging_reden is null) = (monitoring_verlengd_op is null));
