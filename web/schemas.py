r"""The HTTP API's bodies and responses.

A response that shows a package's entity is that package's read model (a frozen
dataclass or pydantic model from its ``api`` module), named here and answered
as it is: an alert and its transitions, an incident, its assignments, evidence
and timeline, a sensor, a reading, a dead letter, ingest counters, KPI
definitions, observations, scores and runs, a service's health. The owner marks
what stays internal (``Field(exclude=True)``) and derives what the API shows
from it (``computed_field``), so a new column is declared once, in its package.
Where the API adds to a read model (a sensor's drawn state, a planner page's
interval) the response subclasses it and declares only the addition
(``tests/unit/web/test_one_declaration.py`` checks that no response restates a
read model's fields). Bodies and the API's own answers (tokens, health totals)
are :class:`Model`\ s, validated on the way in and documented in the OpenAPI schema.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Literal, TypeAlias

from fastapi import Path
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StrictInt

from alerts.api import AlertRow, CapLogRow, TransitionRow
from common.health import ProcessHealth, ServiceRestart, TableRefusal
from common.text import visible
from common.vocabulary import Agency, words
from ingest import api as ingest
from ingest.api import TrendPoint
from kpi import api as kpi
from ops_center.api import (
    AssignmentState,
    AssignmentStatus,
    AssignmentTransitionRow,
    HeldRow,
    HistoryRow,
    Incident,
    LogHold,
    MemberRow,
    Mode,
    StorableText,
)
from web.security import USER_NAME_PATTERN, Role
from web.wall.hub import SensorState

#: A dispatch agency's name in the API: the one declaration, :class:`common.vocabulary.Agency`.
AgencyName = Agency


def _readable(text: str) -> str:
    """Refuse a text nobody can read: only blanks, zero-width or other invisible characters
    (Unicode separators, format and control characters: U+200B, U+2060, U+FEFF, a no-break
    space). A required reason goes to the timeline, the audit log and the agencies' CAP note."""
    if not visible(text):
        raise ValueError("the text has no visible character")
    return text


#: A text a person must write (a closing reason, a note, a mode switch's reason): storable and
#: with at least one visible character.
ReadableText = Annotated[StorableText, AfterValidator(_readable)]

#: A bigint key in a path (PostgreSQL ``bigint``: anything larger cannot exist, so 422).
DbId = Annotated[int, Path(ge=0, le=2**63 - 1)]
#: The longest text id a path may carry (incidents, sensors, areas, CAP identifiers, users,
#: indicators, map layers, schemas): far over any real one, so a longer one is refused
#: before it reaches a lookup.
MAX_PATH_KEY_CHARS = 200
PathKey = Annotated[str, Path(min_length=1, max_length=MAX_PATH_KEY_CHARS)]


#: The instants the API takes. Python's ``datetime`` ends at year 9999 while PostgreSQL
#: stores far later ones, and the routes step a day or a month from a given time: a
#: bound well inside both keeps every such step, and every row written from an input,
#: readable (a row past year 9999 would fail every later read of its table).
EARLIEST_INSTANT = datetime(1900, 1, 1, tzinfo=UTC)
LATEST_INSTANT = datetime(9000, 1, 1, tzinfo=UTC)


def _within_instant_range(value: datetime) -> datetime:
    """Refuse a time without a UTC offset (a bare date, ``2026-12-07T13:10:00``: in Taipei
    most likely local, and read as UTC it would be eight hours off; the wire refuses it too,
    ``naive_timestamp``), or outside [EARLIEST_INSTANT, LATEST_INSTANT) in UTC."""
    if value.tzinfo is None:
        raise ValueError("needs a UTC offset (e.g. 2016-06-02T07:00:00+08:00)")
    try:
        utc = value.astimezone(UTC)
    except OverflowError as exc:  # 0001-01-01T00:00+14:00 has no UTC datetime
        raise ValueError(f"must lie between {EARLIEST_INSTANT.year} and {LATEST_INSTANT.year}") from exc
    if not EARLIEST_INSTANT <= utc < LATEST_INSTANT:
        raise ValueError(f"must lie between {EARLIEST_INSTANT.year} and {LATEST_INSTANT.year}")
    return value


#: A time in a query or a body: any ISO 8601 instant with its UTC offset between 1900 and 9000
#: (UTC), else 422.
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
    display_name: StorableText = Field(default="", max_length=200)
    password: StorableText | None = Field(default=None, min_length=8, max_length=200)


class UserChangeIn(Model):
    """An admin's change of an account: only the fields given change (``agency: null``
    takes an agency away)."""

    active: bool | None = None
    role: Role | None = None
    agency: AgencyName | None = None
    display_name: StorableText | None = Field(default=None, max_length=200)
    password: StorableText | None = Field(default=None, min_length=8, max_length=200)
    reason: StorableText = Field(default="", max_length=500, description="why, for the audit log")


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


