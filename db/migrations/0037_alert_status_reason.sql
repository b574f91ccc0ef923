-- 0037: the device's own reason for going offline (its status message's `reason`,
-- docs/mqtt.md) is a column of the offline rule's transitions, read by the ops center
-- as it is, never parsed back out of the reason text. NULL: no reason given, or a move
-- that says nothing about it. The values are common.vocabulary.StatusReason's.
ALTER TABLE alert_transitions ADD COLUMN status_reason text;

-- Transitions written before this column gave the reason in their text, as
-- "status offline: <reason>" in a raise or a recurrence of the condition (for example
-- "condition holds again: status offline: comms_lost"); an operator's words are not read.
UPDATE alert_transitions
SET status_reason = substring(reason FROM 'status offline: ([a-z_]+)')
WHERE action IN ('raise', 'severity', 'level', 'recur') AND reason LIKE '%status offline: %';
