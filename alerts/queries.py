"""Read models of the alerts package's tables (migration 0030) for the API and the wall.

Read-only: alerts with their filters, the open alerts with their place and
their source's names (:func:`open_alerts`, the wall's ticker), each alert's
audited transitions, the CAP messages exported for it, the open alerts'
severities per source, the feed of condition transitions in commit order (for
the ops center) and the alert times of a period (for the KPIs). Changes go
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
from typing import Annotated

from psycopg import Connection
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from alerts.lifecycle import OPEN_STATES, Action, AlertState, ClearCause, Severity
from common.db import fetch_all
from common.runner import cut
from common.vocabulary import StatusReason
from geo.api import PLACE_JOINS, PlaceColumns

SQL_OPEN_ALERT_SEVERITY = """
SELECT source_id, array_agg(severity) AS severities
FROM alerts
WHERE state = ANY(%s)
GROUP BY source_id
"""


#: The open states as the SQL compares them (``state = ANY(...)``).
_OPEN: list[str] = [str(s) for s in sorted(OPEN_STATES)]


def open_alert_severities(conn: Connection) -> dict[str, list[str]]:
    """Severities of the open alerts per source id."""
    cur = conn.execute(SQL_OPEN_ALERT_SEVERITY, (_OPEN,))
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


class PlacedAlert(AlertRow, PlaceColumns):
    """An alert as read with what names it: its source's registered names, the
    nearest road and the covering area (:class:`geo.api.PlaceColumns`)."""

    source_name: str | None
    source_name_en: str | None


# Newest first, capped: the ticker shows the latest few hundred open alerts. The cap keeps
# the escalated ones first (most escalations first): an alert nobody has acknowledged for
# hours is the oldest of a storm's, and the one the console must not leave out.
SQL_OPEN_ALERTS = "".join(("""
SELECT a.alert_id, a.rule_id, a.source_id, a.state, a.severity, a.category, a.agency, a.title,
       a.label, a.value, a.zone, ST_X(a.geom) AS lon, ST_Y(a.geom) AS lat, a.raised_at,
       a.updated_at, a.acknowledged_at, a.acknowledged_by, a.escalation_level, a.shelved_until,
       a.resolved_at, a.version, a.cleared_at, a.clear_cause, a.set_aside,
       s.name AS source_name, s.name_en AS source_name_en,
       rd.road, rd.road_en, rd.road_m, rd.road_deg, ar.area, ar.area_en
FROM (SELECT * FROM alerts WHERE state = ANY(%(states)s)
      ORDER BY state = 'escalated' DESC, escalation_level DESC, raised_at DESC, alert_id DESC
      LIMIT %(limit)s) a
LEFT JOIN sensors s ON s.sensor_id = a.source_id
""", PLACE_JOINS.format(geom="a.geom"), """
ORDER BY a.raised_at DESC, a.alert_id DESC
"""))


def open_alerts(conn: Connection, limit: int = 500) -> list[PlacedAlert]:
    """The ``limit`` newest open alerts (raised, acknowledged, escalated, shelved), newest first;
    the escalated ones are kept before any other when there are more than ``limit``."""
    return fetch_all(conn, PlacedAlert, SQL_OPEN_ALERTS, {"states": _OPEN, "limit": limit})


class TransitionRow(ReadModel):
    """One move in an alert's history."""

    at: datetime
    actor: str
    action: Action
    from_state: AlertState | None
    to_state: AlertState
    severity: Severity
    reason: str
    #: The device's own reason for going offline, on the offline rule's raise and recurrence.
    status_reason: Annotated[StatusReason | None, BeforeValidator(StatusReason.parse)] = None


SQL_ALERT_TRANSITIONS = """
SELECT at, actor, action, from_state, to_state, severity, reason, status_reason
FROM alert_transitions WHERE alert_id = %s ORDER BY id
"""


def alert_transitions(conn: Connection, alert_id: int) -> list[TransitionRow]:
    """The history of one alert, oldest first."""
    return fetch_all(conn, TransitionRow, SQL_ALERT_TRANSITIONS, (alert_id,))


@dataclass(frozen=True, slots=True)
class CapLogRow:
    """A CAP message exported earlier (the API lists it under its alert: no ``alert_id``)."""

    identifier: str
    alert_id: Annotated[int, Field(exclude=True)]
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


