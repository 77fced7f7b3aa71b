-- Issue 29, item 3: a check-in is about the family and read under case-level HULPVERLENING, so it must not hold health
-- data about one person. Substance use (the VERSLAVING domain, category GEZONDHEID) is no longer a relapse signal of a
-- check-in; it belongs in that person's problem analysis. The signal is removed from check-ins recorded before: it
-- names no person, so it cannot be moved to one, and kept where it is it would keep reaching readers without GEZONDHEID.
update peilmoment set terugval_signalen = array_remove(terugval_signalen, 'MIDDELENGEBRUIK')
 where 'MIDDELENGEBRUIK' = any(terugval_signalen);
