-- The end announcer (EindeMelder) asks every minute, on every instance, for the cases whose end passed and was not told
-- yet. No index matched that question (huisverbod_lopend leaves out closed cases, which are told too), so each poll read
-- the whole case table: 100k cases, 412 ms cold (issue 37). Once told, a case leaves this index for good, so it holds only
-- the running cases and the few awaiting their announcement, and the poll costs what is pending, not what is kept.
create index huisverbod_einde_te_melden on huisverbod (eindmoment)
  where ingetrokken_op is null and einde_gemeld_op is null and gewist_op is null;
