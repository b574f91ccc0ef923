"""Read models of the ops center's tables (migration 0040) for the API and the wall.

:class:`Incident` is declared once, as a frozen pydantic model: the read model
:class:`IncidentRow` extends it with the columns that name its place, the API's
incident (``web.schemas.IncidentOut``) with the place in words and the
assignments.

Read-only: incidents, their evidence (members), timeline (history), assignments
with their transitions, the current mode. Changes go through the ops center's
own service, never through SQL here: coordinator commands are queued with
``ops_center.repo.insert_command`` (migration 0042) and applied by ``soc ops run``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from psycopg import Connection
from psycopg.rows import dict_row
from pydantic import BaseModel, ConfigDict, Field

from common.db import fetch_all
from geo.api import PLACE_JOINS, ROAD_NAMES_PLACE_M, PlaceColumns, place_of
from ops_center.dispatch import (
    CENTER_ACTOR,
    DEADLINE_STATES,
    DISPATCHER_ACTOR,
    TERMINAL,
    AssignmentState,
    overdue,
)
from ops_center.incidents import IncidentState

#: Incidents still being worked on (shown first, and the wall's incidents).
OPEN_INCIDENT_STATES: tuple[str, ...] = (IncidentState.OPEN.value, IncidentState.QUIET.value)
#: Assignments an agency still has to finish.
OPEN_ASSIGNMENT_STATES: tuple[str, ...] = tuple(s.value for s in AssignmentState if s not in TERMINAL)


class Incident(BaseModel):
    """An incident as the API and the wall show it (the fields every variant shares)."""

    model_config = ConfigDict(frozen=True, from_attributes=True)

    incident_id: str
    type: str
    state: IncidentState
    severity: str
    priority: int
    agencies: list[str] = Field(
        description="who reported its evidence: the feed domains of its members (disaster, traffic, police, "
                    "citizen, fire), not the agencies sent to it (those are its assignments)")
    member_count: int
    first_evidence_at: datetime
    last_evidence_at: datetime
    opened_at: datetime
    updated_at: datetime
    lon: float
    lat: float
    zone: str | None
    sub_area: str | None
    merged_into: str | None
    closed_by: str | None
    close_reason: str | None
    number: int | None = Field(description="short number people say and type (#12); null before it is assigned")
    closed_at: datetime | None
    withdrawn: bool = Field(
        default=False,
        description="its only alarm was taken back by its own device (a panel alarm followed by its normal): "
                    "quiet and no live job, though listed among the open ones until a coordinator closes it")
    withdrawn_reason: str | None = Field(
        default=None,
        description="while withdrawn: its device and what it said taking the alarm back, in zh-TW "
                    "(e.g. 'FA-012：復歸（誤報）'); null otherwise")
    withdrawn_reason_en: str | None = Field(
        default=None, description="withdrawn_reason in English (e.g. 'FA-012: Back to normal (誤報)')")
    planned: bool = Field(
        default=False,
        description="a planned event (its permit) that no report of the event's work has joined yet and no "
                    "coordinator dispatched an agency to: "
                    "known in advance, no job to dispatch; the reports it explains are held aside (held)")
    awaiting_dispatch: bool = Field(
        default=False,
        description="open (or quiet after a coordinator reopened it), a live job (not planned, not withdrawn) "
                    "and no agency sent to it: no assignment but cancelled ones (a flood below its route's "
                    "minimum severity, a route's agencies all cancelled); reopened, none live or ended since the "
                    "reopening (its closure cancelled its agencies, or cleared those on scene); the pages show "
                    "it as awaiting dispatch (待派工), not as in progress")
    held: int = Field(
        default=0,
        description="while planned: how many reports it explains, held aside (left out as expected_of_event: "
                    "its audience's crowds, full car parks, parking calls, noise, slow traffic); they join it "
                    "when the police report working the event or a coordinator dispatches an agency to it")


class IncidentRow(Incident, PlaceColumns):
    """An incident as read, with what names its place (the nearest road and the covering area)."""


SQL_INCIDENTS = "".join(("""
SELECT i.incident_id, i.type, i.state, i.severity, i.priority, i.agencies, i.member_count,
       i.first_evidence_at, i.last_evidence_at, i.opened_at, i.updated_at,
       ST_X(i.centroid) AS lon, ST_Y(i.centroid) AS lat, i.zone, i.sub_area, i.merged_into,
       i.closed_by, i.close_reason, i.number,
       CASE WHEN i.state = 'closed' THEN i.updated_at END AS closed_at, i.withdrawn, i.planned, i.held,
       (NOT i.withdrawn AND NOT i.planned AND CASE
            WHEN i.state = 'open' THEN NOT EXISTS (
                SELECT 1 FROM ops_assignments a
                WHERE a.incident_id = i.incident_id AND a.state <> 'cancelled')
            -- reopened: its closure ended every assignment (an agency on scene cleared), so
            -- only one live or ended since the reopening is an agency sent to it
            WHEN i.state = 'quiet' THEN NOT EXISTS (
                SELECT 1 FROM ops_assignments a
                WHERE a.incident_id = i.incident_id AND a.state <> 'cancelled'
                  AND (a.state <> 'cleared' OR a.state_since > ro.at)) AND ro.at IS NOT NULL
            ELSE false END) AS awaiting_dispatch,
       wd.reason AS withdrawn_reason, COALESCE(wd.reason_en, wd.reason) AS withdrawn_reason_en,
       rd.road, rd.road_en, rd.road_m, rd.road_deg, ar.area, ar.area_en
