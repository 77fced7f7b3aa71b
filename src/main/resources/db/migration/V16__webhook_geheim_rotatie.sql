-- Standard Webhooks (issue 22): the hub generates each subscription's secret (whsec_…) and rotates it with an overlap
-- in which deliveries carry a signature under the old secret too, so a receiver can switch without losing one.
alter table abonnement add column vorig_secret varchar(200);
alter table abonnement add column vorig_geldig_tot timestamptz;
