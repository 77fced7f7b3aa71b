-- The inbox reads, per way a notification is addressed (personally, or to a role's queue for an organisation and
-- wijk), in the order it shows them: unread first, newest first. These indexes give that order, so a page is read
-- from the index instead of sorting a queue of many thousands (measured: 120 ms at 17,000 queued, bench/run).
drop index notificatie_gebruiker;
drop index notificatie_rol;
create index notificatie_inbox_gebruiker on notificatie (ontvanger_gebruiker, (bevestigd_op is not null), aangemaakt_op desc, id);
create index notificatie_inbox_rol on notificatie (ontvanger_rol, (coalesce(ontvanger_organisatie, '')), (coalesce(ontvanger_wijk, '')),
    (bevestigd_op is not null), aangemaakt_op desc, id) where ontvanger_gebruiker is null;
