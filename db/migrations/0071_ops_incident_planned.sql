-- A planned event's incident that no report of the event's work has joined yet is
-- planned (the correlator's `Incident.planned`): the permit is all it holds, and `held`
-- counts the expected effects it explains, held aside (left out as `expected_of_event`)
-- until the police report working the event (docs/ops_center.md). The API and the console
-- show it as a planned event explaining that many reports, not as a job to dispatch.
ALTER TABLE ops_incidents ADD COLUMN planned boolean NOT NULL DEFAULT false;
ALTER TABLE ops_incidents ADD COLUMN held integer NOT NULL DEFAULT 0;