@dataclasses.dataclass(frozen=True, slots=True)
class SensorOut(ingest.SensorRow):
    """A registered sensor with its latest state (its registry metadata: the detail only)."""

    metadata: Annotated[dict[str, object], Field(exclude=True)]
    state: SensorState


LatestReadingOut: TypeAlias = ingest.LatestReading


@dataclasses.dataclass(frozen=True, slots=True)
class SensorDetailOut(SensorOut):
    """A sensor with its registry metadata and latest value of each metric."""

    metadata: dict[str, object]
    latest: list[LatestReadingOut]
    metrics: list[str]


BucketOut: TypeAlias = ingest.Bucket


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


#: A dead letter: its bytes as size, UTF-8 text when they are, and base64.
QuarantineOut: TypeAlias = ingest.QuarantineRow


class ReasonIn(Model):
    """A change made by a person, with an optional reason for the audit log."""

    reason: StorableText = Field(default="", max_length=2000)


class RequiredReasonIn(Model):
    """A change the audit log must explain (resolving an alert by hand): a reason is required."""

    reason: ReadableText = Field(min_length=1, max_length=2000, pattern=r"\S")


#: An alert and one move in its history: the alerts package's read models, as they are.
AlertOut: TypeAlias = AlertRow
TransitionOut: TypeAlias = TransitionRow


#: A CAP 1.2 message exported earlier (fetch its XML at ``/api/cap/{identifier}``).
CapLogOut: TypeAlias = CapLogRow


class AlertDetailOut(AlertRow):
    """An alert with its history and the CAP messages exported for it."""

    model_config = ConfigDict(frozen=True, from_attributes=True, extra="forbid")

    transitions: list[TransitionOut]
    cap_messages: list[CapLogOut]


#: The longest shelving, by ``minutes`` or by ``until``: 7 days.
MAX_SHELVE_MINUTES = 7 * 24 * 60


class ShelveIn(Model):
    """Shelve an alert until a time (it comes back by itself then); a reason is required."""

    reason: ReadableText = Field(min_length=1, max_length=2000, pattern=r"\S")
    until: Instant | None = None
    # Strict, as every number of the wire (docs/mqtt.md): ``true`` is no minute count, ``"30"`` no number.
    minutes: StrictInt | None = Field(default=None, ge=1, le=MAX_SHELVE_MINUTES)


# -- KPIs ------------------------------------------------------------------------


YearSpecOut: TypeAlias = kpi.YearSpec
IndicatorOut: TypeAlias = kpi.Indicator
GoalOut: TypeAlias = kpi.Goal
DefinitionsOut: TypeAlias = kpi.Definitions
ObservationOut: TypeAlias = kpi.Observation


