"""SQL of the KPI package: every statement as a named constant, parameters bound.

Functions take an open psycopg connection and run inside the caller's
transaction (the service opens it). Changes are audited by the triggers of
migration 0050; :func:`set_audit_context` names the actor and reason for them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import psycopg
from psycopg.types.json import Jsonb

from common.db import fetch_all, fetch_one
from kpi.definitions import Definitions
from kpi.models import ComputeRun, NewObservation, Observation

SQL_SET_ACTOR = "SELECT set_config('soc.actor', %s, true), set_config('soc.reason', %s, true)"

SQL_VERSION_SHA = "SELECT sha256 FROM kpi_definition_versions WHERE version = %s"
SQL_VERSION_CONTENT = "SELECT content FROM kpi_definition_versions WHERE version = %s"
SQL_INSERT_VERSION = """
INSERT INTO kpi_definition_versions (version, sha256, source, content, registered_by)
VALUES (%s, %s, %s, %s, %s)
"""
SQL_INSERT_INDICATOR = """
INSERT INTO kpi_indicators (version, indicator_id, goal_id, name_zh, name_en, kind, unit, frequency)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s)
"""

SQL_SELECT_OBSERVATIONS = """
SELECT observation_id, indicator_id, period, as_of, value, unit, provenance, source_note, entered_by,
numerator, denominator, inputs, definitions_version, recorded_at, updated_at
FROM kpi_observations
WHERE (%(indicator)s::text IS NULL OR indicator_id = %(indicator)s)
  AND (%(period)s::text IS NULL OR period = %(period)s)
  AND (%(year)s::text IS NULL OR left(period, 4) = %(year)s)
ORDER BY indicator_id, period, as_of
"""
SQL_SELECT_OBSERVATION = """
SELECT observation_id, indicator_id, period, as_of, value, unit, provenance, source_note, entered_by,
numerator, denominator, inputs, definitions_version, recorded_at, updated_at
FROM kpi_observations WHERE observation_id = %s
"""
SQL_SELECT_ENTERED_KEYS = """
SELECT indicator_id, period, as_of FROM kpi_observations
WHERE indicator_id = ANY(%s) AND provenance = 'entered'
"""
SQL_COPY_OBSERVATIONS = """
COPY kpi_observations (indicator_id, definitions_version, period, as_of, value, unit, provenance,
                       inputs, source_note, entered_by, numerator, denominator)
FROM STDIN
"""
SQL_INSERT_OBSERVATION = """
INSERT INTO kpi_observations (indicator_id, definitions_version, period, as_of, value, unit,
                              provenance, inputs, source_note, entered_by, numerator, denominator)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
RETURNING observation_id
"""
# A recomputation replaces a computed value only when it changed; an entered
# figure is never overwritten by a computation (the WHERE leaves it alone).
SQL_UPSERT_COMPUTED = """
INSERT INTO kpi_observations (indicator_id, definitions_version, period, as_of, value, unit,
                              provenance, inputs, source_note, entered_by, numerator, denominator)
VALUES (%s, %s, %s, %s, %s, %s, 'computed', %s, %s, NULL, %s, %s)
ON CONFLICT ON CONSTRAINT kpi_observations_key DO UPDATE
SET value = EXCLUDED.value, inputs = EXCLUDED.inputs, numerator = EXCLUDED.numerator,
    denominator = EXCLUDED.denominator, definitions_version = EXCLUDED.definitions_version,
    source_note = EXCLUDED.source_note, updated_at = now()
WHERE kpi_observations.provenance = 'computed'
  AND (kpi_observations.value, kpi_observations.inputs, kpi_observations.definitions_version)
      IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.inputs, EXCLUDED.definitions_version)
RETURNING observation_id, (xmax = 0) AS inserted
"""
SQL_SELECT_BY_KEY = """
SELECT observation_id, provenance FROM kpi_observations
WHERE indicator_id = %s AND period = %s AND as_of = %s
"""
SQL_CORRECT_ENTERED = """
UPDATE kpi_observations
SET value = %s, numerator = %s, denominator = %s, source_note = %s, entered_by = %s,
    updated_at = now()
