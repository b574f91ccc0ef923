-- 0006: pg_stat_statements in the application database where the server preloads it and
-- the migrating role may create it: the compose deployment (docker-compose.yml's
-- timescaledb service preloads it, common.services.PRELOAD_LIBRARIES, and its `soc` role is
-- the image's superuser). The project's own server creates it as its superuser in the
-- `postgres` database (common/services.py); its application role is no superuser, may not
-- create it, and this creates nothing there. Idempotent. A superuser reads the server's
-- counts from the view in any database that has it (docs/development.md, "Statements counted
-- by the server").
DO $$
BEGIN
    -- Nested: shared_preload_libraries is readable by a superuser only.
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        IF 'pg_stat_statements' = ANY (string_to_array(
                replace(current_setting('shared_preload_libraries'), ' ', ''), ','))
           AND EXISTS (SELECT FROM pg_available_extensions WHERE name = 'pg_stat_statements') THEN
            CREATE EXTENSION IF NOT EXISTS pg_stat_statements;
        END IF;
    END IF;
END $$;
