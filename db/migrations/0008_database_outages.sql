-- 0008: outages of the database that did not restart its server (a network cut, a frozen
-- host), as a process that waited one out saw it: `since` its last answer before, `back`
-- its first answer after, both in the database's clock. One row per observer, its latest
-- outage; the health check (common/health.py) excuses a silence such an outage caused, as
-- it does one a server restart caused.
CREATE TABLE database_outages (
    seen_by text PRIMARY KEY,
    since   timestamptz NOT NULL,
    back    timestamptz NOT NULL,
    CHECK (since <= back)
);
