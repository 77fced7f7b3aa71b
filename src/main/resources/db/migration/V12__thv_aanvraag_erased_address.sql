-- An erased THV request has no address any more: null says so, where the placeholder '1000AA' / '0' looked like one
-- (and broke the published pattern of a house number).
alter table thv_aanvraag alter column postcode drop not null;
alter table thv_aanvraag alter column huisnummer drop not null;
update thv_aanvraag set postcode = null, huisnummer = null where onderbouwing = 'VERWIJDERD';
