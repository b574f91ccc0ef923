-- 0003: liveness of the long-running processes (ingest, alerts, ops, web).
-- Each process beats every few seconds; `soc health NAME` (the compose
-- healthcheck) and the wall's health panel read it.
CREATE TABLE service_heartbeats (
    service     text NOT NULL,
    instance    text NOT NULL,            -- host:pid or the MQTT client id
    beat_at     timestamptz NOT NULL DEFAULT now(),
    started_at  timestamptz NOT NULL DEFAULT now(),
    detail      jsonb NOT NULL DEFAULT '{}'::jsonb,
    PRIMARY KEY (service, instance)
);
