-- Runs once, when the PostgreSQL volume is created: a database and an owner for Keycloak beside the
-- application's (POSTGRES_DB). Passwords come from the environment of docker-compose.yml.
CREATE USER keycloak WITH PASSWORD 'keycloak';
CREATE DATABASE keycloak OWNER keycloak;
