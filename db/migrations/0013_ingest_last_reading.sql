-- 0013: the newest reading per source lives in ingest_counters, and the
-- readings (sensor_id, time DESC) index of 0012 goes.
-- The wall and the sensors API ask "when did this sensor last report?". 0012
-- answered from an index that every inserted reading had to update: a
-- store-only A/B (docs/benchmarks/ingest.md) measured PostgreSQL at 15.4 µs per
-- message with it and 11.4 without. Ingest already upserts each source's counter
-- row in every batch, so it keeps the newest observation time there as well.
-- Every row of a valid message is in `readings` afterwards (stored now or
-- already present), so last_reading_time = max(readings.time) of the source.
ALTER TABLE ingest_counters ADD COLUMN last_reading_time timestamptz;

UPDATE ingest_counters c SET last_reading_time = m.t
FROM (SELECT sensor_id, max(time) AS t FROM readings GROUP BY sensor_id) m
WHERE m.sensor_id = c.source_id AND c.feed <> 'status' AND c.domain <> '';

-- "Last reading of sensor X": one probe (rows are never re-keyed, so counter
-- updates stay HOT, see 0011).
CREATE INDEX ingest_counters_source_idx ON ingest_counters (source_id);

DROP INDEX readings_sensor_time_idx;
