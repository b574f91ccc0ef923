-- 0001: base schema shared by every package.
-- Applied by `soc db migrate` inside one transaction. Later issues add their own
-- migrations in their number range (see docs/development.md).

CREATE EXTENSION IF NOT EXISTS timescaledb;
CREATE EXTENSION IF NOT EXISTS postgis;

-- Capabilities detected at start-up (TimescaleDB edition, PostGIS version), kept
-- so that operators and tests can see which code path the database runs.
CREATE TABLE soc_capabilities (
    key         text PRIMARY KEY,
    value       text NOT NULL,
    detected_at timestamptz NOT NULL DEFAULT now()
);

-- The sensor registry. Geometry is stored in WGS84 (EPSG:4326); every metric
-- computation transforms to TWD97 / TM2 (EPSG:3826), hence the expression index.
CREATE TABLE sensors (
    sensor_id          text PRIMARY KEY,
    agency             text NOT NULL,              -- owning agency / feed domain: disaster, traffic, police, citizen
    kind               text NOT NULL,              -- feed kind: rain, water_level, flood, fire_alarm, vd, parking, signal, incident, cctv, 1999
    name               text NOT NULL DEFAULT '',
    geom               geometry(Point, 4326) NOT NULL,
    zone               text,                        -- named zone the point falls in, if any
    sub_area           text,
    expected_interval  interval,                    -- expected reporting interval; NULL for event-only sources
    metadata           jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sensors_geom_gist ON sensors USING gist (geom);
CREATE INDEX sensors_geom_3826_gist ON sensors USING gist (ST_Transform(geom, 3826));
CREATE INDEX sensors_kind_idx ON sensors (kind);

-- Numeric observations, narrow: one row per (sensor, metric, observed time).
-- The primary key is the natural key that makes ingest idempotent.
CREATE TABLE readings (
    time         timestamptz NOT NULL,
    sensor_id    text NOT NULL,
    metric       text NOT NULL,
    value        double precision NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sensor_id, metric, time)
);
SELECT create_hypertable('readings', by_range('time', INTERVAL '1 day'));
CREATE INDEX readings_received_idx ON readings (received_at);

-- Discrete reports (fire alarms, police reports, CCTV analytics, 1999 cases,
-- signal faults, external CAP alerts) with their location and original fields.
CREATE TABLE events (
    time         timestamptz NOT NULL,
    source_id    text NOT NULL,
    domain       text NOT NULL,
    feed         text NOT NULL,
    event_key    text NOT NULL,                    -- natural key within (source, feed), e.g. the report id + state
    category     text,
    severity     text,
    geom         geometry(Point, 4326),
    payload      jsonb NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_id, feed, event_key, time)
);
SELECT create_hypertable('events', by_range('time', INTERVAL '7 days'));
CREATE INDEX events_geom_gist ON events USING gist (geom);
CREATE INDEX events_received_idx ON events (received_at);

-- Dead letters: raw bytes kept with the reason, so nothing is lost.
CREATE TABLE quarantine (
    id           bigint GENERATED ALWAYS AS IDENTITY,
    time         timestamptz NOT NULL DEFAULT now(), -- when it was quarantined
    topic        text NOT NULL,
    payload      bytea NOT NULL,
    reason       text NOT NULL,                    -- short machine-readable code, e.g. invalid_json
    detail       text NOT NULL DEFAULT '',         -- human-readable explanation
    source_id    text,
    replayed_at  timestamptz,
    PRIMARY KEY (id, time)
);
SELECT create_hypertable('quarantine', by_range('time', INTERVAL '7 days'));
CREATE INDEX quarantine_reason_idx ON quarantine (reason, time DESC);

-- Who did what, when and why. Every change made by a person or a service.
CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL,                    -- user name or service name
    action       text NOT NULL,                    -- e.g. alert.acknowledge, mode.switch
    subject_type text NOT NULL,
    subject_id   text NOT NULL,
    reason       text NOT NULL DEFAULT '',
    detail       jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, at);
