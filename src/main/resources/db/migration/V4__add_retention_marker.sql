-- Retention: when the personal data of a closed case was erased (the case row stays for statistics and the audit trail).
alter table huisverbod add column gewist_op timestamptz;
create index huisverbod_te_wissen on huisverbod (afgesloten_op) where afgesloten_op is not null and gewist_op is null;