WHERE observation_id = %s AND provenance = 'entered'
RETURNING observation_id
"""
SQL_DELETE_OBSERVATION = "DELETE FROM kpi_observations WHERE observation_id = %s RETURNING 1"
# An entered figure takes the place of the center's computation at its key (the city's official
# figure wins over a figure derived from the project's, possibly demonstration, data).
SQL_DELETE_COMPUTED_AT = """
DELETE FROM kpi_observations
WHERE indicator_id = %s AND period = %s AND as_of = %s AND provenance = 'computed'
"""

# Operational KPIs from the shared tables of 0001 (sensors, readings); the alerts' and the ops
# center's times come through their read models (alerts.api, ops_center.api).
# Each sensor with from when it could report: its registration, or its first reading if that
# came first (a reading stored before the registry named it: received before, so one dated
# long ago but received later moves nothing), and never before the center's start: when it
# received its first reading of any sensor (the registry loaded before the center ran; by
# received_at, so a reading dated long ago but received later moves nothing here either).
# One probe of the (sensor_id, time) index per sensor, one of the received_at index per
# chunk of readings. GREATEST skips a NULL.
SQL_SENSORS_EXPECTED = """
SELECT s.sensor_id, s.agency, s.kind, extract(epoch FROM s.expected_interval)::int AS interval_s,
       GREATEST(LEAST(s.created_at, (SELECT r.time FROM readings r
                                     WHERE r.sensor_id = s.sensor_id AND r.time < s.created_at
                                       AND r.received_at < s.created_at
                                     ORDER BY r.time LIMIT 1)),
                (SELECT f.received_at FROM readings f ORDER BY f.received_at LIMIT 1)) AS since
FROM sensors s ORDER BY s.sensor_id
"""
# Distinct whole slots of [start, end) with a reading, per sensor (metric NULL) or
# per (sensor, metric); slot k = floor((time - start) / interval), k < whole slots.
SQL_SLOTS_ANY = """
SELECT r.sensor_id, NULL::text AS metric,
       count(DISTINCT floor(extract(epoch FROM r.time - %(start)s) / extract(epoch FROM s.expected_interval)))::int
FROM readings r JOIN sensors s USING (sensor_id)
WHERE s.expected_interval IS NOT NULL AND r.time >= %(start)s AND r.time < %(end)s
  AND floor(extract(epoch FROM r.time - %(start)s) / extract(epoch FROM s.expected_interval))
      < floor(extract(epoch FROM %(end)s - %(start)s) / extract(epoch FROM s.expected_interval))
GROUP BY r.sensor_id
"""
SQL_SLOTS_PER_METRIC = """
SELECT r.sensor_id, r.metric,
       count(DISTINCT floor(extract(epoch FROM r.time - %(start)s) / extract(epoch FROM s.expected_interval)))::int
FROM readings r JOIN sensors s USING (sensor_id)
WHERE s.expected_interval IS NOT NULL AND r.time >= %(start)s AND r.time < %(end)s
  AND floor(extract(epoch FROM r.time - %(start)s) / extract(epoch FROM s.expected_interval))
      < floor(extract(epoch FROM %(end)s - %(start)s) / extract(epoch FROM s.expected_interval))
