"""Pydantic models of the HTTP API (bodies and responses).

Rows inside the application are frozen dataclasses (:mod:`web.repo`); these
models are the boundary, validated on the way in and documented in the OpenAPI
schema. ``from_attributes`` lets a route return ``Model.model_validate(row)``.
Where a package's read model says what a response says (an alert and its
transitions, an incident and its evidence, a trend's points, the quarantine's reason counts, an
audit entry), the API answers with it as it is: the entity is declared once.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from fastapi import Path
from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from alerts.api import AlertRow, TransitionRow
from common.vocabulary import Agency, words
from ingest.api import TrendPoint
from ops_center.api import AssignmentState, Incident, MemberRow, Mode
from web.security import USER_NAME_PATTERN, Role

#: A dispatch agency's name in the API: the one declaration, :class:`common.vocabulary.Agency`.
AgencyName = Agency


#: A bigint key in a path (PostgreSQL ``bigint``: anything larger cannot exist, so 422).
DbId = Annotated[int, Path(ge=0, le=2**63 - 1)]

#: The instants the API takes. Python's ``datetime`` ends at year 9999 while PostgreSQL
#: stores far later ones, and the routes step a day or a month from a given time: a
#: bound well inside both keeps every such step, and every row written from an input,
#: readable (a row past year 9999 would fail every later read of its table).
EARLIEST_INSTANT = datetime(1900, 1, 1, tzinfo=UTC)
LATEST_INSTANT = datetime(9000, 1, 1, tzinfo=UTC)


def _within_instant_range(value: datetime) -> datetime:
    """Refuse a time outside [EARLIEST_INSTANT, LATEST_INSTANT) in UTC (a naive one read as UTC).

    A naive time passes through unchanged: the routes decide whether they need an offset.
    """
    try:
        utc = value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)
    except OverflowError as exc:  # 0001-01-01T00:00+14:00 has no UTC datetime
        raise ValueError(f"must lie between {EARLIEST_INSTANT.year} and {LATEST_INSTANT.year}") from exc
    if not EARLIEST_INSTANT <= utc < LATEST_INSTANT:
        raise ValueError(f"must lie between {EARLIEST_INSTANT.year} and {LATEST_INSTANT.year}")
    return value


#: A time in a query or a body: any ISO 8601 instant between 1900 and 9000 (UTC), else 422.
Instant = Annotated[datetime, AfterValidator(_within_instant_range)]


class Model(BaseModel):
    """Base of the API models: read from dataclass rows, reject unknown fields in bodies."""

    model_config = ConfigDict(from_attributes=True, extra="forbid")


class TokenOut(Model):
    """OAuth2 token response (RFC 6749 §5.1) plus the caller's role."""

    access_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int
    role: Role
    agency: str | None


class TicketOut(Model):
    """A one-time websocket ticket: open ``/ws/wall?ticket=...`` within ``expires_in`` s."""

    ticket: str
    expires_in: int


class MeOut(Model):
    """Who the token belongs to."""

    user_name: str
    role: Role
    agency: str | None
    kind: str
    permissions: list[str]


class UserIn(Model):
    """A new account."""

    user_name: str = Field(pattern=USER_NAME_PATTERN)
    role: Role
    agency: AgencyName | None = None
    display_name: str = Field(default="", max_length=200)
    password: str | None = Field(default=None, min_length=8, max_length=200)


class UserOut(Model):
    """An account (never its password hash)."""

    user_name: str
    role: Role
    agency: str | None
    display_name: str
    active: bool
    created_at: datetime


class DisplayTokenOut(Model):
    """A read-only token for a wall screen and the URL to open with it."""

    user_name: str
    token: str
    expires_in: int
    wall_url: str


class SensorOut(Model):
    """A registered sensor with its latest state."""

    sensor_id: str
    agency: str
    kind: str
    name: str
    lon: float
    lat: float
    zone: str | None
    sub_area: str | None
    expected_interval_s: float | None
    last_reading_at: datetime | None
    last_event_at: datetime | None
    status: str | None
    status_at: datetime | None
    state: Literal["normal", "alert", "offline", "unknown"]


class LatestReadingOut(Model):
    """The newest value of a metric."""

    metric: str
    time: datetime
    value: float


class SensorDetailOut(SensorOut):
    """A sensor with its registry metadata and latest value of each metric."""

    metadata: dict[str, object]
    latest: list[LatestReadingOut]
    metrics: list[str]


class BucketOut(Model):
    """One time bucket of a series."""

    bucket: datetime
    mean: float
    min: float
    max: float
    last: float
    count: int