FROM ops_incidents i
LEFT JOIN LATERAL (
    SELECT h.reason, h.detail ->> 'reason_en' AS reason_en FROM ops_incident_history h
    WHERE i.withdrawn AND h.incident_id = i.incident_id AND h.action = 'withdrawn'
    ORDER BY h.id DESC LIMIT 1) wd ON true
LEFT JOIN LATERAL (
    SELECT max(h.at) AS at FROM ops_incident_history h
    WHERE i.state = 'quiet' AND h.incident_id = i.incident_id AND h.action = 'reopened') ro ON true
""", PLACE_JOINS.format(geom="i.centroid"), """
WHERE (%(states)s::text[] IS NULL OR i.state = ANY(%(states)s))
  AND (%(type)s::text IS NULL OR i.type = %(type)s)
  AND (%(incident_id)s::text IS NULL OR i.incident_id = %(incident_id)s)
  AND (%(number)s::bigint IS NULL OR i.number = %(number)s)
  AND (%(agency)s::text IS NULL OR EXISTS (
        SELECT 1 FROM ops_assignments a
        WHERE a.incident_id = i.incident_id AND a.agency = %(agency)s))
  AND (%(since)s::timestamptz IS NULL OR i.opened_at >= %(since)s)
  AND (%(until)s::timestamptz IS NULL OR i.opened_at < %(until)s)
  AND (%(place)s::text IS NULL
       OR (rd.road_m <= %(road_m)s AND (strpos(lower(rd.road), lower(%(place)s)) > 0
                                        OR strpos(lower(rd.road_en), lower(%(place)s)) > 0))
       OR (ar.area IS NULL AND (strpos(lower(rd.road), lower(%(place)s)) > 0
                                OR strpos(lower(rd.road_en), lower(%(place)s)) > 0))
       OR strpos(lower(ar.area), lower(%(place)s)) > 0
       OR strpos(lower(ar.area_en), lower(%(place)s)) > 0)
ORDER BY (i.state = ANY(%(open_states)s) AND NOT i.withdrawn) DESC, (i.state = ANY(%(open_states)s)) DESC,
         i.priority DESC, i.opened_at DESC, i.number DESC NULLS LAST, i.incident_id DESC
