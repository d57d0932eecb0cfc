#!/usr/bin/env bash
# Creates one login role and one database per service, each database owned by its role, the way
# production has it (docs/architecture.md: no service reads another's database). The postgres
# image runs this once, when its data volume is empty: to change a password afterwards, run
# ALTER ROLE ... PASSWORD by hand or start over with `docker compose down -v`.
#
# The passwords come from the environment (docker-compose.yml passes them with development
# defaults); psql's :'var' quoting keeps them out of the SQL text and escapes them properly.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "${POSTGRES_DB:-$POSTGRES_USER}" \
     -v indicators_password="${INDICATORS_DB_PASSWORD:?}" \
     -v projects_password="${PROJECTS_DB_PASSWORD:?}" \
     -v plan_password="${PLAN_DB_PASSWORD:?}" \
     -v notifications_password="${NOTIFICATIONS_DB_PASSWORD:?}" <<'SQL'
CREATE ROLE indicators LOGIN PASSWORD :'indicators_password';
CREATE DATABASE indicators OWNER indicators;
-- Each database is reachable by its own role only (and the superuser).
REVOKE CONNECT, TEMPORARY ON DATABASE indicators FROM PUBLIC;

CREATE ROLE projects LOGIN PASSWORD :'projects_password';
CREATE DATABASE projects OWNER projects;
REVOKE CONNECT, TEMPORARY ON DATABASE projects FROM PUBLIC;

CREATE ROLE plan LOGIN PASSWORD :'plan_password';
CREATE DATABASE plan OWNER plan;
REVOKE CONNECT, TEMPORARY ON DATABASE plan FROM PUBLIC;

CREATE ROLE notifications LOGIN PASSWORD :'notifications_password';
CREATE DATABASE notifications OWNER notifications;
REVOKE CONNECT, TEMPORARY ON DATABASE notifications FROM PUBLIC;
SQL
