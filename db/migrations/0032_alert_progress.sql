-- 0032: the evaluator's steps, for consumers that correlate alerts with the rows they
-- came from (alerts/progress.py). A step that read readings or events, or wrote
-- transitions, records when it committed (its transaction's start time, which is
-- also the recorded_at of its alert_transitions) and how far it had evaluated:
-- every reading and event received before `through` (the lesser of its two
-- watermarks). Rows older than a day are pruned by the evaluator.
CREATE TABLE alert_progress (
    consumer      text NOT NULL,
    committed_at  timestamptz NOT NULL DEFAULT now(),
    through       timestamptz NOT NULL,
    PRIMARY KEY (consumer, committed_at)
);
