"""Scoring judges only the incidents within the signal's reach (ops_center/fitting.py ``fits``).

``fits`` looks at the grid cells within the signal's largest reach of the item; an incident
whose pieces in those cells all lie beyond that reach cannot explain the item, so its time
and its radius are never judged (the work the scan spends on the far incidents of its cells).
That it decides as a plain scan of every incident does is held by
``test_ops_correlate_plain.py``."""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.correlation_state import _CELL, _Inc
from ops_center.incidents import CapSeverity, Item, ItemKind

T0 = 1_464_850_000.0
#: Near the west edge of a grid cell, so an item 600 m east of it scans the same cell.
X0, Y0 = 300 * _CELL + 20.0, 3800 * _CELL + 350.0


class _Read:
    """An incident as ``fits`` reads it through its grid pieces, recording which of its fields it reads."""

    def __init__(self, inc: _Inc) -> None:
        self.inc = inc
        self.read: set[str] = set()

    def __getattr__(self, name: str) -> object:
        self.read.add(name)
        return getattr(self.inc, name)


def _crash(key: str, x: float, t: float) -> Item:
    return Item(key, ItemKind.EVENT, "police", "incident", "injury_accident", CapSeverity.MODERATE, x, Y0, t, "")


def _read(c: Correlator, probe: Item) -> tuple[set[str], int]:
    """What ``fits`` read of the one incident ``c`` holds when scoring ``probe``, and how many fit."""
    signal, _ = c._signal(probe)
    assert signal is not None
    (inc_id,) = c.incident_ids()
    seen = _Read(c._incidents[inc_id])
    for entries in c._grid.values():
        if inc_id in entries:
            entries[inc_id].inc = seen  # type: ignore[assignment]
    return seen.read, len(c._fits(probe, signal))


def test_an_incident_beyond_the_reach_in_a_scanned_cell_has_its_time_not_judged() -> None:
    c = Correlator()
    c.feed(_crash("k1", X0, T0), T0)
    probe = _crash("k2", X0 + 600.0, T0 + 60.0)
    signal, _ = c._signal(probe)
    assert signal is not None
    assert c._rmax[signal] < 600.0  # beyond the signal's every reach
    assert int(probe.x // _CELL) == int(X0 // _CELL)  # yet in a cell the scan looks at
    read, fitted = _read(c, probe)
    assert fitted == 0
    assert read.isdisjoint({"first_t", "live_t", "arrivals_t", "sited", "signals"})


def test_an_incident_within_the_reach_is_judged_and_fits() -> None:
    c = Correlator()
    c.feed(_crash("k1", X0, T0), T0)
    read, fitted = _read(c, _crash("k2", X0 + 100.0, T0 + 60.0))
    assert fitted == 1
    assert {"type", "first_t", "live_t"} <= read
