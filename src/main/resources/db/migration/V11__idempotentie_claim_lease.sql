-- An Idempotency-Key claim is a lease: a request that died with its claim (the hub or the database crashed before the
-- key was released or its response stored) leaves a BEZIG row behind. With the request's trace id and the end of its
-- lease, a retry after the lease can tell from the audit log whether the first write committed (its audit lines, written
-- in the same transaction, carry that trace id) and either replay it or run anew, instead of 409 for a whole day.
alter table idempotentie add column trace_id varchar(32);
alter table idempotentie add column claim_tot timestamptz;
