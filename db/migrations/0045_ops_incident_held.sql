-- 0045: what a planned event holds aside (`Incident.held`: its expected effects, left out as
-- `expected_of_event`), one row per item, so a coordinator asking why the event is quiet
-- sees which car parks, calls and slow-downs it explains (docs/ops_center.md). The rows
-- are written while the event is planned and stay once it becomes a job (the held items
-- then join it as members): the record of the hold, read only while `planned`.
CREATE TABLE ops_incident_held (
    item_key    text PRIMARY KEY,
    incident_id text NOT NULL REFERENCES ops_incidents (incident_id),
    kind        text NOT NULL CHECK (kind IN ('alert', 'event')),
    agency      text NOT NULL,
    feed        text NOT NULL,
    category    text NOT NULL,
    severity    text NOT NULL,
    signal      text NOT NULL,
    observed_at timestamptz NOT NULL,
    source_id   text NOT NULL DEFAULT '',
    geom        geometry(Point, 4326) NOT NULL
);
CREATE INDEX ops_incident_held_incident_idx ON ops_incident_held (incident_id);
