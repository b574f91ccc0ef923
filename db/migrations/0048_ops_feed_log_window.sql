-- 0048: the replay log by correlator time. The replay's first read finds the first entry
-- of its window through this index instead of walking every older entry by seq, and the
-- maintenance prune (ops_center.api.prune_feed_log) finds the entries older than every
-- replay window through it, oldest first (docs/ops_center.md, "Persistence, watermark
-- and restart").
CREATE INDEX ops_feed_log_now_at_idx ON ops_feed_log (now_at, seq);
