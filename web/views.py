"""Pure derivations shown by the pages: a sensor's state, an assignment's countdown.

No I/O and no clock: ``now`` is an argument.
"""

from __future__ import annotations

import dataclasses
import functools
from datetime import datetime
from typing import Any

from alerts import api as alerts_api
from web.wall.hub import SensorState

_SEVERITY_RANK = {s.value: s.rank for s in alerts_api.Severity}


def fields_of(row: Any, of: type | None = None) -> dict[str, Any]:
    """A dataclass row's fields by name (those of the dataclass ``of``, default the row's own),
    to build a view that extends a package's read model: ``View(**fields_of(row, Base), ...)``."""
    return {name: getattr(row, name) for name in _field_names(of or type(row))}


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def sensor_state(
    *,
    status: str | None,
    last_seen: datetime | None,
    expected_interval_s: float | None,
    alert_severity: str | None,
    now: datetime,
    silence_factor: float,
    status_at: datetime | None = None,
) -> SensorState:
    """How to draw a sensor: offline beats alert beats normal; never seen is unknown.

    ``status`` is the device's own last-will report (``online``/``offline``), made at
    ``status_at``: an ``offline`` is superseded by a reading or event observed after it
    (fresh data from the device are evidence it is online: a buffering gateway that said
    its mains were lost while its readings flow), and holds when its time is not known;
    ``alert_severity`` the highest severity of its open alerts, if any;
    ``silence_factor`` the configured rules' (``RuleSet.silence_factor``): silent
    for more than that many expected intervals is offline.
    """
    if status == "offline" and (status_at is None or last_seen is None or last_seen <= status_at):
        return SensorState.OFFLINE
    if (
        expected_interval_s
        and last_seen is not None
        and (now - last_seen).total_seconds() > silence_factor * expected_interval_s
    ):
        return SensorState.OFFLINE
    if alert_severity is not None:
        return SensorState.ALERT
    if last_seen is None and status != "online":
        return SensorState.UNKNOWN
    return SensorState.NORMAL


def max_severity(severities: list[str]) -> str | None:
    """The highest CAP severity among ``severities`` (unknown words rank lowest)."""
    if not severities:
        return None
    return max(severities, key=lambda s: _SEVERITY_RANK.get(s, -1))


def latest(*times: datetime | None) -> datetime | None:
    """The latest of the given times, ignoring ``None``."""
    known = [t for t in times if t is not None]
    return max(known) if known else None
