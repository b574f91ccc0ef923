"""SQL of the alerts package: named constants, parameters always bound.

Tables are those of migrations 0001 (readings, events, sensors, quarantine),
0010 (``ingest_horizon()``) and 0030 (alerts and friends).
"""

# The f-strings below join constant fragments of this module only (column lists,
# state lists); no value ever reaches SQL text, every value is a bound parameter.
# ruff: noqa: S608

from __future__ import annotations

from alerts.lifecycle import OPEN_STATES, AlertState
from common.db import sql_list

# -- consuming committed readings and events (contract 4) -------------------------
# The horizon and the batch cuts are common.runner's (committed_horizon, cut_received).
SQL_WATERMARK_GET = "SELECT readings_wm, events_wm, observed_through FROM alert_watermarks WHERE consumer = %s"
SQL_WATERMARK_INIT = """
INSERT INTO alert_watermarks (consumer, readings_wm, events_wm)
VALUES (%s, '1970-01-01 00:00:00+00', '1970-01-01 00:00:00+00') ON CONFLICT (consumer) DO NOTHING
"""
SQL_WATERMARK_SET = """
UPDATE alert_watermarks SET readings_wm = %s, events_wm = %s, observed_through = %s, updated_at = now()
WHERE consumer = %s
"""
# A step's progress (migration 0032), written with its watermark; rows older than a
# day are pruned in the same statement.
SQL_PROGRESS_ADD = """
WITH pruned AS (
    DELETE FROM alert_progress WHERE consumer = %(consumer)s AND committed_at < now() - interval '1 day'
)
INSERT INTO alert_progress (consumer, through) VALUES (%(consumer)s, least(%(r)s, %(e)s))
ON CONFLICT DO NOTHING
"""
# How far a consumer had evaluated as of its last step committed before %(before)s
# (alerts.progress): its watermark row if that step was the last, else its newest
# progress row before then.
SQL_PROGRESS_BEFORE = """
SELECT coalesce(
    (SELECT least(readings_wm, events_wm) FROM alert_watermarks
     WHERE consumer = %(consumer)s AND updated_at < %(before)s),
    (SELECT max(through) FROM alert_progress
     WHERE consumer = %(consumer)s AND committed_at < %(before)s)),
    EXISTS (SELECT 1 FROM alert_watermarks WHERE consumer = %(consumer)s)
"""
# The steps committed in [%(lo)s, %(hi)s), oldest first.
SQL_PROGRESS_STEPS = """
SELECT committed_at, through FROM alert_progress
WHERE consumer = %(consumer)s AND committed_at >= %(lo)s AND committed_at < %(hi)s
ORDER BY committed_at
"""

# Cut a batch at a received_at boundary so the interval stays half-open and whole.
# When one transaction alone holds more than a batch (all its rows share one
# received_at), the batch is that whole transaction: the next distinct value.
SQL_READINGS_BETWEEN = """
SELECT sensor_id, metric, time, value, received_at FROM readings
WHERE received_at >= %(lo)s AND received_at < %(hi)s
"""
SQL_EVENTS_BETWEEN = """
SELECT source_id, feed, time, category, severity, event_key,
       ST_X(geom) AS lon, ST_Y(geom) AS lat,
       CASE WHEN jsonb_typeof(payload -> 'confidence') = 'number'
            THEN (payload ->> 'confidence')::float8 END AS confidence,
       CASE WHEN feed = 'status' THEN coalesce(payload ->> 'reason', '') ELSE '' END AS status_reason,
       CASE WHEN feed = 'cap' AND jsonb_typeof(payload -> 'status') = 'string'
            THEN payload ->> 'status' ELSE '' END AS cap_status,
       CASE WHEN feed = 'cap' THEN follows END AS follows, received_at,
       feed = 'status' AND category = 'offline' AND NOT payload ? 'ts' AS will
FROM events
WHERE received_at >= %(lo)s AND received_at < %(hi)s
"""
# Readings already evaluated, to rebuild the evaluator's observation memory.
# In chunks of %(n)s rows, keyset on (time, sensor_id, metric) (the primary key's columns,
# so no row is read twice or skipped): the first chunk, then the ones after a row.
SQL_READINGS_PRIME = """
SELECT sensor_id, metric, time, value, received_at FROM readings
WHERE received_at < %(wm)s AND time >= %(since)s
ORDER BY time, sensor_id, metric LIMIT %(n)s
"""
SQL_READINGS_PRIME_AFTER = """
SELECT sensor_id, metric, time, value, received_at FROM readings
WHERE received_at < %(wm)s AND time >= %(t)s AND (time, sensor_id, metric) > (%(t)s, %(s)s, %(m)s)
ORDER BY time, sensor_id, metric LIMIT %(n)s
"""

