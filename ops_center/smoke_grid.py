"""The far-smoke sources by grid cell: where a caller's smoke seen from afar is looked up.

A *smoke source* is an open incident placed by a sensor or an agency (``precise``) that
is a fire or holds a sighting of fire or smoke (:data:`~ops_center.policies.SMOKE_SIGHTINGS`):
what a caller may see the smoke of from kilometres off (:func:`ops_center.fitting.smoke_seen`).
The correlator keeps them in ``_smoke_grid``, cell -> incident id -> incident, beside its
grid of open incidents (``_grid``, cell -> incident id -> piece of area). Each cell of it
holds exactly the entries of the same cell of the grid that are smoke sources, in the
grid's order: a lookup over the cells within sight (3.5 km: some 120 cells, some 80
incidents, few of them fires) passes over the others without touching them, and meets
the sources in the order a scan of the grid does (the first one found kept on equal
distances).

Both marks of a source only grow (an incident becomes precise, its signals grow, its type
stays), so an incident becomes a source once and stays one until it leaves the grid.
Each function takes the :class:`~ops_center.correlate.Correlator` as ``self``:
:func:`note` after an incident's precision or signals changed, :func:`placed` after a
piece of it entered a cell of the grid, :func:`drop` before it leaves the grid.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import TYPE_CHECKING

from ops_center.correlation_state import _CELL, _FIRE, _OPEN, _SIGHTING_VALUES, _Inc

if TYPE_CHECKING:
    from ops_center.correlate import Correlator


def is_source(inc: _Inc) -> bool:
    """Whether ``inc`` is a smoke source (its state aside): placed by a sensor or an agency,
    and a fire or holding a sighting of one."""
    return inc.precise and (inc.type is _FIRE or not inc.signals.isdisjoint(_SIGHTING_VALUES))


def note(self: Correlator, inc: _Inc) -> None:
    """``inc`` may have become a smoke source (it became precise or gained a signal): if it
    did, it enters the cells of its area, each cell rebuilt from the grid's in the grid's
    order (once per incident)."""
    if inc.smoky or not is_source(inc):
        return
    inc.smoky = True
    grid, smoke = self._grid, self._smoke_grid
    for cell in inc.cells:
        smoke[cell] = {inc_id: piece.inc for inc_id, piece in grid[cell].items() if piece.inc.smoky}


def placed(self: Correlator, inc: _Inc, cell: tuple[int, int]) -> None:
    """A piece of ``inc`` entered ``cell`` of the grid, after every entry there: a source
    enters the cell's sources after every source there."""
    if inc.smoky:
        entries = self._smoke_grid.get(cell)
        if entries is None:
            entries = self._smoke_grid[cell] = {}
        entries[inc.incident_id] = inc


def drop(self: Correlator, inc: _Inc) -> None:
    """``inc`` leaves the grid (quiet, merged or closed): it leaves the sources of its cells."""
    if not inc.smoky:
        return
    smoke = self._smoke_grid
    for cell in inc.cells:
        entries = smoke.get(cell)
        if entries is not None:
            entries.pop(inc.incident_id, None)
            if not entries:
                del smoke[cell]


def sources(self: Correlator, x: float, y: float, r: float) -> Iterator[_Inc]:
    """The open smoke sources with a piece of area in the grid cells within ``r`` of (x, y),
    each once, in the order a scan of those cells of the grid meets them."""
    smoke = self._smoke_grid
    seen: set[str] = set()
    gy0, gy1 = math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(gy0, gy1):
            entries = smoke.get((gx, gy))
            if not entries:
                continue
            for inc_id, inc in entries.items():
                if inc_id in seen:
                    continue
                seen.add(inc_id)
                if inc.state is _OPEN:
                    yield inc
