-- 0077: a coordinator links an item to an incident or unlinks it from one, by hand
-- (docs/ops_center.md, "Linking and unlinking evidence"): the commands `link` and `unlink`,
-- the member's `via` `linked`, and the replay log's op `relink` (the item, its target in
-- incident_id, NULL for an unlink), so a replay applies the decision where it was made.
ALTER TABLE ops_commands DROP CONSTRAINT ops_commands_kind_check;
ALTER TABLE ops_commands ADD CONSTRAINT ops_commands_kind_check
    CHECK (kind IN ('assign', 'reassign', 'note', 'close', 'reopen', 'link', 'unlink'));
ALTER TABLE ops_incident_members DROP CONSTRAINT ops_incident_members_via_check;
ALTER TABLE ops_incident_members ADD CONSTRAINT ops_incident_members_via_check
    CHECK (via IN ('seed', 'chain', 'context', 'pulled', 'merge', 'linked'));
ALTER TABLE ops_feed_log DROP CONSTRAINT ops_feed_log_op_check;
ALTER TABLE ops_feed_log ADD CONSTRAINT ops_feed_log_op_check
    CHECK (op IN ('feed', 'tick', 'close', 'dispatched', 'relink'));
