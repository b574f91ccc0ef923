"""Messages the scenarios emit, the time map, and injected-fault labels (pure).

A scenario is a generator of :class:`SimMessage` in ``scenario_time`` order.
``scenario_time`` is simulated time; the timestamps *inside* payloads are
observation times given by a :class:`TimeMap`, so that an accelerated live run
stamps observations with current times (ingest rejects timestamps far in the
future)::

    obs = obs_start + (scenario_time - sim_start) / factor

``TimeMap.identity(start)`` keeps observation time equal to simulated time
(used for ``--speed 0`` runs, which start ``duration`` before now and so stay
in the past, and for tests).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from enum import StrEnum

#: Taiwan time (UTC+8, no daylight saving since 1979). Payload timestamps carry
#: this offset, like the TDX and CWA sources (DOMAIN.md §3.2, §7).
TPE = timezone(timedelta(hours=8), "Asia/Taipei")

QOS = 1


class Fault(StrEnum):
    """A deliberately bad or repeated message, and what ingest must make of it.

    Values mirror ingest's quarantine reasons where one applies, so that tests
    can compare the two; ``duplicate`` messages are stored once and counted as
    duplicates.
    """

    DUPLICATE = "duplicate"
    INVALID_JSON = "invalid_json"
    INVALID_UTF8 = "invalid_utf8"
    NAIVE_TIMESTAMP = "naive_timestamp"
    SCHEMA = "schema"
    OUT_OF_RANGE = "out_of_range"
    UNKNOWN_FEED = "unknown_feed"
    UNREGISTERED_SOURCE = "unregistered_source"
    FUTURE_TIMESTAMP = "future_timestamp"

    @property
    def outcome(self) -> str:
        """``duplicate`` or ``quarantined``: where ingest must account for it."""
        return "duplicate" if self is Fault.DUPLICATE else "quarantined"


@dataclass(frozen=True, slots=True)
class SimMessage:
    """One MQTT publication of a scenario.

    ``account`` is the publishing agency account (disaster, traffic, police,
    citizen); ``fault`` marks injected faults (``None`` for good messages,
    including device status).
    """

    scenario_time: datetime
    account: str
    topic: str
    payload: bytes
    qos: int = QOS
    retain: bool = False
    fault: Fault | None = None


@dataclass(frozen=True, slots=True)
class TimeMap:
    """Affine map from simulated time to observation time (see the module docstring)."""

    sim_start: datetime
    obs_start: datetime
    factor: float = 1.0

    def __post_init__(self) -> None:
        if self.factor <= 0:
            raise ValueError("the time factor must be positive")
        if self.sim_start.tzinfo is None or self.obs_start.tzinfo is None:
            raise ValueError("time map instants must be timezone-aware")

    @classmethod
    def identity(cls, start: datetime) -> TimeMap:
        """Observation time equals simulated time."""
        return cls(start, start, 1.0)

    @classmethod
    def live(cls, sim_start: datetime, wall_start: datetime, speed: float) -> TimeMap:
        """Map ``sim_start`` onto ``wall_start``, ``speed`` simulated seconds per real second."""
        return cls(sim_start, wall_start, speed)

    def obs(self, scenario_time: datetime) -> datetime:
        """The observation time of an instant of simulated time."""
        if self.factor == 1.0 and self.sim_start == self.obs_start:
            return scenario_time
        return self.obs_start + (scenario_time - self.sim_start) / self.factor


def iso(t: datetime) -> str:
    """ISO 8601 with milliseconds and the +08:00 offset, e.g. ``2026-11-26T14:07:00.000+08:00``."""
    if t.tzinfo is None:
        raise ValueError("naive datetime")
    return t.astimezone(TPE).isoformat(timespec="milliseconds")


def utc(t: datetime) -> datetime:
    """The same instant in UTC (for stable JSON in recordings and ground truth)."""
    return t.astimezone(UTC)
