-- 0036: every instant in the alerts tables lies between 1900 and 9000 (UTC). PostgreSQL
-- stores timestamps to year 294276 and ±infinity, but Python reads none past 9999 (nor
-- near it in a time zone east of UTC), and one such row stops every read of its table:
-- the evaluator and the wall's alert feed. The API refuses such inputs; these checks
-- refuse them from any other writer too (a hand-written UPDATE). The bounds are the
-- API's own (docs/security.md).
ALTER TABLE alerts
    ADD CONSTRAINT alerts_times_in_range CHECK (
        raised_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00'
        AND updated_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00'
        AND last_triggered_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00'
        AND (cleared_at IS NULL OR cleared_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00')
        AND (acknowledged_at IS NULL OR acknowledged_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00')
        AND (next_escalation_at IS NULL OR next_escalation_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00')
        AND (shelved_until IS NULL OR shelved_until BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00')
        AND (resolved_at IS NULL OR resolved_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00')
        AND (closed_at IS NULL OR closed_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00')
    );
ALTER TABLE alert_transitions
    ADD CONSTRAINT alert_transitions_times_in_range CHECK (
        at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00'
        AND recorded_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00'
    );
ALTER TABLE alert_watermarks
    ADD CONSTRAINT alert_watermarks_times_in_range CHECK (
        readings_wm BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00'
        AND events_wm BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00'
        AND (observed_through IS NULL OR observed_through BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00')
    );
ALTER TABLE alert_progress
    ADD CONSTRAINT alert_progress_times_in_range CHECK (
        through BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00'
    );
ALTER TABLE alert_outbox
    ADD CONSTRAINT alert_outbox_times_in_range CHECK (
        next_attempt_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00'
        AND (delivered_at IS NULL OR delivered_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00')
        AND (failed_at IS NULL OR failed_at BETWEEN '1900-01-01 00:00+00' AND '9000-01-01 00:00+00')
    );