LIMIT %(limit)s OFFSET %(offset)s
"""))



def list_incidents(
    conn: Connection,
    *,
    states: list[str] | None = None,
    type_: str | None = None,
    agency: str | None = None,
    incident_id: str | None = None,
    number: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
    place: str | None = None,
    limit: int = 200,
    offset: int = 0,
) -> list[IncidentRow]:
    """Incidents, live ones first (open or quiet, not withdrawn), then withdrawn open ones,
    then the others; each group by priority, newest first.

    ``agency`` keeps those with an assignment of that agency; ``since``/``until``
    bound the opening time; ``place`` matches (case-insensitively, as a substring)
    the name of the nearby road or of the covering area, in either language.
    """
    return fetch_all(conn, IncidentRow, SQL_INCIDENTS,
        {"states": states, "type": type_, "agency": agency, "incident_id": incident_id,
         "number": number, "since": since, "until": until, "place": place or None,
         "road_m": ROAD_NAMES_PLACE_M, "open_states": list(OPEN_INCIDENT_STATES), "limit": limit,
         "offset": offset})


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    """One agency's assignment on an incident."""

    incident_id: str
    agency: str
    state: str
    ack_policy: str
    assigned_at: datetime
    state_since: datetime
    acknowledged_at: datetime | None
    deadline: datetime | None
    escalations: int

    @property
    def deadline_running(self) -> bool:
        """Whether :attr:`deadline` is one the agency must still meet (its state has one)."""
        return self.state in DEADLINE_STATES and self.deadline is not None

    def overdue_at(self, now: datetime) -> bool:
        """Whether the running deadline is missed at ``now`` (:func:`ops_center.dispatch.overdue`)."""
        return overdue(self.state, self.deadline, now)

    def status(self, now: datetime) -> AssignmentStatus:
        """The assignment with its :meth:`overdue_at` ``now``."""
        fields = {name: getattr(self, name) for name in self.__dataclass_fields__}
        return AssignmentStatus(**fields, overdue=self.overdue_at(now))


@dataclass(frozen=True, slots=True)
class AssignmentStatus(AssignmentRow):
    """One agency's assignment, with whether its running deadline has passed."""

    overdue: bool


SQL_ASSIGNMENTS = """
SELECT incident_id, agency, state, ack_policy, assigned_at, state_since, acknowledged_at,
       deadline, escalations
FROM ops_assignments
WHERE (%(incident_ids)s::text[] IS NULL OR incident_id = ANY(%(incident_ids)s))
  AND (%(agency)s::text IS NULL OR agency = %(agency)s)
  AND (%(open)s::bool IS NULL OR (state = ANY(%(open_states)s)) = %(open)s)
ORDER BY incident_id, agency
LIMIT %(limit)s
"""


def list_assignments(
    conn: Connection,
    *,
    incident_ids: list[str] | None = None,
    agency: str | None = None,
    open_only: bool | None = None,
    limit: int = 5000,
) -> list[AssignmentRow]:
    """Assignments, filtered by incident, agency and open-ness."""
    return fetch_all(conn, AssignmentRow, SQL_ASSIGNMENTS,
        {"incident_ids": incident_ids, "agency": agency, "open": open_only,
         "open_states": list(OPEN_ASSIGNMENT_STATES), "limit": limit})


@dataclass(frozen=True, slots=True)
class AgencyWork:
    """One agency's open assignments on open incidents: how many, how many it acknowledged,
    how many are overdue (:func:`ops_center.dispatch.overdue`)."""

    agency: str
    open: int
    acknowledged: int
    overdue: int


@dataclass(frozen=True, slots=True)
class OpenWork:
    """Every open incident and its open assignments, counted: ``incidents`` open or quiet
    (withdrawn ones too), ``agencies`` the agencies with open assignments on them, by name."""

    incidents: int
    agencies: tuple[AgencyWork, ...]


@dataclass(frozen=True, slots=True)
class _OpenWorkRow:
    incidents: int
    agency: str | None
    open: int
    acknowledged: int
    overdue: int


