-- 0060: accounts of the web application (issue 8).
-- Roles and what they may do are defined in web/security.py (PERMISSIONS).
-- Display accounts (wall screens) have no password: they only receive
-- read-only display tokens from `soc users display-token NAME`.
-- Bumping token_version revokes every token issued to the user before.

CREATE TABLE web_users (
    user_name      text PRIMARY KEY CHECK (user_name ~ '^[a-z0-9][a-z0-9_.-]{0,63}$'),
    role           text NOT NULL CHECK (role IN ('operator', 'coordinator', 'planner', 'agency', 'display', 'admin')),
    agency         text CHECK (agency IN ('fire', 'police', 'traffic', 'water', 'public_works', 'environment')),
    display_name   text NOT NULL DEFAULT '',
    password_hash  text,
    active         boolean NOT NULL DEFAULT true,
    token_version  integer NOT NULL DEFAULT 1,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT web_users_agency_role CHECK ((role = 'agency') = (agency IS NOT NULL)),
    CONSTRAINT web_users_password_role CHECK (role = 'display' OR password_hash IS NOT NULL)
);

CREATE INDEX audit_log_actor_idx ON audit_log (actor, at);