GROUP BY r.sensor_id, r.metric
"""

def set_audit_context(conn: psycopg.Connection, actor: str, reason: str = "") -> None:
    """Name who makes the changes of the current transaction, for the audit triggers."""
    conn.execute(SQL_SET_ACTOR, (actor, reason))


def registered_sha(conn: psycopg.Connection, version: str) -> str | None:
    """The sha256 registered for ``version``, or ``None`` if it is new."""
    row = conn.execute(SQL_VERSION_SHA, (version,)).fetchone()
    return str(row[0]) if row else None


def registered_content(conn: psycopg.Connection, version: str) -> object:
    """The definitions stored for ``version`` (as JSON values), or ``None`` if it is new."""
    row = conn.execute(SQL_VERSION_CONTENT, (version,)).fetchone()
    return None if row is None else row[0]


def register_version(conn: psycopg.Connection, defs: Definitions, content: object, actor: str) -> None:
    """Store a definitions version and its indicators."""
    conn.execute(SQL_INSERT_VERSION, (defs.version, defs.sha256, defs.source, Jsonb(content), actor))
    with conn.cursor() as cur:
        cur.executemany(
            SQL_INSERT_INDICATOR,
            [
                (defs.version, i.id, i.goal_id, i.name_zh, i.name_en, i.kind.value, i.unit.value, i.frequency.value)
                for i in defs.indicators
            ],
        )


def observations(
    conn: psycopg.Connection,
    *,
    indicator_id: str | None = None,
    period: str | None = None,
    year: int | None = None,
) -> list[Observation]:
    """Observations filtered by indicator, exact period and/or year, in key order."""
    return fetch_all(conn, Observation, SQL_SELECT_OBSERVATIONS,
        {"indicator": indicator_id, "period": period, "year": None if year is None else f"{year:04d}"})


def observation(conn: psycopg.Connection, observation_id: int) -> Observation | None:
    """One observation by id."""
    return fetch_one(conn, Observation, SQL_SELECT_OBSERVATION, (observation_id,))


def entered_keys(conn: psycopg.Connection, indicator_ids: Sequence[str]) -> set[tuple[str, str, date]]:
    """Natural keys of the entered observations stored for these indicators."""
    rows = conn.execute(SQL_SELECT_ENTERED_KEYS, (list(indicator_ids),)).fetchall()
    return {(str(a), str(b), c) for a, b, c in rows}


def delete_computed_at(conn: psycopg.Connection, indicator_id: str, period: str, as_of: date) -> None:
    """Remove the computed figure at this key, if any, for an entered one to take its place."""
    conn.execute(SQL_DELETE_COMPUTED_AT, (indicator_id, period, as_of))


def copy_observations(conn: psycopg.Connection, version: str, rows: Sequence[NewObservation]) -> int:
    """Bulk-insert observations with COPY (row triggers still audit each row)."""
    with conn.cursor() as cur, cur.copy(SQL_COPY_OBSERVATIONS) as copy:
        for o in rows:
            copy.write_row(_row(version, o))
    return len(rows)


def insert_observation(conn: psycopg.Connection, version: str, obs: NewObservation) -> int:
    """Insert one observation; returns its id."""
    row = conn.execute(SQL_INSERT_OBSERVATION, _row(version, obs)).fetchone()
    if row is None:  # RETURNING always yields the row of a successful INSERT
        raise RuntimeError("INSERT ... RETURNING returned no row")
    return int(row[0])


def upsert_computed(conn: psycopg.Connection, version: str, obs: NewObservation) -> tuple[int, bool] | None:
    """Insert or refresh a computed value; ``(id, inserted)`` or ``None`` when nothing changed."""
    inputs = Jsonb(dict(obs.inputs))
    row = conn.execute(
        SQL_UPSERT_COMPUTED,
        (
            obs.indicator_id,
            version,
            obs.period,
            obs.as_of,
            obs.value,
            obs.unit.value,
            inputs,
            obs.source_note,
            obs.numerator,
            obs.denominator,
        ),
    ).fetchone()
    if row is None:
        return None
    return int(row[0]), bool(row[1])


def by_key(conn: psycopg.Connection, indicator_id: str, period: str, as_of: date) -> tuple[int, str] | None:
    """``(observation_id, provenance)`` of the observation with this natural key."""
    row = conn.execute(SQL_SELECT_BY_KEY, (indicator_id, period, as_of)).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def correct_entered(
    conn: psycopg.Connection,
    observation_id: int,
    *,
    value: float,
    numerator: float | None,
    denominator: float | None,
    source_note: str,
    entered_by: str,
) -> bool:
    """Correct an entered observation; False if it does not exist or is computed."""
    row = conn.execute(
        SQL_CORRECT_ENTERED, (value, numerator, denominator, source_note, entered_by, observation_id)
    ).fetchone()
    return row is not None


def delete_observation(conn: psycopg.Connection, observation_id: int) -> bool:
    """Delete an observation; False if there was none."""
    return conn.execute(SQL_DELETE_OBSERVATION, (observation_id,)).fetchone() is not None




def _row(version: str, o: NewObservation) -> tuple[object, ...]:
    inputs = Jsonb(dict(o.inputs)) if o.inputs else None
    return (
        o.indicator_id,
        version,
        o.period,
        o.as_of,
        o.value,
        o.unit.value,
        o.provenance.value,
        inputs,
        o.source_note,
        o.entered_by,
        o.numerator,
        o.denominator,
    )


# -- computation runs (0051) -----------------------------------------------------------

SQL_INSERT_RUN = """
INSERT INTO kpi_compute_runs (trigger, actor, plan_year, month, started_at, finished_at, outcomes)
VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING run_id
"""
SQL_LAST_RUN = """
SELECT run_id, trigger, actor, plan_year, month, started_at, finished_at, outcomes
FROM kpi_compute_runs ORDER BY finished_at DESC, run_id DESC LIMIT 1
"""


def insert_run(
    conn: psycopg.Connection,
    *,
    trigger: str,
    actor: str,
    plan_year: int,
    month: str,
    started_at: datetime,
    finished_at: datetime,
    outcomes: dict[str, int],
) -> int:
    """Record a computation; returns its id."""
    row = conn.execute(
        SQL_INSERT_RUN, (trigger, actor, plan_year, month, started_at, finished_at, Jsonb(outcomes))
    ).fetchone()
    assert row is not None
    return int(row[0])


def last_run(conn: psycopg.Connection) -> ComputeRun | None:
    """The most recent computation, or ``None`` before the first."""
    return fetch_one(conn, ComputeRun, SQL_LAST_RUN)
