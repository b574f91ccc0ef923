-- 0040: ops center — incidents, their evidence and history, merges, items left out,
-- the correlator's replay log and watermark, dispatch assignments with their audited
-- transitions and escalations, mode switches and the CAP exchange log.
-- Owned by ops_center (docs/ops_center.md). Geometry is WGS84 like every table;
-- distances are computed in EPSG:3826 by the correlator itself.

CREATE TABLE ops_incidents (
    incident_id        text PRIMARY KEY,                 -- inc-<sha1 of the seed item key>: stable across restarts
    type               text NOT NULL CHECK (type IN ('flood', 'fire', 'traffic')),
    state              text NOT NULL CHECK (state IN ('open', 'quiet', 'merged', 'closed')),
    severity           text NOT NULL CHECK (severity IN ('Unknown', 'Minor', 'Moderate', 'Severe', 'Extreme')),
    priority           integer NOT NULL,
    agencies           text[] NOT NULL,                   -- feed domains that contributed evidence
    member_count       integer NOT NULL,
    first_evidence_at  timestamptz NOT NULL,
    last_evidence_at   timestamptz NOT NULL,
    opened_at          timestamptz NOT NULL,              -- correlator time when opened
    updated_at         timestamptz NOT NULL,
    centroid           geometry(Point, 4326) NOT NULL,
    hull               geometry(Geometry, 4326),          -- convex hull (point / line / polygon)
    zone               text,
    sub_area           text,
    merged_into        text REFERENCES ops_incidents (incident_id),
    closed_by          text,
    close_reason       text,
    recorded_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX ops_incidents_state_idx ON ops_incidents (state, priority DESC);
CREATE INDEX ops_incidents_centroid_gist ON ops_incidents USING gist (centroid);

-- One row per item that is in an incident. item_key is the natural key, so an item can
-- never be in two incidents; a merge re-points incident_id and keeps original_incident_id.
CREATE TABLE ops_incident_members (
    item_key             text PRIMARY KEY,
    incident_id          text NOT NULL REFERENCES ops_incidents (incident_id),
    original_incident_id text NOT NULL,
    kind                 text NOT NULL CHECK (kind IN ('alert', 'event')),
    agency               text NOT NULL,
    feed                 text NOT NULL,
    category             text NOT NULL,
    severity             text NOT NULL,
    signal               text NOT NULL,
    via                  text NOT NULL CHECK (via IN ('seed', 'chain', 'context', 'pulled', 'merge')),
    anchor               boolean NOT NULL,
    linked_to            text,                            -- the anchor it was close to
    distance_m           double precision NOT NULL,
    dt_s                 double precision NOT NULL,
    observed_at          timestamptz NOT NULL,
    joined_at            timestamptz NOT NULL,
    source_id            text NOT NULL DEFAULT '',
    geom                 geometry(Point, 4326) NOT NULL
);
CREATE INDEX ops_incident_members_incident_idx ON ops_incident_members (incident_id);

-- Items that belong to no incident, with the reason (never dropped silently).
CREATE TABLE ops_left_out (
    item_key    text PRIMARY KEY,
    reason      text NOT NULL,
    decided_at  timestamptz NOT NULL
);

-- Recorded merges: absorbed joined survivor because bridge_key linked them.
CREATE TABLE ops_merges (
    absorbed       text PRIMARY KEY REFERENCES ops_incidents (incident_id),
    survivor       text NOT NULL REFERENCES ops_incidents (incident_id),
    bridge_key     text NOT NULL,
    at             timestamptz NOT NULL,
    survivor_type  text NOT NULL,
    absorbed_type  text NOT NULL
);

-- Everything that happened to an incident: who, when, what, why.
CREATE TABLE ops_incident_history (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id  text NOT NULL REFERENCES ops_incidents (incident_id),
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    action       text NOT NULL,                          -- opened, joined, merged, absorbed, quiet, closed, note, cap_sent
    reason       text NOT NULL DEFAULT '',
    detail       jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX ops_incident_history_incident_idx ON ops_incident_history (incident_id, id);

-- The correlator's input log: every new item (and every tick that changed something)
-- with the correlator time it was applied at. Replaying it in seq order rebuilds the
-- correlator exactly (it is deterministic), so a restart opens no duplicate incident.
CREATE TABLE ops_feed_log (
    seq        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    op         text NOT NULL CHECK (op IN ('feed', 'tick')),
    item_key   text UNIQUE,                               -- NULL for ticks
    item       jsonb,
    now_at     timestamptz NOT NULL
);

-- Half-open progress over events.received_at and alert_transitions.recorded_at,
-- bounded by ingest_horizon() (migration 0010; contract 4).
CREATE TABLE ops_watermarks (
    consumer     text PRIMARY KEY,
    events_wm    timestamptz NOT NULL,
    alerts_wm    timestamptz NOT NULL,
    clock_at     timestamptz,                             -- correlator time (event-time high-water mark)
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- One assignment per (incident, agency), with its own lifecycle and deadline.
CREATE TABLE ops_assignments (
    incident_id      text NOT NULL REFERENCES ops_incidents (incident_id),
    agency           text NOT NULL CHECK (agency IN ('fire', 'police', 'traffic', 'water', 'public_works', 'environment')),
    state            text NOT NULL CHECK (state IN ('assigned', 'acknowledged', 'en_route', 'on_scene', 'cleared', 'cancelled')),
    ack_policy       text NOT NULL CHECK (ack_policy IN ('all', 'any')),
    assigned_at      timestamptz NOT NULL,
    state_since      timestamptz NOT NULL,
    acknowledged_at  timestamptz,
    deadline         timestamptz,
    escalations      integer NOT NULL DEFAULT 0,
    PRIMARY KEY (incident_id, agency)
);
CREATE INDEX ops_assignments_open_idx ON ops_assignments (deadline)
    WHERE state NOT IN ('cleared', 'cancelled');

CREATE TABLE ops_assignment_transitions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id  text NOT NULL,
    agency       text NOT NULL,
    from_state   text,
    to_state     text NOT NULL,
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    reason       text NOT NULL DEFAULT '',
    channel      text NOT NULL DEFAULT 'service',         -- service, api, mqtt, cli
    FOREIGN KEY (incident_id, agency) REFERENCES ops_assignments (incident_id, agency)
);
CREATE INDEX ops_assignment_transitions_idx ON ops_assignment_transitions (incident_id, agency, id);

CREATE TABLE ops_escalations (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id  text NOT NULL,
    agency       text NOT NULL,
    state        text NOT NULL,
    level        integer NOT NULL,
    escalated_to text NOT NULL,
    at           timestamptz NOT NULL,
    FOREIGN KEY (incident_id, agency) REFERENCES ops_assignments (incident_id, agency)
);

-- 平時 / 戰時 switches; the latest row is the current mode.
CREATE TABLE ops_mode_switches (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    from_mode  text NOT NULL CHECK (from_mode IN ('peacetime', 'emergency')),
    to_mode    text NOT NULL CHECK (to_mode IN ('peacetime', 'emergency')),
    actor      text NOT NULL,
    reason     text NOT NULL CHECK (reason <> '')
);

-- CAP 1.2 messages exchanged with agencies (out: Alert/Update; in: Ack).
CREATE TABLE ops_cap_messages (
    identifier   text NOT NULL,
    sender       text NOT NULL,
    incident_id  text NOT NULL REFERENCES ops_incidents (incident_id),
    direction    text NOT NULL CHECK (direction IN ('out', 'in')),
    msg_type     text NOT NULL CHECK (msg_type IN ('Alert', 'Update', 'Ack')),
    sent         timestamptz NOT NULL,
    refs         text NOT NULL DEFAULT '',
    xml          text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sender, identifier)
);
CREATE INDEX ops_cap_messages_incident_idx ON ops_cap_messages (incident_id, sent);
