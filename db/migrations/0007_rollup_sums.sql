-- 0007: exact sums in the rollups, so that maintenance adds each window of received
-- readings to the minutes, hours and days it falls in (count, sum, min, max) and a bucket
-- still ends as the row one recompute from its raw readings gives (common/maintenance.py).
-- A unit of maintenance then costs its own readings, not every reading of the buckets it
-- touches (docs/benchmarks.md, maintenance over a rollup backlog).
--
-- sum_value is the exact sum of a bucket's readings, each taken as the shortest decimal
-- that reads back as the same double (the float8 text output with extra_float_digits
-- >= 1, PostgreSQL's default). numeric addition is exact and does not depend on order,
-- so a bucket's sum is the same however its readings were grouped into windows, and so
-- is its mean, soc_mean(sum_value, n). readings_1m holds it on the apache edition (a
-- table); on the timescale edition it is a continuous aggregate, which has no such column.
SET LOCAL extra_float_digits = 1;

-- The mean as a double. A quotient under 1e-300 in magnitude is 0: the cast of a numeric
-- below the smallest subnormal double raises an error (a rain gauge's 5e-324 among two
-- zeros would stop every refresh), and no sensor resolves such a difference.
CREATE FUNCTION soc_mean(total numeric, n bigint) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN abs(total) < n * 1e-300 THEN 0 ELSE (total / n)::double precision END
$$;

-- Rows whose readings are all still kept get their exact sum; others (readings past
-- retention) the best the stored mean gives. Minutes first (a table on the apache
-- edition only), then hours from the raw readings, then days from the hours.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT v.name, v.width FROM (VALUES ('readings_1m', INTERVAL '1 minute'),
                                                 ('readings_1h', INTERVAL '1 hour')) AS v(name, width)
             WHERE (SELECT relkind FROM pg_class WHERE oid = v.name::regclass) = 'r'
    LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN sum_value numeric', t.name);
        EXECUTE format($q$
            UPDATE %I m SET sum_value = coalesce(
                (SELECT sum(r.value::text::numeric) FROM readings r
                 WHERE r.sensor_id = m.sensor_id AND r.metric = m.metric
                   AND r.time >= m.bucket AND r.time < m.bucket + %L::interval
                 HAVING count(*) = m.n),
                m.avg_value::text::numeric * m.n)$q$, t.name, t.width);
        EXECUTE format('ALTER TABLE %I ALTER COLUMN sum_value SET NOT NULL', t.name);
    END LOOP;
END $$;

ALTER TABLE readings_1d ADD COLUMN sum_value numeric;
UPDATE readings_1d d SET sum_value = coalesce(
    (SELECT sum(h.sum_value) FROM readings_1h h
     WHERE h.sensor_id = d.sensor_id AND h.metric = d.metric
       AND h.bucket >= d.bucket AND h.bucket < d.bucket + INTERVAL '1 day'
     HAVING sum(h.n) = d.n),
    d.avg_value::text::numeric * d.n);
ALTER TABLE readings_1d ALTER COLUMN sum_value SET NOT NULL;
