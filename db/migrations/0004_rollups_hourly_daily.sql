-- 0004: hourly and daily rollups of readings, the same tables on both editions,
-- refreshed by the application (common/maintenance.py: refresh_coarse_rollups)
-- from the raw readings received since its watermark ('readings_1h' in
-- soc_maintenance). Trend queries (web/repo.py) read them: a range up to a day
-- in hour buckets, up to a month in day buckets (docs/architecture.md).
-- Days are Taiwan days (UTC+8, no daylight saving): a bucket starts at local midnight.

CREATE TABLE readings_1h (
    bucket     timestamptz NOT NULL,
    sensor_id  text NOT NULL,
    metric     text NOT NULL,
    n          bigint NOT NULL,
    avg_value  double precision NOT NULL,
    min_value  double precision NOT NULL,
    max_value  double precision NOT NULL,
    PRIMARY KEY (sensor_id, metric, bucket)
);
CREATE INDEX readings_1h_metric_bucket_idx ON readings_1h (metric, bucket);

CREATE TABLE readings_1d (
    bucket     timestamptz NOT NULL,
    sensor_id  text NOT NULL,
    metric     text NOT NULL,
    n          bigint NOT NULL,
    avg_value  double precision NOT NULL,
    min_value  double precision NOT NULL,
    max_value  double precision NOT NULL,
    PRIMARY KEY (sensor_id, metric, bucket)
);
CREATE INDEX readings_1d_metric_bucket_idx ON readings_1d (metric, bucket);