SQL_OPEN_WORK = """
SELECT n.incidents, w.agency, COALESCE(w.open, 0) AS open,
       COALESCE(w.acknowledged, 0) AS acknowledged, COALESCE(w.overdue, 0) AS overdue
FROM (SELECT count(*)::int AS incidents FROM ops_incidents WHERE state = ANY(%(open_states)s)) n
LEFT JOIN (
    SELECT a.agency, count(*)::int AS open, count(a.acknowledged_at)::int AS acknowledged,
           (count(*) FILTER (WHERE a.deadline <= %(now)s
                               AND a.state = ANY(%(deadline_states)s)))::int AS overdue
    FROM ops_assignments a JOIN ops_incidents i ON i.incident_id = a.incident_id
    WHERE i.state = ANY(%(open_states)s) AND a.state = ANY(%(open_assignment_states)s)
    GROUP BY a.agency) w ON true
ORDER BY w.agency
"""


def open_work(conn: Connection, now: datetime) -> OpenWork:
    """Every open incident and its open assignments counted at ``now``, in one query (the
    wall's totals: its feed carries a bounded number of incidents, these count them all)."""
    rows = fetch_all(conn, _OpenWorkRow, SQL_OPEN_WORK,
        {"now": now, "open_states": list(OPEN_INCIDENT_STATES),
         "open_assignment_states": list(OPEN_ASSIGNMENT_STATES),
         "deadline_states": sorted(s.value for s in DEADLINE_STATES)})
    return OpenWork(
        incidents=rows[0].incidents if rows else 0,
        agencies=tuple(AgencyWork(r.agency, r.open, r.acknowledged, r.overdue)
                       for r in rows if r.agency is not None))


#: The actors the ops center writes its own timeline entries and moves as (its service and its
#: dispatcher). Any other actor is a person (a coordinator, an agency's desk), whose words (a
#: note, a report's note, a closing reason) may name a citizen.
CENTER_ACTORS = frozenset({CENTER_ACTOR, DISPATCHER_ACTOR})
#: The channel of the moves the ops center makes itself (0040: service, api, mqtt, cli).
CENTER_CHANNEL = "service"


@dataclass(frozen=True, slots=True)
class AssignmentTransitionRow:
    """One move of an assignment."""

    agency: str
    from_state: str | None
    to_state: str
    at: datetime
    actor: str
    reason: str
    channel: str

    @property
    def by_person(self) -> bool:
        """Whether a person made the move (an agency's report, a coordinator's command): its
        reason is their words."""
        return self.channel != CENTER_CHANNEL or self.actor not in CENTER_ACTORS


SQL_ASSIGNMENT_TRANSITIONS = """
SELECT agency, from_state, to_state, at, actor, reason, channel
FROM ops_assignment_transitions WHERE incident_id = %s ORDER BY id
"""


def assignment_transitions(conn: Connection, incident_id: str) -> list[AssignmentTransitionRow]:
    """Every assignment move of an incident, oldest first."""
    return fetch_all(conn, AssignmentTransitionRow, SQL_ASSIGNMENT_TRANSITIONS, (incident_id,))


@dataclass(frozen=True, slots=True)
class ItemRow:
    """A report as an incident's evidence or a planned event's held effect shows it."""

    item_key: str
    kind: str
    agency: str
    feed: str
    category: str
    severity: str
    signal: str
    observed_at: datetime
    source_id: str
    lon: float
    lat: float


@dataclass(frozen=True, slots=True)
class MemberRow(ItemRow):
    """One piece of evidence of an incident."""

    via: str
    anchor: bool
    distance_m: float
    original_incident_id: str


SQL_MEMBERS = """
SELECT item_key, kind, agency, feed, category, severity, signal, via, anchor, distance_m,
       observed_at, source_id, ST_X(geom) AS lon, ST_Y(geom) AS lat, original_incident_id
FROM ops_incident_members WHERE incident_id = %s ORDER BY observed_at, item_key
"""


