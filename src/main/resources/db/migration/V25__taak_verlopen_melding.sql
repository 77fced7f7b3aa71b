-- Issue 31: a task that became overdue is announced once (taak.verlopen). The row is the task's identity — kind, case,
-- person (the nil uuid for a task about the case) and its due moment — so a task whose due moment moves is a new task.
create table taak_verlopen_melding (
    soort          varchar(40) not null,
    huisverbod_id  uuid not null references huisverbod (id) on delete cascade,
    betrokkene_id  uuid not null,
    vervalt_op     timestamptz not null,
    gemeld_op      timestamptz not null,
    primary key (soort, huisverbod_id, betrokkene_id, vervalt_op)
);
grant select, insert on taak_verlopen_melding to ${app_rol};
