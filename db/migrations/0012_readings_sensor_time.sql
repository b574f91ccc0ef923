-- 0012: latest observation per sensor without walking the time index.
-- The wall's sensor states and the silence rules ask "when did this sensor last
-- report?"; the primary key (sensor_id, metric, time) cannot answer that for all
-- metrics at once, and bench/e2e.py measured the fallback (a backward walk of the
-- time index) at 14.6 s per poll at 10,000 readings/s. This index answers it with
-- one short index probe per sensor, at the cost of one more index on the insert path.
CREATE INDEX readings_sensor_time_idx ON readings (sensor_id, time DESC);
