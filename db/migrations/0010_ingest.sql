-- 0010: ingest accounting, quarantine helpers and the commit horizon for consumers.
-- Owned by the ingest package (docs/mqtt.md). Runs inside one transaction.

-- Per source and feed: every MQTT message delivered to an ingest worker is
-- counted once as received and once as exactly one of stored, duplicate or
-- quarantined, in the same transaction that writes its rows. The CHECK makes a
-- broken balance impossible to commit. A redelivered message counts again (as a
-- duplicate, or quarantined again), so the balance holds across crashes.
-- "late" (observation older than ingest.late_after_s at receipt) is a subset of
-- stored + duplicate, informational. Topics that do not parse at all are counted
-- under domain = '', feed = '', source_id = ''.
CREATE TABLE ingest_counters (
    domain          text NOT NULL,
    feed            text NOT NULL,                -- feed, or 'status' for .../status topics
    source_id       text NOT NULL,
    received        bigint NOT NULL DEFAULT 0,
    stored          bigint NOT NULL DEFAULT 0,    -- at least one new row, or a valid message without values
    duplicate       bigint NOT NULL DEFAULT 0,    -- every row already present (natural key)
    quarantined     bigint NOT NULL DEFAULT 0,
    late            bigint NOT NULL DEFAULT 0,
    rows_stored     bigint NOT NULL DEFAULT 0,    -- readings + events rows inserted
    rows_duplicate  bigint NOT NULL DEFAULT 0,    -- rows skipped by ON CONFLICT DO NOTHING
    first_at        timestamptz NOT NULL DEFAULT now(),
    last_at         timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (domain, feed, source_id),
    CONSTRAINT ingest_counters_balance CHECK (received = stored + duplicate + quarantined),
    CONSTRAINT ingest_counters_late CHECK (late <= stored + duplicate)
);

-- Quarantined messages not yet replayed, oldest first (soc quarantine list / replay).
CREATE INDEX quarantine_pending_idx ON quarantine (time) WHERE replayed_at IS NULL;

-- Commit horizon for consumers that poll readings/events by received_at
-- (contract 4). received_at defaults to now(), the start time of the writing
-- transaction, but rows become visible only at COMMIT, so a poller that keeps
-- "last received_at seen" can skip rows committed late. Every transaction that
-- could still commit rows with received_at < ingest_horizon() was already over
-- when the horizon was computed, so: compute the horizon in one statement, then
-- (READ COMMITTED, next statement) read
--     WHERE received_at >= last_horizon AND received_at < horizon
-- and keep horizon as the next last_horizon. Nothing is skipped or read twice.
-- An idle-in-transaction session in this database holds the horizon back.
CREATE FUNCTION ingest_horizon() RETURNS timestamptz
LANGUAGE sql VOLATILE AS $$
    SELECT least(clock_timestamp(), min(xact_start))
    FROM pg_stat_activity
    WHERE datname = current_database()
      AND pid <> pg_backend_pid()
      AND xact_start IS NOT NULL
$$;
