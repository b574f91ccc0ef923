-- 0031: an alert's level (index of the rule's level: 大雨 0 ... 超大豪雨 3, 三級警戒 0 ...
-- 一級警戒 2; the severity rank for event rules) is part of its state, so that a change
-- within one CAP severity (豪雨 -> 大豪雨) is a transition. The outbox keeps the
-- receiver's answer of a failed delivery and who asked for a retry.
ALTER TABLE alerts ADD COLUMN level integer NOT NULL DEFAULT 0;
ALTER TABLE alert_outbox ADD COLUMN retried_by text;
CREATE INDEX alert_outbox_failed_idx ON alert_outbox (failed_at DESC) WHERE failed_at IS NOT NULL;