# The latest value of each series evaluated, for threshold conditions (values stay
# valid for a while after their observation time): the last observed, as the evaluator
# orders a series (alerts.evaluate.Reading.observed: a row dated after its receipt counts
# from its receipt).
SQL_READINGS_LATEST = """
SELECT DISTINCT ON (sensor_id, metric) sensor_id, metric, time, value, received_at FROM readings
WHERE received_at < %(wm)s AND time >= %(since)s
ORDER BY sensor_id, metric, least(time, received_at) DESC, time DESC LIMIT %(n)s
"""
SQL_READINGS_LATEST_AFTER = """
SELECT DISTINCT ON (sensor_id, metric) sensor_id, metric, time, value, received_at FROM readings
WHERE received_at < %(wm)s AND time >= %(since)s AND (sensor_id, metric) > (%(s)s, %(m)s)
ORDER BY sensor_id, metric, least(time, received_at) DESC, time DESC LIMIT %(n)s
"""

SQL_SENSORS = """
SELECT sensor_id, kind, agency, name, ST_X(geom) AS lon, ST_Y(geom) AS lat, zone, sub_area,
       metadata ->> 'corridor' AS corridor,
       extract(epoch FROM expected_interval)::int AS expected_interval_s,
       COALESCE(metadata -> 'alert_levels_m', '{}'::jsonb) AS alert_levels_m
FROM sensors
"""

SQL_CONDITION_LOAD = "SELECT rule_id, subject, state FROM alert_condition_state"
SQL_CONDITION_UPSERT = """
INSERT INTO alert_condition_state (rule_id, subject, state, updated_at)
VALUES (%s, %s, %s, now())
ON CONFLICT (rule_id, subject) DO UPDATE SET state = EXCLUDED.state, updated_at = now()
"""

# Only one evaluator may consume at a time (the watermark is a single cursor).
SQL_TRY_LOCK = "SELECT pg_try_advisory_lock(hashtext('alerts.evaluator:' || %s))"
#: The same lock, waited for; bounded by SQL_LOCK_TIMEOUT (55P03 lock_not_available past it).
SQL_LOCK = "SELECT pg_advisory_lock(hashtext('alerts.evaluator:' || %s))"
#: A lock wait's bound for the rest of the transaction, in milliseconds.
SQL_LOCK_TIMEOUT = "SELECT set_config('lock_timeout', %s, true)"
SQL_UNLOCK = "SELECT pg_advisory_unlock(hashtext('alerts.evaluator:' || %s))"

# -- alerts ----------------------------------------------------------------------

ALERT_COLUMNS = """
alert_id, rule_id, source_id, state, severity, title, category, agency, raised_at, updated_at,
last_triggered_at, label, value, ST_X(geom) AS lon, ST_Y(geom) AS lat, zone, trigger_count,
cleared_at, acknowledged_at, acknowledged_by, escalation_level, next_escalation_at,
shelved_until, resolved_at, closed_at, escalate_after_s, auto_resolve_after_s, version, level,
set_aside, clear_cause
"""
#: The open states as SQL constants: the predicate of the alerts' partial indexes (migration 0030).
OPEN = sql_list(s for s in AlertState if s in OPEN_STATES)