class SeriesOut(Model):
    """A time-bucketed series of one metric of one sensor."""

    sensor_id: str
    metric: str
    bucket_s: int
    start: datetime
    end: datetime
    buckets: list[BucketOut]


class TrendOut(Model):
    """A metric over a range ending now, in the bucket the range calls for (read from a rollup)."""

    key: str
    metric: str
    range: str
    resolution: Literal["minute", "hour", "day", "month"]
    start: datetime
    end: datetime
    points: list[TrendPoint]


class QuarantineOut(Model):
    """A dead letter; ``payload_text`` when the bytes are UTF-8, ``payload_b64`` always."""

    id: int
    time: datetime
    topic: str
    reason: str
    detail: str
    source_id: str | None
    replayed_at: datetime | None
    size: int
    payload_text: str | None
    payload_b64: str


class ReasonIn(Model):
    """A change made by a person, with an optional reason for the audit log."""

    reason: str = Field(default="", max_length=2000)


#: An alert and one move in its history: the alerts package's read models, as they are.
AlertOut: TypeAlias = AlertRow
TransitionOut: TypeAlias = TransitionRow


class CapLogOut(Model):
    """A CAP 1.2 message exported earlier (fetch its XML at ``/api/cap/{identifier}``)."""

    identifier: str
    msg_type: str
    sender: str
    sent: datetime
    refs: str


class AlertDetailOut(AlertRow):
    """An alert with its history and the CAP messages exported for it."""

    model_config = ConfigDict(frozen=True, from_attributes=True, extra="forbid")

    transitions: list[TransitionOut]
    cap_messages: list[CapLogOut]


#: The longest shelving, by ``minutes`` or by ``until``: 7 days.
MAX_SHELVE_MINUTES = 7 * 24 * 60


class ShelveIn(Model):
    """Shelve an alert until a time (it comes back by itself then)."""

    reason: str = Field(default="", max_length=2000)
    until: Instant | None = None
    minutes: int | None = Field(default=None, ge=1, le=MAX_SHELVE_MINUTES)


# -- KPIs ------------------------------------------------------------------------


class YearSpecOut(Model):
    """An indicator's weight and target in one year."""

    year: int
    weight: float
    target: float


class IndicatorOut(Model):
    """A KPI definition (bilingual), as in the plan's measures table."""

    id: str
    goal_id: str | None
    name_zh: str
    name_en: str
    kind: str
    formula_zh: str
    formula_en: str
    unit: str
    frequency: str
    direction: str
    years: list[YearSpecOut]
    standing_target: float | None


class GoalOut(Model):
    """A strategic goal with its weight per year."""

    id: str
    name_zh: str
    name_en: str
    weights: list[tuple[int, float]]


class DefinitionsOut(Model):
    """The versioned KPI definitions."""

    version: str
    source: str
    goals: list[GoalOut]
    indicators: list[IndicatorOut]


class ObservationOut(Model):
    """A KPI observation with its provenance."""

    observation_id: int
    indicator_id: str
    period: str
    as_of: date
    value: float
    unit: str
    provenance: str
    source_note: str
    entered_by: str | None
    numerator: float | None
    denominator: float | None
    definitions_version: str
    recorded_at: datetime
    updated_at: datetime


class ObservationIn(Model):
    """An entered observation; fields as in the CSV import (checked by the KPI package)."""

    indicator_id: str = Field(min_length=1, max_length=100)
    period: str = Field(min_length=4, max_length=20)
    as_of: date
    value: float | None = None
    unit: str = Field(min_length=1, max_length=20)
    numerator: float | None = None
    denominator: float | None = None
    source_note: str = Field(min_length=1, max_length=2000)


class CreatedOut(Model):
    """The id of what was created."""

    id: int


class ImportOut(Model):
    """A CSV import that succeeded (a refused one is a 422 problem listing every error)."""

    imported: int
    skipped_computed: int


class AchievementOut(Model):
    """Actual against target."""

    year: int
    value: float
    target: float
    raw: float
    capped: float


class TrendPointOut(Model):
    """One point of an indicator's history."""

    period: str
    as_of: date
    value: float
    achievement: AchievementOut | None


class HistoryOut(Model):
    """An indicator's observations over time, with achievement and trend."""

    indicator_id: str
    points: list[TrendPointOut]
    trend: str


class IndicatorScoreOut(Model):
    """An indicator's contribution to its goal."""

    indicator_id: str
    weight: float
    achievement: AchievementOut | None
    points: float


class GoalScoreOut(Model):
    """A goal's weighted score."""

    goal_id: str
    weight: float
    points: float
    score_pct: float
    indicators: list[IndicatorScoreOut]


