-- 0041: coordinator closures enter the correlator's replay log too (a closed incident
-- takes no more evidence, so a replay after a restart must close it at the same point).
ALTER TABLE ops_feed_log DROP CONSTRAINT ops_feed_log_op_check;
ALTER TABLE ops_feed_log ADD CONSTRAINT ops_feed_log_op_check CHECK (op IN ('feed', 'tick', 'close'));
ALTER TABLE ops_feed_log ADD COLUMN incident_id text;  -- for op = 'close'
