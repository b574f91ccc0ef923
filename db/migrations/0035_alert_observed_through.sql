-- 0035: the evaluator's observation clock: the latest observation time (readings and
-- events, never later than the step's wall clock) it has evaluated. Auto-resolve and the
-- rebuild of its observation memory after a restart run on this clock, so how late or
-- in which batches the rows arrive does not change the alerts (docs/alerts.md,
-- "Observation time"). NULL until a step has evaluated a row.
ALTER TABLE alert_watermarks ADD COLUMN observed_through timestamptz;
