-- 0030: alerts, their audited transitions, the evaluator's persisted progress,
-- the notification outbox and the log of exported CAP messages.
-- Owned by the alerts package (see docs/alerts.md). Contract 3 of the team:
-- at most one open alert per (rule_id, source_id); the ops center reads this table.

CREATE TABLE alerts (
    alert_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule_id              text NOT NULL,
    source_id            text NOT NULL,             -- sensor id, event source id or group key (e.g. corridor:R1)
    state                text NOT NULL CHECK (state IN
                             ('raised', 'acknowledged', 'escalated', 'shelved', 'resolved', 'closed')),
    severity             text NOT NULL CHECK (severity IN ('Minor', 'Moderate', 'Severe', 'Extreme')),
    category             text NOT NULL,             -- CAP category (Met, Fire, Safety, Transport, Infra, ...)
    agency               text NOT NULL,             -- owning feed domain: disaster, traffic, police, citizen
    title                text NOT NULL,
    geom                 geometry(Point, 4326),
    raised_at            timestamptz NOT NULL,      -- when the condition was first met (observation time)
    updated_at           timestamptz NOT NULL,      -- last change of any field
    label                text NOT NULL DEFAULT '',  -- level label, e.g. 豪雨 or 二級警戒 (CAP severity_level)
    value                double precision,          -- the value that last triggered it, if numeric
    zone                 text,
    last_triggered_at    timestamptz NOT NULL,
    trigger_count        integer NOT NULL DEFAULT 1,
    cleared_at           timestamptz,               -- condition clear since; auto-resolve counts from here
    acknowledged_at      timestamptz,
    acknowledged_by      text,
    escalation_level     integer NOT NULL DEFAULT 0,
    next_escalation_at   timestamptz,               -- NULL once acknowledged, shelved or ended
    shelved_until        timestamptz,
    resolved_at          timestamptz,
    closed_at            timestamptz,
    escalate_after_s     integer NOT NULL,
    auto_resolve_after_s integer NOT NULL,
    version              integer NOT NULL DEFAULT 1, -- optimistic concurrency for operator actions
    detail               jsonb NOT NULL DEFAULT '{}'::jsonb
);
-- Contract 3: one open alert per (rule, source); a re-trigger updates it.
CREATE UNIQUE INDEX alerts_one_open_idx ON alerts (rule_id, source_id)
    WHERE state IN ('raised', 'acknowledged', 'escalated', 'shelved');
CREATE INDEX alerts_open_state_idx ON alerts (state, next_escalation_at)
    WHERE state IN ('raised', 'acknowledged', 'escalated', 'shelved');
CREATE INDEX alerts_updated_idx ON alerts (updated_at);
CREATE INDEX alerts_geom_gist ON alerts USING gist (geom);

-- Every transition and every severity change: who, when, why.
-- recorded_at defaults to now() (transaction start) so that consumers can use the
-- same commit-safe watermark as for readings (docs/alerts.md, "Watermarks").
CREATE TABLE alert_transitions (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id     bigint NOT NULL REFERENCES alerts (alert_id),
    at           timestamptz NOT NULL,              -- logical time of the change
    actor        text NOT NULL,                     -- user name or "alerts-service"
    action       text NOT NULL,                     -- raise, acknowledge, escalate, shelve, unshelve, resolve, close, severity
    from_state   text,
    to_state     text NOT NULL,
    severity     text NOT NULL,
    reason       text NOT NULL DEFAULT '',
    recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_transitions_alert_idx ON alert_transitions (alert_id, id);
CREATE INDEX alert_transitions_recorded_idx ON alert_transitions (recorded_at);

-- Progress of the rule evaluator over readings and events (half-open: everything
-- with received_at < the watermark has been evaluated).
CREATE TABLE alert_watermarks (
    consumer     text PRIMARY KEY,
    readings_wm  timestamptz NOT NULL,
    events_wm    timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Condition state of the evaluator (pending since, active level, ...), written in
-- the same transaction as the alerts it produced and the watermark.
CREATE TABLE alert_condition_state (
    rule_id      text NOT NULL,
    subject      text NOT NULL,
    state        jsonb NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (rule_id, subject)
);

-- Transactional outbox of webhook notifications, one row per (change, agency).
CREATE TABLE alert_outbox (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id         bigint NOT NULL REFERENCES alerts (alert_id),
    agency           text NOT NULL,
    event            text NOT NULL,                 -- raise, escalate, severity, resolve, ...
    payload          jsonb NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    attempts         integer NOT NULL DEFAULT 0,
    next_attempt_at  timestamptz NOT NULL DEFAULT now(),
    delivered_at     timestamptz,
    failed_at        timestamptz,                   -- permanent failure (e.g. HTTP 400); never retried
    last_error       text NOT NULL DEFAULT ''
);
CREATE INDEX alert_outbox_due_idx ON alert_outbox (next_attempt_at, id)
    WHERE delivered_at IS NULL AND failed_at IS NULL;

-- CAP 1.2 messages exported for alerts; Update/Cancel reference earlier rows.
CREATE TABLE alert_cap_messages (
    identifier   text PRIMARY KEY,
    alert_id     bigint NOT NULL REFERENCES alerts (alert_id),
    msg_type     text NOT NULL CHECK (msg_type IN ('Alert', 'Update', 'Cancel')),
    sender       text NOT NULL,
    sent         timestamptz NOT NULL,
    refs         text NOT NULL DEFAULT '',          -- CAP <references>: "sender,identifier,sent ..."
    xml          text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX alert_cap_messages_alert_idx ON alert_cap_messages (alert_id, sent);
