-- the statistics join the facts of other tables once per table: these partial indexes keep those joins to the rows
-- that count (children, confirmed violations, THVs requested from care)
create index betrokkene_kind on betrokkene (huisverbod_id) where rol = 'KIND';
create index overtreding_bevestigd on overtreding (huisverbod_id) include (vervolgactie) where status = 'BEVESTIGD';
create index thv_aanvraag_opgelegd on thv_aanvraag (huisverbod_id) where uitkomst = 'OPGELEGD';