def _entered_text(value: object) -> object:
    """A form field as the text the KPI package checks, whatever its JSON type: a number as
    written (a whole number exactly, however long; ``2016`` is the period ``"2016"``),
    ``true``/``false``, an array or object as JSON. A value of the wrong type is then
    refused by the package like a bad cell of a CSV row: its field, column and both
    languages' messages."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        try:
            return str(value)
        except ValueError:  # beyond Python's digit limit for int -> str
            return "(a whole number too long to write)"
    if isinstance(value, float):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


#: A KPI form field checked by the KPI package (any JSON value, as text).
EnteredText = Annotated[str, BeforeValidator(_entered_text)]


class ObservationIn(Model):
    """An entered observation; fields as in a CSV row (``as_of`` may be left out there too),
    every one checked by the KPI package (``kpi.errors.EntryRejectedError``), so that any
    refused entry, a missing field or one of the wrong type included, is answered alike."""

    indicator_id: EnteredText | None = None
    period: EnteredText | None = None
    as_of: EnteredText | None = None
    value: EnteredText | None = None
    unit: EnteredText | None = None
    numerator: EnteredText | None = None
    denominator: EnteredText | None = None
    source_note: EnteredText | None = None


class CreatedOut(Model):
    """The id of what was created."""

    id: int


#: A CSV import that succeeded (a refused one is a 422 problem listing every error).
ImportOut: TypeAlias = kpi.ImportOutcome
AchievementOut: TypeAlias = kpi.Achievement
TrendPointOut: TypeAlias = kpi.TrendPoint
HistoryOut: TypeAlias = kpi.History
IndicatorScoreOut: TypeAlias = kpi.IndicatorScore
GoalScoreOut: TypeAlias = kpi.GoalScore
YearScoreOut: TypeAlias = kpi.YearScore
ObservedValueOut: TypeAlias = kpi.ObservedValue
MeasureStatusOut: TypeAlias = kpi.MeasureStatus
ComputeRunOut: TypeAlias = kpi.ComputeRun


@dataclasses.dataclass(frozen=True, slots=True)
class PlannerStatusOut(kpi.PlannerStatus):
    """What the planner page shows above the charts, and how often the KPIs are recomputed."""

    interval_s: float


# -- incidents and dispatch ------------------------------------------------------


#: One agency's assignment, with whether its running deadline has passed.
AssignmentOut: TypeAlias = AssignmentStatus


class IncidentOut(Incident):
    """An incident with its place in words and its assignments."""

    place: str = Field(description="where, in words: the nearby road, else the covering area (zh-TW)")
    place_en: str
    area: str = Field(description="the covering area when `place` is a road, else empty")
    area_en: str
    assignments: list[AssignmentOut]



TimelineOut: TypeAlias = HistoryRow
AssignmentMoveOut: TypeAlias = AssignmentTransitionRow


class IncidentDetailOut(IncidentOut):
    """An incident with its evidence, timeline, hull and every assignment move."""

    hull: dict[str, object] | None
    evidence: list[MemberRow]
    held_evidence: list[HeldRow] = Field(
        description="while planned: the reports it explains, held aside (its `held`), oldest first; "
                    "empty once it is a job (they are then in `evidence`)")
    timeline: list[TimelineOut]
    assignment_moves: list[AssignmentMoveOut]


#: Per-source ingest counters (received = stored + duplicate + quarantined).
IngestCounterOut: TypeAlias = ingest.CounterRow
IngestStatsOut: TypeAlias = ingest.IngestStats


if TYPE_CHECKING:
    QuarantineReasonName = str
else:
    QuarantineReasonName = words(ingest.QuarantineReason)


class ReplayIn(Model):
    """Which pending quarantined messages to replay."""

    # One of ingest's reasons (docs/mqtt.md, "Quarantine"): an unknown one (a typo) is refused,
    # not a replay of nothing.
    reason: QuarantineReasonName | None = None
    limit: StrictInt = Field(default=1000, ge=1, le=100_000)  # strict: ``true`` is not 1


#: What a replay did.
ReplayOut: TypeAlias = ingest.ReplayResult


if TYPE_CHECKING:
    ReportedStateName = str
    ModeName = str
else:
    #: The states an agency reports (never ``assigned``, the ops center's, nor ``cancelled``).
    ReportedStateName = words(s for s in AssignmentState if s not in {AssignmentState.ASSIGNED,
                                                                       AssignmentState.CANCELLED})
    ModeName = words(Mode)


class StatusReportIn(Model):
    """An agency's report on its assignment (the states an agency may set); the note is
    held to the rule of the MQTT payload the route builds from it, so what passes here
    is published, never a 500."""

    state: ReportedStateName
    note: StorableText = Field(default="", max_length=2000)


class StatusReportOut(Model):
    """The report was handed to the ops center (applied when the ops service consumes it)."""

    topic: str
    state: str
    accepted: bool


class ModeIn(Model):
    """Switch 平時 / 戰時 (peacetime / emergency); a reason is required."""

    mode: ModeName
    reason: ReadableText = Field(min_length=1, max_length=2000, pattern=r"\S")


class ModeOut(Model):
    """The switch recorded."""

    previous: str
    mode: str


class ModeNowOut(Model):
    """The mode in force and the switch that set it (``since``, ``by`` and ``reason`` are
    ``None`` while the mode is the setting's)."""

    mode: str
    since: datetime | None = None
    by: str | None = None
    reason: str | None = None


ProcessHealthOut: TypeAlias = ProcessHealth
TableRefusalOut: TypeAlias = TableRefusal
ServiceRestartOut: TypeAlias = ServiceRestart
LogHoldOut: TypeAlias = LogHold


class HealthOut(Model):
    """``/api/health``: ``down`` names what is down (``database`` or stale required services);
    ``waiting`` the required services waiting on the database (it is away, or back and they
    have not beaten since, within the staleness limit);
    ``replay_log_hold`` the incident holding the ops center's replay-log prune back past its
    window (None while none does; not a failure, but the log grows until it is released);
    ``warnings`` what is wrong without the center being down: ``supervisor`` while
    supervision has stopped (``common.health.supervision_stopped``: its children run on, but
    none that dies or hangs is restarted), ``writes_refused`` while a table refuses a process's
    writes and the others take theirs, each named in ``refused`` with since when
    (``common.health.read_refusals``: ingest spools the messages for it meanwhile);
    ``restarted`` the local services a live supervisor found stopped and started again
    (``soc demo`` keeps up the database and the broker it started), how often, when last."""

    status: Literal["ok", "down"]
    database: Literal["up", "unreachable"]
    down: list[str]
    processes: list[ProcessHealthOut]
    stale_after_s: float
    waiting: list[str] = []
    checked_at: datetime
    error: str | None = None
    replay_log_hold: LogHoldOut | None = None
    warnings: list[str] = []
    refused: list[TableRefusalOut] = []
    restarted: list[ServiceRestartOut] = []
