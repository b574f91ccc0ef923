-- 0042: coordinator commands from the web API to the running ops service.
-- The web process (another process) inserts a pending row; `soc ops run` claims
-- pending rows in id order (SELECT ... FOR UPDATE SKIP LOCKED), applies each through
-- its audited OpsService methods and marks it done or rejected in the SAME
-- transaction as the effects, so a restart neither loses nor repeats a command.
CREATE TABLE ops_commands (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id   text NOT NULL,
    kind          text NOT NULL CHECK (kind IN ('assign', 'reassign', 'note', 'close')),
    args          jsonb NOT NULL DEFAULT '{}'::jsonb,   -- assign: {agency}; reassign: {src, dst}; note: {text}
    actor         text NOT NULL,                        -- the web user who asked
    reason        text NOT NULL DEFAULT '',
    requested_at  timestamptz NOT NULL DEFAULT now(),
    state         text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'rejected')),
    result        text,                                 -- done: what was applied
    error         text,                                 -- rejected: the typed error's message
    error_type    text,                                 -- rejected: the typed error's class name
    done_at       timestamptz,
    CHECK ((state = 'pending') = (done_at IS NULL))
);
-- The service's claim reads only pending rows, oldest first.
CREATE INDEX ops_commands_pending_idx ON ops_commands (id) WHERE state = 'pending';
CREATE INDEX ops_commands_incident_idx ON ops_commands (incident_id, id);
