-- A replica on a cluster does not migrate: a Job does, once per rollout, as the schema owner. The replicas only
-- validate at start that the schema is the one they were built for, as the runtime role: that needs read access to
-- Flyway's schema history, and nothing more.
grant select on flyway_schema_history to ${app_rol};
