-- 0005: hourly and daily rollups per area (a zone, sub-area or district named in the
-- sensor registry), so that an area's trend reads one row a bucket instead of every
-- sensor's rows (docs/benchmarks.md, trends). Refreshed with readings_1h / readings_1d
-- by common/maintenance.py for every area of a sensor whose hours were touched.
-- n = readings, sensors = sensors with readings in the bucket; the mean is weighted by n.

CREATE TABLE readings_area_1h (
    area       text NOT NULL,
    metric     text NOT NULL,
    bucket     timestamptz NOT NULL,
    n          bigint NOT NULL,
    avg_value  double precision NOT NULL,
    min_value  double precision NOT NULL,
    max_value  double precision NOT NULL,
    sensors    integer NOT NULL,
    PRIMARY KEY (area, metric, bucket)
);

CREATE TABLE readings_area_1d (
    area       text NOT NULL,
    metric     text NOT NULL,
    bucket     timestamptz NOT NULL,
    n          bigint NOT NULL,
    avg_value  double precision NOT NULL,
    min_value  double precision NOT NULL,
    max_value  double precision NOT NULL,
    sensors    integer NOT NULL,
    PRIMARY KEY (area, metric, bucket)
);
