-- 0015: the spool of messages a refusing table could not take (docs/mqtt.md, "One table
-- refusing writes"). When `readings` alone refuses writes (a full tablespace, a revoked
-- privilege) ingest keeps the messages that would write it here, raw, and acknowledges them
-- with the rest of their batch; the others (events, quarantine, counters) are stored as
-- usual. A spooled message is counted when it is drained: parsed again, stored, and its
-- row deleted in one transaction, so it is stored and counted once.
CREATE TABLE ingest_spool (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    received_at  timestamptz NOT NULL DEFAULT now(),
    refused_by   text NOT NULL,   -- the table that refused it
    topic        text NOT NULL,
    payload      bytea NOT NULL
);
