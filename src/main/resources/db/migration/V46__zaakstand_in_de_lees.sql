-- Issue 30 (the page of 50 must not be slower than at abcba3e): the features' functions of V44 are gone. PostgreSQL
-- inlines each SQL function anew at every planning, and with five of them lateral-joined to the case read, planning
-- the page of 50 cost 5.5 ms on one connection and 51 ms under 16 (against 1 ms and 2 ms with the same subqueries
-- written into the statement; docs/performance.md, session 23). Each feature now publishes its columns as SQL text in
-- its own persistence package (nl.thvhub.huisverbod.Zaakstandbron), still naming only its own tables, and the case
-- read writes only the columns of the reader's reach into its statement.
drop function signalen_zaakstand(uuid);
drop function zorg_zaakstand(uuid);
drop function strafrecht_zaakstand(uuid);
drop function uhg_zaakstand(uuid);
drop function opvolging_zaakstand(uuid);
