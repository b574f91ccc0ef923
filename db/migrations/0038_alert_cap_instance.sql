-- 0038: the CAP instance of this database. CAP 1.2 §3.2.1 wants an identifier unique
-- for its sender, and a receiver drops a message whose sender and identifier it has
-- seen; alert ids restart at 1 when the database is created again, so every exported
-- identifier also carries this id, drawn at random once, when the database is migrated
-- (alerts/cap.py render_alert: TCC-SOC-{instance_id}-{alert_id}-{n}). A copy of the
-- database (a template, a restored dump) keeps it: docs/alerts.md says so.
CREATE TABLE alert_cap_instance (
    only_row    boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    instance_id text NOT NULL CHECK (instance_id ~ '^[0-9a-f]{12}$')
                DEFAULT substr(md5(gen_random_uuid()::text), 1, 12)
);
INSERT INTO alert_cap_instance DEFAULT VALUES;