def members(conn: Connection, incident_id: str) -> list[MemberRow]:
    """The evidence of an incident, oldest first."""
    return fetch_all(conn, MemberRow, SQL_MEMBERS, (incident_id,))


@dataclass(frozen=True, slots=True)
class HeldRow(ItemRow):
    """A report a planned event explains, held aside (left out as ``expected_of_event``), with
    where it is in words (the nearby road, else the covering area)."""

    place: str
    place_en: str


SQL_HELD = "".join(("""
SELECT h.item_key, h.kind, h.agency, h.feed, h.category, h.severity, h.signal, h.observed_at, h.source_id,
       ST_X(h.geom) AS lon, ST_Y(h.geom) AS lat, rd.road, rd.road_en, rd.road_m, rd.road_deg, ar.area, ar.area_en
FROM ops_incident_held h
JOIN ops_incidents i ON i.incident_id = h.incident_id AND i.planned
""", PLACE_JOINS.format(geom="h.geom"), """
WHERE h.incident_id = %s ORDER BY h.observed_at, h.item_key
"""))


def held(conn: Connection, incident_id: str) -> list[HeldRow]:
    """What a planned event nobody works yet holds aside, oldest first (none once it is a job:
    they are then its evidence)."""
    with conn.cursor(row_factory=dict_row) as cur:
        rows = cur.execute(SQL_HELD, (incident_id,)).fetchall()
    out: list[HeldRow] = []
    for r in rows:
        where = place_of(*(r.pop(k) for k in ("road", "road_en", "road_m", "area", "area_en")),
                         road_deg=r.pop("road_deg"))
        out.append(HeldRow(**r, place=where.name, place_en=where.name_en))
    return out


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One entry of an incident's timeline."""

    at: datetime
    actor: str
    action: str
    reason: str
    detail: dict[str, object]

    @property
    def by_person(self) -> bool:
        """Whether a person wrote the entry (a coordinator's note or closing, an agency's
        refused report): its reason and detail are their words."""
        return self.actor not in CENTER_ACTORS

    @property
    def agency(self) -> str | None:
        """The agency whose assignment the entry is about (its desk's refused report, a planned
        event made a job by dispatching it), or None for an entry about the incident."""
        if self.actor.startswith(AGENCY_ACTOR_PREFIX):
            return self.actor.removeprefix(AGENCY_ACTOR_PREFIX)
        named = self.detail.get("agency")
        return named if isinstance(named, str) else None


#: The actor of what an agency's desk reports (``agency-fire``): its MQTT account's name.
AGENCY_ACTOR_PREFIX = "agency-"

SQL_HISTORY = """
SELECT at, actor, action, reason, detail
FROM ops_incident_history WHERE incident_id = %s ORDER BY at, id
"""


def history(conn: Connection, incident_id: str) -> list[HistoryRow]:
    """An incident's timeline, oldest first."""
    return fetch_all(conn, HistoryRow, SQL_HISTORY, (incident_id,))


SQL_HULL = "SELECT ST_AsGeoJSON(hull)::json FROM ops_incidents WHERE incident_id = %s"


def hull(conn: Connection, incident_id: str) -> dict[str, object] | None:
    """The incident's hull as a GeoJSON geometry (point, line or polygon)."""
    row = conn.execute(SQL_HULL, (incident_id,)).fetchone()
    return None if row is None or row[0] is None else dict(row[0])


SQL_MODE = "SELECT to_mode, at, actor, reason FROM ops_mode_switches ORDER BY at DESC, id DESC LIMIT 1"


@dataclass(frozen=True, slots=True)
class ModeNow:
    """The mode in force and the switch that set it (``at``, ``actor`` and ``reason`` are
    ``None`` before any switch: the mode is then the setting's)."""

    mode: str
    at: datetime | None
    actor: str | None
    reason: str | None


def mode_now(conn: Connection, default: str) -> ModeNow:
    """The latest recorded mode switch, or ``default`` before any."""
    row = conn.execute(SQL_MODE).fetchone()
    if row is None:
        return ModeNow(default, None, None, None)
    return ModeNow(str(row[0]), row[1], str(row[2]), str(row[3]))