class YearScoreOut(Model):
    """Weighted score of a year, per goal and overall."""

    year: int
    total_weight: float
    points: float
    normalised_pct: float
    goals: list[GoalScoreOut]
    missing: list[str]


class ObservedValueOut(Model):
    """The observation a measure's status is read from."""

    period: str
    as_of: date
    value: float
    numerator: float | None
    denominator: float | None
    provenance: str


class MeasureStatusOut(Model):
    """A plan measure at its latest year with data: value, target, capped achievement, points."""

    indicator_id: str
    year: int | None
    latest: ObservedValueOut | None
    target: float | None
    weight: float | None
    achievement: AchievementOut | None
    points: float | None
    over_target: bool


class ComputeRunOut(Model):
    """A recorded KPI computation."""

    run_id: int
    trigger: str
    actor: str
    plan_year: int
    month: str
    started_at: datetime
    finished_at: datetime
    outcomes: dict[str, int]


class PlannerStatusOut(Model):
    """What the planner page shows above the charts."""

    measures: list[MeasureStatusOut]
    last_run: ComputeRunOut | None
    interval_s: float


# -- incidents and dispatch ------------------------------------------------------


class AssignmentOut(Model):
    """One agency's assignment, with whether its running deadline has passed."""

    incident_id: str
    agency: str
    state: str
    ack_policy: str
    assigned_at: datetime
    state_since: datetime
    acknowledged_at: datetime | None
    deadline: datetime | None
    escalations: int
    overdue: bool


class IncidentOut(Incident):
    """An incident with its place in words and its assignments."""

    place: str = Field(description="where, in words: the nearby road, else the covering area (zh-TW)")
    place_en: str
    area: str = Field(description="the covering area when `place` is a road, else empty")
    area_en: str
    assignments: list[AssignmentOut]



class TimelineOut(Model):
    """One entry of an incident's timeline."""

    at: datetime
    actor: str
    action: str
    reason: str
    detail: dict[str, object]


class AssignmentMoveOut(Model):
    """One move of an assignment."""

    agency: str
    from_state: str | None
    to_state: str
    at: datetime
    actor: str
    reason: str
    channel: str


class IncidentDetailOut(IncidentOut):
    """An incident with its evidence, timeline, hull and every assignment move."""

    hull: dict[str, object] | None
    evidence: list[MemberRow]
    timeline: list[TimelineOut]
    assignment_moves: list[AssignmentMoveOut]


class IngestCounterOut(Model):
    """Per-source ingest counters (received = stored + duplicate + quarantined)."""

    domain: str
    feed: str
    source_id: str
    received: int
    stored: int
    duplicate: int
    quarantined: int
    late: int


class IngestStatsOut(Model):
    """Ingest totals, whether they balance, and the per-source counters."""

    received: int
    stored: int
    duplicate: int
    quarantined: int
    late: int
    balanced: bool
    sources: list[IngestCounterOut]


class ReplayIn(Model):
    """Which pending quarantined messages to replay."""

    reason: str | None = Field(default=None, max_length=100)
    limit: int = Field(default=1000, ge=1, le=100_000)


class ReplayOut(Model):
    """What a replay did."""

    replayed: int
    stored: int
    duplicate: int
    quarantined_again: int


if TYPE_CHECKING:
    ReportedStateName = str
    ModeName = str
else:
    #: The states an agency reports (never ``assigned``, the ops center's, nor ``cancelled``).
    ReportedStateName = words(s for s in AssignmentState if s not in {AssignmentState.ASSIGNED,
                                                                       AssignmentState.CANCELLED})
    ModeName = words(Mode)


class StatusReportIn(Model):
    """An agency's report on its assignment (the states an agency may set)."""

    state: ReportedStateName
    note: str = Field(default="", max_length=2000)


class StatusReportOut(Model):
    """The report was handed to the ops center (applied when the ops service consumes it)."""

    topic: str
    state: str
    accepted: bool


class ModeIn(Model):
    """Switch 平時 / 戰時 (peacetime / emergency); a reason is required."""

    mode: ModeName
    reason: str = Field(min_length=1, max_length=2000)


class ModeOut(Model):
    """The switch recorded."""

    previous: str
    mode: str


class ProcessHealthOut(Model):
    """One service's freshest heartbeat (``common.health.ProcessHealth``)."""

    service: str
    last_beat: datetime | None
    age_s: float | None
    stale: bool
    required: bool


class HealthOut(Model):
    """``/api/health``: ``down`` names what is down (``database`` or stale required services)."""

    status: Literal["ok", "down"]
    database: Literal["up", "unreachable"]
    down: list[str]
    processes: list[ProcessHealthOut]
    stale_after_s: float
    checked_at: datetime
    error: str | None = None