# -- the condition feed in commit order (for consumers of committed rows) -------------
#: The transitions that say something about an alert's condition: raised, its level or
#: severity changed, it holds again, it cleared or was resolved.
CONDITION_ACTIONS: tuple[Action, ...] = (
    Action.RAISE,
    Action.SEVERITY,
    Action.LEVEL,
    Action.RECUR,
    Action.CLEAR,
    Action.RESOLVE,
)


@dataclass(frozen=True, slots=True)
class ConditionTransition:
    """A transition of :data:`CONDITION_ACTIONS`, with the alert's rule, source, agency and place."""

    alert_id: int
    at: datetime
    severity: str
    seen_at: datetime  # recorded_at: now() of the writing transaction, the commit order
    transition_id: int
    rule_id: str
    source_id: str
    agency: str
    lon: float | None
    lat: float | None
    action: str = Action.RAISE.value
    site: str | None = None  # the registered site of the alert's sensor (metadata.site), if any
    reason: str = ""  # why, in words for people
    #: The device's own reason for going offline (``alert_transitions.status_reason``): on the
    #: offline rule's raise and recurrence when its status said one (docs/mqtt.md), else None.
    status_reason: StatusReason | None = None
    gateway: str | None = None  # the registered gateway its sensor hangs on (metadata.gateway), if any
    #: Why the condition stopped holding, on a clear (``alert_transitions.clear_cause``): an
    #: expiry clear (``EXPIRED``) is dated by other sources' observations, not observed itself.
    #: None on other moves and on clears recorded before the column.
    clear_cause: ClearCause | None = None

    def __post_init__(self) -> None:
        # the column as the closed set: read from the database as text, a word outside it is none
        object.__setattr__(self, "status_reason", StatusReason.parse(self.status_reason))
        if self.clear_cause is not None and not isinstance(self.clear_cause, ClearCause):
            object.__setattr__(self, "clear_cause", ClearCause(self.clear_cause))


SQL_CONDITION_TRANSITIONS = """
SELECT t.alert_id, t.at, t.severity, t.recorded_at AS seen_at, t.id AS transition_id,
       a.rule_id, a.source_id, a.agency, ST_X(a.geom) AS lon, ST_Y(a.geom) AS lat, t.action,
       s.metadata ->> 'site' AS site, t.reason, t.status_reason, s.metadata ->> 'gateway' AS gateway,
       t.clear_cause
FROM alert_transitions t JOIN alerts a USING (alert_id)
LEFT JOIN sensors s ON s.sensor_id = a.source_id
WHERE t.recorded_at >= %(lo)s AND t.recorded_at < %(hi)s
  AND t.action = ANY (%(actions)s)
ORDER BY t.recorded_at, t.id
"""
SQL_TRANSITIONS_CUT = """
SELECT recorded_at FROM alert_transitions WHERE recorded_at >= %(lo)s AND recorded_at < %(hi)s
ORDER BY recorded_at OFFSET %(n)s LIMIT 1
"""
SQL_TRANSITIONS_NEXT = """
SELECT min(recorded_at) FROM alert_transitions WHERE recorded_at > %(lo)s AND recorded_at < %(hi)s
"""


def condition_transitions(conn: Connection, lo: datetime, hi: datetime) -> list[ConditionTransition]:
    """Condition transitions recorded in ``[lo, hi)``, in commit order (works inside a pipeline)."""
    return fetch_all(conn, ConditionTransition, SQL_CONDITION_TRANSITIONS,
                     {"lo": lo, "hi": hi, "actions": [a.value for a in CONDITION_ACTIONS]})


def transitions_cut(conn: Connection, lo: datetime, hi: datetime, n: int) -> datetime:
    """End of a batch of about ``n`` transitions recorded in ``[lo, hi)`` (whole transactions)."""
    return cut(conn, SQL_TRANSITIONS_CUT, SQL_TRANSITIONS_NEXT, lo, hi, n=n)


# -- alert times of a period (for the KPIs) ---------------------------------------
@dataclass(frozen=True, slots=True)
class AlertTimesRow:
    """When an alert was raised and acknowledged."""

    alert_id: int
    raised_at: datetime
    acknowledged_at: datetime | None


SQL_ALERT_TIMES = """
SELECT alert_id, raised_at, acknowledged_at FROM alerts
WHERE raised_at >= %(start)s AND raised_at < %(end)s
ORDER BY alert_id
"""


def alert_times(conn: Connection, start: datetime, end: datetime) -> list[AlertTimesRow]:
    """The alerts raised in ``[start, end)``, by id."""
    return fetch_all(conn, AlertTimesRow, SQL_ALERT_TIMES, {"start": start, "end": end})
