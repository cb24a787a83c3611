-- After every migration run (a Flyway callback, idempotent): what the application's role
-- (twincities.db.user, the placeholder appUser) may do in the schema Flyway's role owns. It reads and
-- writes rows, but cannot change the schema, cannot touch Flyway's history and cannot update or delete
-- audit rows. When the application connects as the owner itself (the local run), there is nothing to
-- grant: an owner always has every right on what it owns.
DO $grants$
DECLARE
    app    TEXT := '${appUser}';
    schema TEXT := current_schema();
BEGIN
    IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC, %I', schema, app);
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema, app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema, app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I', schema, app);
    EXECUTE format('GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA %I TO %I', schema, app);
    EXECUTE format('REVOKE ALL ON TABLE flyway_schema_history FROM %I', app);
    -- the audit log is insert-only for the application
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON TABLE audit_entry FROM %I', app);
END
$grants$;
