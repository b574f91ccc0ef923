-- 0076: a coordinator may reopen a closed incident (the `reopen` command, docs/ops_center.md).
ALTER TABLE ops_commands DROP CONSTRAINT ops_commands_kind_check;
ALTER TABLE ops_commands ADD CONSTRAINT ops_commands_kind_check
    CHECK (kind IN ('assign', 'reassign', 'note', 'close', 'reopen'));