def current_mode(conn: Connection, default: str) -> str:
    """The latest recorded mode switch, or ``default`` before any."""
    return mode_now(conn, default).mode


# -- incident and assignment times of a period (for the KPIs) ---------------------
@dataclass(frozen=True, slots=True)
class IncidentTimesRow:
    """An incident's first evidence, first dispatch and clearance (None while not cleared)."""

    incident_id: str
    first_evidence_at: datetime
    first_dispatch_at: datetime | None
    cleared_at: datetime | None


# Incidents whose first evidence falls in the window; merged (absorbed) incidents are
# left out, their evidence counts in the survivor. First dispatch = earliest assignment;
# clearance = when the last assignment was cleared, once every assignment is cleared or
# cancelled and at least one was cleared.
SQL_INCIDENT_TIMES = """
SELECT i.incident_id, i.first_evidence_at, min(a.assigned_at) AS first_dispatch_at,
       CASE WHEN count(a.agency) > 0 AND bool_and(a.state IN (%(cleared)s, %(cancelled)s))
                 AND bool_or(a.state = %(cleared)s)
            THEN max(a.state_since) FILTER (WHERE a.state = %(cleared)s) END AS cleared_at
FROM ops_incidents i LEFT JOIN ops_assignments a USING (incident_id)
WHERE i.state <> %(merged)s AND i.first_evidence_at >= %(start)s AND i.first_evidence_at < %(end)s
GROUP BY i.incident_id, i.first_evidence_at
ORDER BY i.incident_id
"""


def incident_times(conn: Connection, start: datetime, end: datetime) -> list[IncidentTimesRow]:
    """The incidents (merged ones left out) whose first evidence falls in ``[start, end)``, by id."""
    return fetch_all(conn, IncidentTimesRow, SQL_INCIDENT_TIMES,
                     {"start": start, "end": end, "merged": IncidentState.MERGED.value,
                      "cleared": AssignmentState.CLEARED.value, "cancelled": AssignmentState.CANCELLED.value})


@dataclass(frozen=True, slots=True)
class AssignmentTimesRow:
    """A dispatch assignment with the 平時/戰時 mode in force when it was made."""

    assignment_id: str  # incident_id/agency
    state: AssignmentState
    assigned_at: datetime
    acknowledged_at: datetime | None
    mode: str


# The mode in force: the latest switch at or before assigned_at, the default before any.
# An assignment carried over to the job that took its incident (Dispatcher.take_over: the
# survivor's assignment of the agency keeps its assigned_at) is one dispatch: only the
# survivor's copy is listed.
SQL_ASSIGNMENT_TIMES = """
SELECT a.incident_id || '/' || a.agency AS assignment_id, a.state, a.assigned_at, a.acknowledged_at,
       coalesce((SELECT m.to_mode FROM ops_mode_switches m WHERE m.at <= a.assigned_at
                 ORDER BY m.at DESC, m.id DESC LIMIT 1), %(default_mode)s) AS mode
FROM ops_assignments a
WHERE a.assigned_at >= %(start)s AND a.assigned_at < %(end)s
  AND NOT EXISTS (
      SELECT 1 FROM ops_incidents i
      JOIN ops_assignments s ON s.incident_id = i.merged_into AND s.agency = a.agency
                            AND s.assigned_at = a.assigned_at
      WHERE i.incident_id = a.incident_id)
ORDER BY 1
"""


def assignment_times(conn: Connection, start: datetime, end: datetime, default_mode: str) -> list[AssignmentTimesRow]:
    """The assignments made in ``[start, end)`` with their mode (``default_mode`` before any switch),
    each dispatch once (one carried over to the job that took its incident, as that job's)."""
    return fetch_all(conn, AssignmentTimesRow, SQL_ASSIGNMENT_TIMES,
                     {"start": start, "end": end, "default_mode": default_mode})
