-- Issue 31: the work queue looks at open cases (index huisverbod_lopend) and at closed cases whose warm hand-over to a
-- hub partner waits for confirmation. The latter are few, but huisverbod_overdracht_open also holds every closed case
-- handed to a party outside the hub; this index holds only the ones a partner must confirm.
create index huisverbod_overdracht_wacht on huisverbod (overdracht_bereik_tot)
    where afgesloten_op is not null and overdracht_bevestigd_op is null and overdracht_organisatie is not null;
