-- 0002 (timescale edition): one-minute rollups of readings as a continuous
-- aggregate with a refresh policy, plus compression and retention policies.
-- The apache variant builds the same relation as a table the application refreshes.

CREATE MATERIALIZED VIEW readings_1m
WITH (timescaledb.continuous, timescaledb.materialized_only = true) AS
SELECT time_bucket(INTERVAL '1 minute', time) AS bucket,
       sensor_id,
       metric,
       count(*)::bigint AS n,
       avg(value) AS avg_value,
       min(value) AS min_value,
       max(value) AS max_value
FROM readings
GROUP BY 1, 2, 3
WITH NO DATA;

SELECT add_continuous_aggregate_policy('readings_1m',
    start_offset => INTERVAL '2 days', end_offset => NULL, schedule_interval => INTERVAL '1 minute');

ALTER TABLE readings SET (timescaledb.compress, timescaledb.compress_segmentby = 'sensor_id, metric');
SELECT add_compression_policy('readings', INTERVAL '7 days');

CREATE TABLE soc_maintenance (
    key    text PRIMARY KEY,
    value  timestamptz NOT NULL
);
CREATE TABLE soc_retention (
    hypertable  regclass PRIMARY KEY,
    keep        interval NOT NULL
);
INSERT INTO soc_retention (hypertable, keep) VALUES
    ('readings', INTERVAL '400 days'),
    ('quarantine', INTERVAL '90 days');
SELECT add_retention_policy('readings', INTERVAL '400 days');
SELECT add_retention_policy('quarantine', INTERVAL '90 days');
