-- Issue 29, item 13: retention erases a referral's life domain (it can say which care a person needs); an erased
-- referral is guarded as GEZONDHEID, the strictest.
alter table verwijzing alter column leefgebied drop not null;
