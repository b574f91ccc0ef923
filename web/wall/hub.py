"""The wall's live state: a snapshot plus typed, numbered deltas (pure core).

No I/O, no clock, no asyncio: :mod:`web.wall.broadcast` is the asyncio shell that
fans frames out to websocket clients, and :mod:`web.wall.feed` reads the database
and hands the hub the current state of each topic.

The state is a set of *topics* (sensors, alerts, incidents, KPI tiles, ingest
health, mode, the replay log's hold, ...), each a mapping ``key -> item`` of frozen dataclasses. Changes
enter in two ways:

* :meth:`WallHub.replace` takes the complete current content of a topic and
  emits the difference as deltas. Because the feed diffs *states* rather than
  reading a change log, a row that committed late (see the shared contract on
  watermarks) is picked up by the next poll in which it is visible; nothing is
  missed and nothing is emitted twice.
* :meth:`WallHub.upsert` / :meth:`WallHub.remove` for single changes.

Every delta gets the next sequence number. A bounded ring buffer keeps the
latest deltas so that a client that reconnects with ``(epoch, last_seq)`` gets
exactly what it missed, or a fresh snapshot when the gap is no longer in the
ring or the epoch (one per server start) differs::

    client (epoch, last_seq)
      ├── epoch differs or last_seq > seq ─────────────► Snapshot
      ├── last_seq == seq ─────────────────────────────► Resume(deltas=())
      ├── last_seq + 1 >= oldest seq kept in the ring ─► Resume(deltas missed)
      └── otherwise (too old) ─────────────────────────► Snapshot
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import islice

from ingest.api import Camera, IngestHealth, SensorPlace
from kpi.api import Tile
from ops_center.api import OpenWork
from web.errors import WallError


class Topic(StrEnum):
    """The collections a wall shows; a delta names one of them."""

    SENSOR = "sensor"
    ALERT = "alert"
    INCIDENT = "incident"
    KPI = "kpi"
    INGEST = "ingest"
    MODE = "mode"
    HEALTH = "health"
    TREND = "trend"
    CAMERA = "camera"
    LOG_HOLD = "log_hold"
    OPEN_WORK = "open_work"


class Op(StrEnum):
    """What a delta does to its item."""

    UPSERT = "upsert"
    REMOVE = "remove"


class SensorState(StrEnum):
    """How a sensor is drawn on the wall map."""

    NORMAL = "normal"
    ALERT = "alert"
    OFFLINE = "offline"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class SensorItem(SensorPlace):
    """A sensor on the map (ingest's :class:`~ingest.api.SensorPlace`), coloured by ``state``."""

    state: SensorState
    severity: str | None = None
    #: Offline for planned maintenance (its status message's reason): drawn in its own colour.
    maintenance: bool = False


@dataclass(frozen=True, slots=True)
class AlertItem:
    """An open alert in the ticker."""

    alert_id: int
    rule_id: str
    source_id: str
    state: str
    severity: str
    category: str
    agency: str
    title: str
    lon: float | None
    lat: float | None
    raised_at: str
    label: str = ""
    #: ``label`` in words (:func:`web.wording.label_words`), "" when it is a code.
    label_zh: str = ""
    label_en: str = ""
    what: str = ""
    what_en: str = ""
    source_name: str = ""
    source_name_en: str = ""
    place: str = ""
    place_en: str = ""
    #: The condition still holds (not cleared): resolving it by hand sets it aside.
    active: bool = True
    #: Why the condition stopped holding (an :class:`alerts.lifecycle.ClearCause` value:
    #: values expired, sensor silent, ...), "" while it holds.
    clear_cause: str = ""
    #: Until when a shelved alert is set aside (ISO 8601), "" when it is not shelved.
    shelved_until: str = ""
    #: How many times it escalated unacknowledged (``escalated``; 0 before).
    escalation_level: int = 0


@dataclass(frozen=True, slots=True)
class AssignmentItem:
    """One agency's part of an incident, with its deadline (ISO 8601) for the countdown.

    ``escalations``: how many times its deadline has been escalated (0: not yet).
    """

    agency: str
    state: str
    deadline: str | None
    acknowledged: bool
    overdue: bool
    escalations: int = 0


@dataclass(frozen=True, slots=True)
class IncidentItem:
    """An open incident on the map and the dispatch board."""

    incident_id: str
    kind: str
    title: str
    severity: str
    state: str
    lon: float | None
    lat: float | None
    sub_area: str | None
    opened_at: str
    assignments: tuple[AssignmentItem, ...]
    overdue: bool
    number: int | None = None
    place: str = ""
    place_en: str = ""
    area: str = ""
    area_en: str = ""
    #: ``place`` says how far and which way it lies from its nearest road (``geo.api.Place.far``):
    #: the wall's edge caption then adds no distance of its own.
    place_far: bool = False
    #: Its only alarm was taken back by its own device: shown as withdrawn, not as a live job
    #: (greyed, after the live ones unless overdue, the work its withdrawal kept with no
    #: deadline), with why (zh-TW, English).
    withdrawn: bool = False
    withdrawn_reason: str = ""
    withdrawn_reason_en: str = ""
    #: A planned event nobody works yet (its permit alone): labelled so, with how many
    #: reports it explains, held aside (``held``), not as a job to dispatch.
    planned: bool = False
    held: int = 0
    #: An open live job no agency is sent to (the ops center's ``awaiting_dispatch``): labelled
    #: awaiting dispatch (待派工), so nobody reads it as work in progress.
    awaiting_dispatch: bool = False


#: Every open incident and its open assignments counted per agency (the ops center's read
#: model, :func:`ops_center.api.open_work`, sent as it is, one item keyed ``all``): the
#: board's "+N more" and the agencies panel count over all of them, not only the incidents
#: the feed carries (:data:`web.wall.topics.INCIDENTS_MOST`).
OpenWorkItem = OpenWork


#: A KPI tile: actual against target in the year it names, the kpi package's read
#: model (:func:`kpi.api.tiles`) sent as it is.
KpiItem = Tile


@dataclass(frozen=True, slots=True)
class IngestItem(IngestHealth):
    """Ingest health (ingest's :class:`~ingest.api.IngestHealth`: rates, quarantine, messages
    the broker dropped), sensors offline, failed webhook deliveries.

    ``broker_dropped``: Mosquitto's ``$SYS/broker/publish/messages/dropped`` as
    the ingest worker last reported it (since the broker started). Messages
    dropped at the broker's queue limits never reach ingest, so its counters
    cannot show them (docs/mqtt.md, "Broker queue sizing").
    """

    sensors_offline: int
    sensors_total: int
    #: webhook notifications that failed for good, and the newest one's answer and agency
    webhooks_failed: int = 0
    webhook_last_failure: str = ""
    webhook_last_agency: str = ""


@dataclass(frozen=True, slots=True)
class TrendItem:
    """A rain gauge's or water-level station's recent course, for a sparkline.

    ``spark``: one value per hour of the last ``len(spark)`` hours, oldest first
    (the hour's highest ``metric`` reading; ``None`` for an hour without one).
    ``latest`` / ``latest_at``: the newest reading of ``metric``; ``total_24h``:
    a rain gauge's newest 24-hour accumulation (``rain_24h``), else ``None``.
    """

    sensor_id: str
    kind: str
    name: str
    name_en: str
    metric: str
    latest: float | None
    latest_at: str | None
    spark: tuple[float | None, ...]
    total_24h: float | None = None


@dataclass(frozen=True, slots=True)
class ModeItem:
    """Peacetime (平時) or emergency (戰時) operation, and the switch that set it (ISO time,
    account and reason; ``None`` while the mode is the setting's)."""

    mode: str
    since: str | None = None
    by: str | None = None
    reason: str | None = None


@dataclass(frozen=True, slots=True)
class HealthItem:
    """One part of the center the wall depends on: the database or a required process.

    ``up`` is False for a process whose heartbeat is stale or missing and for a
    database the feed cannot read. ``last_ok`` (ISO 8601) is set only while the
    part is down: when the process went down (its last beat, or when it lost the broker
    if it beats on cut off from it: ``common.health.ProcessHealth.down_since``; ``None``
    if it never beat), or the last successful read of the database; the wall shows how long it has been down
    and how old its data are. While up it is ``None``, so a healthy center sends
    no health deltas at all. ``waiting``: a process that is not up because it waits on the
    database (``common.health.ProcessState.WAITING``: the database is away, or back and the
    process has not beaten since); ``last_ok`` is then when the database went away.
    ``warning``: no outage but a warning, shown apart from what is down: the ``supervisor``
    part while supervision has stopped (``common.health.supervision_stopped``), ``last_ok``
    its last beat; the ``writes_refused`` part while ``table`` refuses writes and the others
    take theirs (``common.health.read_refusals``), ``last_ok`` since when.
    """

    part: str
    up: bool
    last_ok: str | None = None
    waiting: bool = False
    warning: bool = False
    table: str | None = None


@dataclass(frozen=True, slots=True)
class LogHoldItem:
    """The incident holding the ops center's replay-log prune back past its window
    (``ops_center.api.LogHold``), as the wall says it: by its short ``number`` and type
    (``kind``), its ``state``, and how long ago its first evidence came in whole minutes
    (``age_min``, so the item changes at most once a minute).

    No failure: the log grows until a coordinator closes the incident, so the wall says
    it quietly; ``late`` once the incident has held the log past its window for longer
    than a retention (the wall's warning colour).
    """

    number: int | None
    kind: str
    state: str
    age_min: int
    late: bool


@dataclass(frozen=True, slots=True)
class CameraItem(Camera):
    """A camera (ingest's :class:`~ingest.api.Camera`) and its latest analytics event
    within a day, for the camera panel.

    ``event``: the ``cctv`` feed's category code (``common.vocabulary``; the page
    shows it in words), ``None`` when the camera reported nothing within a day.
    The camera feed carries no image (docs/mqtt.md, ``cctv``), so the wall shows the
    event and says that no image is available; it never draws one.
    """

    event: str | None
    event_at: str | None
    confidence: float | None = None


WallItem = (SensorItem | AlertItem | IncidentItem | KpiItem | IngestItem | ModeItem | HealthItem | TrendItem
            | CameraItem | LogHoldItem | OpenWorkItem)


@dataclass(frozen=True, slots=True)
class Delta:
    """One numbered change: ``item`` is set for upserts and ``None`` for removals."""

    seq: int
    topic: Topic
    op: Op
    key: str
    item: WallItem | None


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The whole state as of ``seq``; items per topic sorted by key."""

    epoch: str
    seq: int
    topics: Mapping[Topic, tuple[tuple[str, WallItem], ...]]


@dataclass(frozen=True, slots=True)
class Resume:
    """The deltas a reconnecting client missed (possibly none)."""

    epoch: str
    deltas: tuple[Delta, ...]


@dataclass(slots=True)
class WallHub:
    """The wall's state and recent history.

    ``epoch`` names this hub's lifetime (a new one per server start, chosen by
    the caller); ``ring_size`` bounds how many deltas are kept for resuming.
    """

    epoch: str
    ring_size: int = 10_000
    seq: int = 0
    _state: dict[Topic, dict[str, WallItem]] = field(default_factory=dict)
    _ring: deque[Delta] = field(init=False)

    def __post_init__(self) -> None:
        if self.ring_size < 1:
            raise WallError(f"ring_size must be positive, got {self.ring_size}")
        self._ring = deque(maxlen=self.ring_size)
        for topic in Topic:
            self._state.setdefault(topic, {})

    # -- changes ---------------------------------------------------------
    def upsert(self, topic: Topic, key: str, item: WallItem) -> Delta | None:
        """Set one item; returns the delta, or ``None`` if the item did not change."""
        current = self._state[topic]
        if current.get(key) == item:
            return None
        current[key] = item
        return self._record(topic, Op.UPSERT, key, item)

    def remove(self, topic: Topic, key: str) -> Delta | None:
        """Remove one item; returns the delta, or ``None`` if it was not there."""
        if self._state[topic].pop(key, None) is None:
            return None
        return self._record(topic, Op.REMOVE, key, None)

    def replace(self, topic: Topic, items: Mapping[str, WallItem]) -> list[Delta]:
        """Make ``topic`` hold exactly ``items``; returns the deltas in key order.

        Removals come first, then upserts, each sorted by key, so the same
        change of state always yields the same deltas.
        """
        current = self._state[topic]
        deltas: list[Delta] = []
        for key in sorted(current.keys() - items.keys()):
            delta = self.remove(topic, key)
            if delta is not None:
                deltas.append(delta)
        for key in sorted(items):
            delta = self.upsert(topic, key, items[key])
            if delta is not None:
                deltas.append(delta)
        return deltas

    def _record(self, topic: Topic, op: Op, key: str, item: WallItem | None) -> Delta:
        self.seq += 1
        delta = Delta(self.seq, topic, op, key, item)
        self._ring.append(delta)
        return delta

    # -- reading ---------------------------------------------------------
    def items(self, topic: Topic) -> Mapping[str, WallItem]:
        """The current items of ``topic`` (read-only view)."""
        return dict(self._state[topic])

    def snapshot(self) -> Snapshot:
        """The whole state as of the current sequence number."""
        return Snapshot(
            self.epoch,
            self.seq,
            {t: tuple(sorted(self._state[t].items())) for t in Topic},
        )

    def resume(self, epoch: str | None, last_seq: int | None) -> Resume | Snapshot:
        """What a client that has seen everything up to ``last_seq`` needs next.

        ``None`` for either argument (a first connection) means a snapshot.
        """
        if epoch != self.epoch or last_seq is None or last_seq < 0 or last_seq > self.seq:
            return self.snapshot()
        if last_seq == self.seq:
            return Resume(self.epoch, ())
        if not self._ring or self._ring[0].seq > last_seq + 1:
            return self.snapshot()
        start = last_seq + 1 - self._ring[0].seq
        return Resume(self.epoch, tuple(islice(self._ring, start, None)))


def apply(
    state: dict[Topic, dict[str, WallItem]], deltas: Iterable[Delta]
) -> dict[Topic, dict[str, WallItem]]:
    """Apply deltas to a client-side copy of the state (used by tests and the benchmark)."""
    for delta in deltas:
        topic = state.setdefault(delta.topic, {})
        if delta.op is Op.REMOVE:
            topic.pop(delta.key, None)
        elif delta.item is not None:
            topic[delta.key] = delta.item
    return state