SQL_OPEN_FOR_KEYS = f"""
SELECT {ALERT_COLUMNS} FROM alerts
WHERE state IN {OPEN}
  AND (rule_id, source_id) IN (SELECT * FROM unnest(%s::text[], %s::text[]))
FOR UPDATE
"""
# Alerts resolved by hand while their condition held (at most one per key).
SQL_SET_ASIDE_FOR_KEYS = f"""
SELECT {ALERT_COLUMNS} FROM alerts
WHERE set_aside
  AND (rule_id, source_id) IN (SELECT * FROM unnest(%s::text[], %s::text[]))
FOR UPDATE
"""
# Escalation and shelving fall due on the wall clock (%(now)s), auto-resolve on the
# evaluator's observation clock (%(observed)s; NULL before any row: nothing resolves).
SQL_DUE = f"""
SELECT {ALERT_COLUMNS} FROM alerts
WHERE state IN {OPEN}
  AND ((next_escalation_at <= %(now)s AND cleared_at IS NULL)
       OR cleared_at + make_interval(secs => auto_resolve_after_s) <= %(observed)s
       OR shelved_until <= %(now)s)
ORDER BY alert_id
LIMIT %(limit)s
FOR UPDATE SKIP LOCKED
"""
SQL_ALERT_BY_ID = f"SELECT {ALERT_COLUMNS} FROM alerts WHERE alert_id = %s"
SQL_ALERT_BY_ID_LOCK = f"SELECT {ALERT_COLUMNS} FROM alerts WHERE alert_id = %s FOR UPDATE"
SQL_OPEN_ALERTS = f"SELECT {ALERT_COLUMNS} FROM alerts WHERE state IN {OPEN} ORDER BY alert_id"

_ALERT_VALUES = """
%(rule_id)s, %(source_id)s, %(state)s, %(severity)s, %(title)s, %(category)s, %(agency)s,
%(raised_at)s, %(updated_at)s, %(last_triggered_at)s, %(label)s, %(value)s,
CASE WHEN %(lon)s::float8 IS NULL OR %(lat)s::float8 IS NULL THEN NULL
     ELSE ST_SetSRID(ST_MakePoint(%(lon)s::float8, %(lat)s::float8), 4326) END,
%(zone)s, %(trigger_count)s, %(cleared_at)s, %(acknowledged_at)s, %(acknowledged_by)s,
%(escalation_level)s, %(next_escalation_at)s, %(shelved_until)s, %(resolved_at)s,
%(closed_at)s, %(escalate_after_s)s, %(auto_resolve_after_s)s, %(version)s, %(level)s,
%(set_aside)s, %(clear_cause)s
"""
SQL_ALERT_INSERT = f"""
INSERT INTO alerts (rule_id, source_id, state, severity, title, category, agency, raised_at,
    updated_at, last_triggered_at, label, value, geom, zone, trigger_count, cleared_at,
    acknowledged_at, acknowledged_by, escalation_level, next_escalation_at, shelved_until,
    resolved_at, closed_at, escalate_after_s, auto_resolve_after_s, version, level, set_aside, clear_cause)
VALUES ({_ALERT_VALUES})
RETURNING alert_id
"""
# Optimistic concurrency: the row must still have the version we read.
SQL_ALERT_UPDATE = f"""
UPDATE alerts SET (rule_id, source_id, state, severity, title, category, agency, raised_at,
    updated_at, last_triggered_at, label, value, geom, zone, trigger_count, cleared_at,
    acknowledged_at, acknowledged_by, escalation_level, next_escalation_at, shelved_until,
    resolved_at, closed_at, escalate_after_s, auto_resolve_after_s, version, level, set_aside, clear_cause)
  = ({_ALERT_VALUES})
WHERE alert_id = %(alert_id)s AND version = %(old_version)s
"""
SQL_TRANSITION_INSERT = """
INSERT INTO alert_transitions (alert_id, at, actor, action, from_state, to_state, severity, reason,
    status_reason, clear_cause)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
"""
SQL_TRANSITIONS_OF = """
SELECT at, actor, action, from_state, to_state, severity, reason
FROM alert_transitions WHERE alert_id = %s ORDER BY id
"""

# -- outbox ------------------------------------------------------------------------

