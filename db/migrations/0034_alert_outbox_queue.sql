-- 0034: the outbox's queue position: an agency's rows are delivered in this order; a
-- retry by hand puts a failed row at the end of its agency's queue (docs/alerts.md,
-- "The order an agency sees").
CREATE SEQUENCE alert_outbox_queue_seq AS bigint;
ALTER TABLE alert_outbox ADD COLUMN queue_pos bigint;
UPDATE alert_outbox SET queue_pos = id;
SELECT setval('alert_outbox_queue_seq', COALESCE((SELECT max(id) FROM alert_outbox), 0) + 1, false);
ALTER TABLE alert_outbox ALTER COLUMN queue_pos SET DEFAULT nextval('alert_outbox_queue_seq'),
                         ALTER COLUMN queue_pos SET NOT NULL;
ALTER SEQUENCE alert_outbox_queue_seq OWNED BY alert_outbox.queue_pos;
CREATE INDEX alert_outbox_queue_idx ON alert_outbox (agency, queue_pos)
    WHERE delivered_at IS NULL AND failed_at IS NULL;
