"""What the correlator returns: one change record per decision (:data:`Change`).

Pure, frozen values; the service persists them (see :mod:`ops_center.correlate`).
"""

from __future__ import annotations

from dataclasses import dataclass

from ops_center.incidents import (
    IncidentType,
    Item,
    JoinVia,
    MergeRecord,
)


@dataclass(frozen=True, slots=True)
class Opened:
    """A new incident was opened by the item ``item_key``."""

    incident_id: str
    type: IncidentType
    item_key: str


@dataclass(frozen=True, slots=True)
class Joined:
    """``item_key`` became a member of ``incident_id``."""

    incident_id: str
    item_key: str
    via: JoinVia


@dataclass(frozen=True, slots=True)
class Merged:
    """``absorbed`` was merged into ``survivor``; see the :class:`MergeRecord`."""

    record: MergeRecord


@dataclass(frozen=True, slots=True)
class Pending:
    """``item_key`` waits for an incident that explains it (deadline ``until``)."""

    item_key: str
    until: float


@dataclass(frozen=True, slots=True)
class LeftOut:
    """``item_key`` belongs to no incident, for ``reason``."""

    item_key: str
    reason: str


@dataclass(frozen=True, slots=True)
class Duplicate:
    """``item_key`` was offered before; ``incident_id`` holds it (None: pending or left out)."""

    item_key: str
    incident_id: str | None


@dataclass(frozen=True, slots=True)
class Quieted:
    """No more evidence can join ``incident_id`` by position and time (it went quiet; once)."""

    incident_id: str


@dataclass(frozen=True, slots=True)
class Withdrawn:
    """The device of ``incident_id``'s only alarm took it back with ``by`` (its ``normal``,
    its ``restored``; left out as ``taken_back_by_device``): the incident is quiet (a
    :class:`Quieted` comes with it if it was open) and withdrawn, no live job."""

    incident_id: str
    by: Item


Change = Opened | Joined | Merged | Pending | LeftOut | Duplicate | Quieted | Withdrawn
