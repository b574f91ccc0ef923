"""Read models of the alerts package's tables (migration 0030) for the API and the wall.

Read-only: alerts with their filters, each alert's audited transitions, the CAP
messages exported for it, the open alerts' severities per source. Changes go
through :mod:`alerts.service` (:func:`~alerts.service.act`), never through SQL
here. Every statement is a named constant with bound parameters; rows come back
through ``class_row``. :class:`AlertRow` and :class:`TransitionRow` are frozen
pydantic models, so that the API answers with them as they are (one declaration
of an alert; a new column is added here and in its SQL only) and the states and
severities are the lifecycle's enums.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from psycopg import Connection
from pydantic import BaseModel, ConfigDict, Field

from alerts.lifecycle import OPEN_STATES, Action, AlertState, ClearCause, Severity
from common.db import fetch_all

SQL_OPEN_ALERT_SEVERITY = """
SELECT source_id, array_agg(severity) AS severities
FROM alerts
WHERE state = ANY(%s)
GROUP BY source_id
"""


def open_alert_severities(conn: Connection) -> dict[str, list[str]]:
    """Severities of the open alerts per source id."""
    cur = conn.execute(SQL_OPEN_ALERT_SEVERITY, ([str(s) for s in sorted(OPEN_STATES)],))
    return {str(r[0]): list(r[1]) for r in cur.fetchall()}


class ReadModel(BaseModel):
    """Base of the alerts' read models: frozen, built from a row or from attributes."""

    model_config = ConfigDict(frozen=True, from_attributes=True)


class AlertRow(ReadModel):
    """An alert."""

    alert_id: int
    rule_id: str
    source_id: str
    state: AlertState
    severity: Severity
    category: str
    agency: str
    title: str
    label: str
    value: float | None
    zone: str | None
    lon: float | None
    lat: float | None
    raised_at: datetime
    updated_at: datetime
    acknowledged_at: datetime | None
    acknowledged_by: str | None
    escalation_level: int
    shelved_until: datetime | None
    resolved_at: datetime | None
    version: int
    cleared_at: datetime | None = Field(description="when the condition stopped holding")
    clear_cause: ClearCause | None = Field(description="why it stopped holding (values expired, sensor silent, ...)")
    set_aside: bool = Field(description="resolved by hand while the condition held: no new alert at this level "
                                        "until it ends")


SQL_ALERTS = """
SELECT alert_id, rule_id, source_id, state, severity, category, agency, title, label, value,
       zone, ST_X(geom) AS lon, ST_Y(geom) AS lat, raised_at, updated_at, acknowledged_at,
       acknowledged_by, escalation_level, shelved_until, resolved_at, version, cleared_at,
       clear_cause, set_aside
FROM alerts
WHERE (%(states)s::text[] IS NULL OR state = ANY(%(states)s))
  AND (%(severity)s::text IS NULL OR severity = %(severity)s)
  AND (%(agency)s::text IS NULL OR agency = %(agency)s)
  AND (%(rule_id)s::text IS NULL OR rule_id = %(rule_id)s)
  AND (%(source_id)s::text IS NULL OR source_id = %(source_id)s)
  AND (%(since)s::timestamptz IS NULL OR raised_at >= %(since)s)
  AND (%(alert_id)s::bigint IS NULL OR alert_id = %(alert_id)s)
ORDER BY raised_at DESC, alert_id DESC
LIMIT %(limit)s OFFSET %(offset)s
"""


def list_alerts(
    conn: Connection,
    *,
    states: list[str] | None = None,
    severity: str | None = None,
    agency: str | None = None,
    rule_id: str | None = None,
    source_id: str | None = None,
    since: datetime | None = None,
    alert_id: int | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[AlertRow]:
    """Alerts, newest first, filtered."""
    return fetch_all(conn, AlertRow, SQL_ALERTS,
        {"states": states, "severity": severity, "agency": agency, "rule_id": rule_id,
         "source_id": source_id, "since": since, "alert_id": alert_id, "limit": limit,
         "offset": offset})


class TransitionRow(ReadModel):
    """One move in an alert's history."""

    at: datetime
    actor: str
    action: Action
    from_state: AlertState | None
    to_state: AlertState
    severity: Severity
    reason: str


SQL_ALERT_TRANSITIONS = """
SELECT at, actor, action, from_state, to_state, severity, reason
FROM alert_transitions WHERE alert_id = %s ORDER BY id
"""


def alert_transitions(conn: Connection, alert_id: int) -> list[TransitionRow]:
    """The history of one alert, oldest first."""
    return fetch_all(conn, TransitionRow, SQL_ALERT_TRANSITIONS, (alert_id,))


@dataclass(frozen=True, slots=True)
class CapLogRow:
    """A CAP message exported earlier."""

    identifier: str
    alert_id: int
    msg_type: str
    sender: str
    sent: datetime
    refs: str


SQL_CAP_LOG = """
SELECT identifier, alert_id, msg_type, sender, sent, refs
FROM alert_cap_messages WHERE alert_id = %s ORDER BY sent, identifier
"""
SQL_CAP_XML = "SELECT xml FROM alert_cap_messages WHERE identifier = %s"


def cap_log(conn: Connection, alert_id: int) -> list[CapLogRow]:
    """The CAP messages exported for an alert, oldest first."""
    return fetch_all(conn, CapLogRow, SQL_CAP_LOG, (alert_id,))


def cap_xml(conn: Connection, identifier: str) -> str | None:
    """The XML of an exported CAP message."""
    row = conn.execute(SQL_CAP_XML, (identifier,)).fetchone()
    return None if row is None else str(row[0])
