-- 0046: a coordinator's dispatch to a planned event enters the correlator's replay log (op
-- 'dispatched', with its incident): the event becomes a job at that point (what its permit
-- held aside joins it), a decision no evidence repeats, so a replay after a restart must
-- apply it at the same point (docs/ops_center.md, "A coordinator's dispatch to a planned event").
ALTER TABLE ops_feed_log DROP CONSTRAINT ops_feed_log_op_check;
ALTER TABLE ops_feed_log ADD CONSTRAINT ops_feed_log_op_check
    CHECK (op IN ('feed', 'tick', 'close', 'dispatched'));