# Writers of the outbox take this transaction lock before their first row, so queue
# positions (a sequence) are handed out in commit order: a notifier never sees a later
# position committed while an earlier one can still appear (it would deliver them out
# of order). Held until COMMIT; only the evaluator and operator moves write here.
SQL_OUTBOX_WRITE_LOCK = "SELECT pg_advisory_xact_lock(hashtext('alerts.outbox'))"
SQL_OUTBOX_INSERT = """
INSERT INTO alert_outbox (alert_id, agency, event, payload, next_attempt_at)
VALUES (%s, %s, %s, %s, %s)
"""
# Claim the oldest due row with a lease (its next_attempt_at moves to the lease's
# end) and COMMIT before the POST: no transaction stays open while a receiver is slow
# (an open transaction would hold back every consumer's commit horizon). A notifier
# that dies during the POST leaves the row to be retried when the lease ends.
SQL_OUTBOX_CLAIM = """
UPDATE alert_outbox SET next_attempt_at = %(lease_until)s
WHERE id = (
    SELECT o.id FROM alert_outbox o
    WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= %(now)s
      AND o.agency = ANY(%(agencies)s)
      -- only the first pending row of each agency's queue: per-agency order is kept
      AND NOT EXISTS (SELECT 1 FROM alert_outbox p
                      WHERE p.agency = o.agency AND p.queue_pos < o.queue_pos
                        AND p.delivered_at IS NULL AND p.failed_at IS NULL)
    ORDER BY o.queue_pos
    LIMIT 1
    FOR UPDATE SKIP LOCKED
)
RETURNING id, agency, event, payload::text AS body, attempts
"""
SQL_OUTBOX_DELIVERED = """
UPDATE alert_outbox SET delivered_at = %s, attempts = attempts + 1, last_error = ''
WHERE id = %s
"""
SQL_OUTBOX_RETRY = """
UPDATE alert_outbox SET attempts = attempts + 1, next_attempt_at = %s, last_error = %s
WHERE id = %s
"""
SQL_OUTBOX_FAILED = """
UPDATE alert_outbox SET attempts = attempts + 1, failed_at = %s, last_error = %s WHERE id = %s
"""
# Rows that failed for good (a permanent answer such as HTTP 400), newest first, with the
# alert they announce; and their number per agency (the wall's health).
SQL_OUTBOX_FAILED_LIST = """
SELECT o.id AS outbox_id, o.alert_id, o.agency, o.event, o.attempts, o.created_at, o.failed_at,
       o.last_error, a.rule_id, a.source_id, a.title
FROM alert_outbox o JOIN alerts a USING (alert_id)
WHERE o.failed_at IS NOT NULL
ORDER BY o.failed_at DESC, o.id DESC
LIMIT %(limit)s
"""
SQL_OUTBOX_FAILED_COUNT = "SELECT count(*) FROM alert_outbox WHERE failed_at IS NOT NULL"
# An operator queues a failed row again: due at once, at the END of its agency's queue
# (behind every row already waiting), its answer kept until the next attempt.
SQL_OUTBOX_REQUEUE = """
UPDATE alert_outbox SET failed_at = NULL, next_attempt_at = %(now)s, retried_by = %(actor)s,
                        queue_pos = nextval('alert_outbox_queue_seq')
WHERE id = %(id)s AND failed_at IS NOT NULL
RETURNING id
"""

# -- CAP ------------------------------------------------------------------------------

SQL_CAP_EARLIER = """
SELECT sender, identifier, sent FROM alert_cap_messages WHERE alert_id = %s ORDER BY sent, identifier
"""
SQL_CAP_CANCEL = """
SELECT identifier, sender, sent, refs, xml FROM alert_cap_messages
WHERE alert_id = %s AND msg_type = 'Cancel' ORDER BY sent, identifier LIMIT 1
"""
SQL_CAP_INSTANCE = "SELECT instance_id FROM alert_cap_instance"
SQL_CAP_INSERT = """
INSERT INTO alert_cap_messages (identifier, alert_id, msg_type, sender, sent, refs, xml)
VALUES (%s, %s, %s, %s, %s, %s, %s)
"""
SQL_CAP_EVENT_INSERT = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%(time)s, %(source_id)s, 'disaster', 'cap', %(event_key)s, %(category)s, %(severity)s,
        CASE WHEN %(lon)s::float8 IS NULL THEN NULL
             ELSE ST_SetSRID(ST_MakePoint(%(lon)s::float8, %(lat)s::float8), 4326) END,
        %(payload)s)
ON CONFLICT DO NOTHING
"""
SQL_QUARANTINE_INSERT = """
INSERT INTO quarantine (topic, payload, reason, detail, source_id) VALUES (%s, %s, %s, %s, %s)
"""
