#!/bin/bash
# First start of the compose PostgreSQL: the hub's two roles (deploy/db/rollen.sql) with their passwords from .env,
# and Keycloak's own database and role.
set -euo pipefail
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d thv -f /rollen/rollen.sql
psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d thv \
  -v eigenaar="$THV_EIGENAAR_PASSWORD" -v app="$THV_APP_PASSWORD" -v kc="$KEYCLOAK_DB_PASSWORD" <<'SQL'
alter role thv_eigenaar password :'eigenaar';
alter role thv_app password :'app';
create role keycloak login password :'kc';
create database keycloak owner keycloak;
SQL
