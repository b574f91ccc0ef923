-- 0002 (apache edition): one-minute rollups of readings and retention, run by the
-- application (common/maintenance.py), because continuous aggregates and job
-- policies are not available under the Apache license. Same columns and the
-- same results as the continuous aggregate of 0002_rollups.timescale.sql.

CREATE TABLE readings_1m (
    bucket     timestamptz NOT NULL,
    sensor_id  text NOT NULL,
    metric     text NOT NULL,
    n          bigint NOT NULL,
    avg_value  double precision NOT NULL,
    min_value  double precision NOT NULL,
    max_value  double precision NOT NULL,
    PRIMARY KEY (sensor_id, metric, bucket)
);
CREATE INDEX readings_1m_bucket_idx ON readings_1m (bucket);

-- How far the rollup has been refreshed, and how long each hypertable keeps data.
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
