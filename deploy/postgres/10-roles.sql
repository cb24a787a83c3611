-- Runs once, when the PostgreSQL volume is created (docker-entrypoint-initdb.d, as the superuser).
-- Three roles with passwords of their own, read from the Compose secrets (never from this file):
--   twincities_owner  owns the database `twincities` and its schema; Flyway migrates as it
--   twincities_app    the application: rows only (granted by the migration callback afterMigrate__grants.sql)
--   keycloak          owns the database `keycloak`
\set ON_ERROR_STOP on
\set owner_password `cat /run/secrets/db_owner_password`
\set app_password `cat /run/secrets/db_app_password`
\set keycloak_password `cat /run/secrets/keycloak_db_password`

CREATE ROLE twincities_owner LOGIN PASSWORD :'owner_password';
CREATE ROLE twincities_app LOGIN PASSWORD :'app_password';
CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';

CREATE DATABASE twincities OWNER twincities_owner;
REVOKE ALL ON DATABASE twincities FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE twincities TO twincities_app;

CREATE DATABASE keycloak OWNER keycloak;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;

\connect twincities
-- the owner owns schema public; nobody else may create in it
ALTER SCHEMA public OWNER TO twincities_owner;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO twincities_app;
