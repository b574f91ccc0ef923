"""What an ingest "seen" notification does to the wall's sensor states (pure core).

The ingest worker announces, at the commit of every batch, which sources it
has just stored and the newest device status among them (channel
``soc_ingest_seen``; contract in ``docs/mqtt.md``, "Push to the wall", and
``ingest/seen.py`` on the sending side). :mod:`web.wall.push` is the thin shell
that LISTENs; this module turns one payload into sensor-state changes:

    payload ──parse_notice──► SeenNotice ──apply_notice(items, bases, now, factor)──► SensorChanges
                                                 (changed bases, changed SensorItems)

No I/O, no clock: ``now`` is an argument. The drawn state is computed by the
same :func:`drawn_state` that the full poll (:func:`web.wall.topics.load_sensor_states`)
uses, from a :class:`SensorBasis` (what the state is derived from) that the
poll provides and the notifications advance. Notifications are hints, never
the record: a sensor the poll has not yet delivered is left for the next
poll, and the periodic poll overwrites whatever a notification set.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta

from common.vocabulary import StatusReason
from web.errors import WallError
from web.views import sensor_state
from web.wall.hub import SensorItem, SensorState, WallItem

#: Readings older than this many seconds (or the silence factor's expected intervals,
#: if longer) are outside the push path's look-back: they do not make a sensor seen.
MIN_HORIZON_S = 600.0

# datetime cannot hold years past 9999; epoch ms beyond this are refused as malformed.
_MAX_MS = 253_402_300_799_999


@dataclass(frozen=True, slots=True)
class SeenNotice:
    """One notification: newest observation time and newest device status per source."""

    seen: Mapping[str, datetime] = field(default_factory=dict)
    status: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SensorBasis:
    """What a sensor's drawn state is derived from, besides its alerts' severity."""

    expected_interval_s: float | None
    last_seen: datetime | None
    status: str | None
    #: When the device said ``status`` (a pushed status: when the wall heard it).
    status_at: datetime | None = None
    #: The reason its status message gave (common.vocabulary.StatusReason), from the poll: a
    #: notification carries none, so a pushed change of status leaves it unknown until then.
    status_reason: str | None = None


@dataclass(frozen=True, slots=True)
class SensorChanges:
    """The result of a notice: advanced bases, and the items whose drawing changes."""

    bases: Mapping[str, SensorBasis]
    items: Mapping[str, SensorItem]


def parse_notice(payload: str) -> SeenNotice:
    """Parse a ``soc_ingest_seen`` payload; raises :class:`WallError` saying what is wrong.

    Accepted: a JSON object with optional ``seen`` (source → epoch milliseconds, an
    integer) and ``status`` (source → string). Unknown keys are ignored, so the
    sender can add fields without breaking running walls.
    """
    try:
        doc = json.loads(payload)
    except ValueError as exc:
        raise WallError(f"seen notice is not JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise WallError("seen notice is not a JSON object")
    raw_seen = doc.get("seen", {})
    raw_status = doc.get("status", {})
    if not isinstance(raw_seen, dict) or not isinstance(raw_status, dict):
        raise WallError("seen notice: 'seen' and 'status' must be objects")
    seen: dict[str, datetime] = {}
    for sid, ms in raw_seen.items():
        # bool is an int in Python, but true is no timestamp.
        if isinstance(ms, bool) or not isinstance(ms, int) or not 0 <= ms <= _MAX_MS:
            raise WallError(f"seen notice: time of {sid!r} is not epoch milliseconds: {ms!r}")
        seen[sid] = datetime.fromtimestamp(ms / 1000, UTC)
    status: dict[str, str] = {}
    for sid, st in raw_status.items():
        if not isinstance(st, str):
            raise WallError(f"seen notice: status of {sid!r} is not a string: {st!r}")
        status[sid] = st
    return SeenNotice(seen, status)


def horizon(expected_interval_s: float | None, silence_factor: float) -> timedelta:
    """How far back a seen time still makes a sensor seen: older, it would be drawn offline."""
    return timedelta(seconds=max((expected_interval_s or 0.0) * silence_factor, MIN_HORIZON_S))


def drawn_state(basis: SensorBasis, severity: str | None, now: datetime,
                silence_factor: float) -> SensorState:
    """The state a sensor is drawn in; shared by the poll and the push path."""
    # Event-only devices (no expected interval) that never reported are normal, not unknown.
    last_seen = basis.last_seen if basis.expected_interval_s else (basis.last_seen or now)
    # Only what the device really observed supersedes its offline, not that stand-in "now".
    status_at = basis.status_at if basis.last_seen is not None else None
    return sensor_state(status=basis.status, status_at=status_at, last_seen=last_seen,
                        expected_interval_s=basis.expected_interval_s,
                        alert_severity=severity, now=now, silence_factor=silence_factor)


def in_maintenance(basis: SensorBasis, state: SensorState) -> bool:
    """Whether a sensor drawn ``state`` is offline for planned maintenance: offline by its own
    status message, which gave the reason ``maintenance`` and no observation has superseded."""
    return (state is SensorState.OFFLINE and basis.status == "offline"
            and basis.status_reason == StatusReason.MAINTENANCE.value
            and (basis.status_at is None or basis.last_seen is None or basis.last_seen <= basis.status_at))


def advance(basis: SensorBasis, notice: SeenNotice, sensor_id: str, now: datetime,
            silence_factor: float) -> SensorBasis:
    """``basis`` after ``notice``: the later of the two last-seen times, the newer status.

    A seen time older than the poll's look-back is ignored, so that the push path
    never draws what the next poll would not (a late, stored observation does not
    make a silent sensor look recently seen). Returns ``basis`` itself when
    nothing moves.
    """
    return _advance(basis, notice.seen.get(sensor_id), notice.status.get(sensor_id), now,
                    silence_factor, {})


def _advance(basis: SensorBasis, t: datetime | None, status: str | None, now: datetime,  # noqa: PLR0917 - per source at 10,000/s: positional
             silence_factor: float, cutoffs: dict[float | None, datetime]) -> SensorBasis:
    # Runs for every source of every batch (10,000 a second at full load): no
    # dataclasses.replace, one look-back cutoff per expected interval, no new object
    # when nothing moves.
    last_seen = basis.last_seen
    if t is not None and (last_seen is None or t > last_seen):
        interval = basis.expected_interval_s
        cutoff = cutoffs.get(interval)
        if cutoff is None:
            cutoff = cutoffs[interval] = now - horizon(interval, silence_factor)
        if t > cutoff:
            last_seen = t
    status_at = basis.status_at
    reason = basis.status_reason
    if status is None:
        status = basis.status
    elif status != basis.status:
        status_at = now  # said just now: a reading observed after it supersedes an offline
        reason = None  # not in the notification: the next poll reads it
    if last_seen is basis.last_seen and status == basis.status:
        return basis
    return SensorBasis(basis.expected_interval_s, last_seen, status, status_at, reason)


def apply_notice(
    notice: SeenNotice,
    items: Mapping[str, WallItem],
    bases: Mapping[str, SensorBasis],
    now: datetime,
    silence_factor: float,
) -> SensorChanges:
    """The sensor changes ``notice`` causes, given the hub's items and their bases.

    Sources without both a :class:`SensorItem` in ``items`` and a basis are not
    yet known to the wall (registered since the last poll, or not sensors at all):
    they are skipped and the next full poll brings them. The alert severity is
    the item's own; only the poll changes it. ``items`` in the result are in key
    order, so the same notice always yields the same deltas.
    """
    new_bases: dict[str, SensorBasis] = {}
    new_items: dict[str, SensorItem] = {}
    cutoffs: dict[float | None, datetime] = {}
    seen, status = notice.seen, notice.status
    for sid in seen.keys() | status.keys() if status else seen:
        item = items.get(sid)
        basis = bases.get(sid)
        if basis is None or not isinstance(item, SensorItem):
            continue
        moved = _advance(basis, seen.get(sid), status.get(sid), now, silence_factor, cutoffs)
        if moved is basis:
            continue
        new_bases[sid] = moved
        state = drawn_state(moved, item.severity, now, silence_factor)
        maintenance = in_maintenance(moved, state)
        if state is not item.state or maintenance != item.maintenance:
            new_items[sid] = replace(item, state=state, maintenance=maintenance)
    return SensorChanges(new_bases, {k: new_items[k] for k in sorted(new_items)})


def fold(
    notices: Iterable[SeenNotice],
    items: Mapping[str, WallItem],
    bases: Mapping[str, SensorBasis],
    now: datetime,
    silence_factor: float,
) -> tuple[dict[str, WallItem], dict[str, SensorBasis]]:
    """A poll's result with the notices that arrived while it was being read applied on top.

    The poll's snapshot may predate those commits; replaying the notices (idempotent:
    last-seen only moves forward) keeps the poll from undoing what the push path drew.
    """
    out_items = dict(items)
    out_bases = dict(bases)
    for notice in notices:
        changes = apply_notice(notice, out_items, out_bases, now, silence_factor)
        out_bases.update(changes.bases)
        out_items.update(changes.items)
    return out_items, out_bases
