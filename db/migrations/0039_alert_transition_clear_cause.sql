-- Why a condition stopped holding, on the transition that says it stopped (a clear),
-- as alerts.clear_cause says it for the alert's latest clear only. The ops center reads it
-- to tell an expiry clear (its values too old, dated by other sources' observations) from
-- an observed end (docs/ops_center.md, "Time"). NULL: any other move, and clears recorded
-- before this column, whose cause is not known. The values are alerts.lifecycle.ClearCause's.
ALTER TABLE alert_transitions ADD COLUMN clear_cause text
    CHECK (clear_cause IN ('ended', 'expired', 'silent', 'reported', 'quiet'));
