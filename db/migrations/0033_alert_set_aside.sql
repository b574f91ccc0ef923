-- 0033: an alert resolved by an operator while its condition still held is set aside:
-- its key opens no new alert at the same or a lower level until the condition ends or
-- rises (docs/alerts.md, "Resolving while the condition holds"). At most one per key.
ALTER TABLE alerts ADD COLUMN set_aside boolean NOT NULL DEFAULT false;
CREATE UNIQUE INDEX alerts_set_aside_idx ON alerts (rule_id, source_id) WHERE set_aside;

-- Why the condition stopped holding (alerts.lifecycle.ClearCause), NULL while it holds.
ALTER TABLE alerts ADD COLUMN clear_cause text
    CHECK (clear_cause IN ('ended', 'expired', 'silent', 'reported', 'quiet'));
