"""The far-smoke sources by cell (ops_center/smoke_grid.py) answer as a scan of the grid does.

Random streams of fires, sightings, crashes and floods over 8 km x 8 km (Hypothesis): after
every item, each cell's sources are the cell's grid entries that are sources, in the grid's
order, and the lookup within sight of the item (and of another point) meets the same
incidents in the same order as a plain scan of the grid's cells."""

from __future__ import annotations

import math
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from ops_center.correlate import Correlator
from ops_center.correlation_state import _CELL, _FIRE, _OPEN, _SIGHTING_VALUES, _Inc
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind
from ops_center.policies import PATROL_SITE_M, SMOKE_SEEN_M

T0 = 1_464_850_000.0
X0, Y0 = 2e5, 2.67e6
KINDS = [
    ("disaster", "fire_alarm", "alarm"),
    ("police", "incident", "fire_report"),
    ("citizen", "1999", "fire_smoke"),
    ("citizen", "1999", "fire_smoke"),
    ("police", "cctv", "smoke"),
    ("fire", "119", "fire"),
    ("police", "incident", "accident"),
    ("police", "cctv", "stalled_vehicle"),
    ("citizen", "1999", "drainage_flooding"),
    ("disaster", "rule", "flood_depth"),
    ("traffic", "rule", "congestion"),
]


@st.composite
def streams(draw: st.DrawFn) -> tuple[list[tuple[Item, float]], list[tuple[float, float]]]:
    """Items over 8 km x 8 km and 3 h in arrival order, clustered on a few scenes (so fires
    grow, gain sightings and merge), and a point to look from beside each."""
    scenes = draw(st.lists(st.tuples(st.floats(0, 8000), st.floats(0, 8000)), min_size=1, max_size=6))
    n = draw(st.integers(1, 50))
    out: list[tuple[Item, float]] = []
    points: list[tuple[float, float]] = []
    for i in range(n):
        agency, feed, cat = draw(st.sampled_from(KINDS))
        sx, sy = draw(st.sampled_from(scenes))
        x = sx + draw(st.floats(-1500, 1500))
        y = sy + draw(st.floats(-1500, 1500))
        t = draw(st.floats(0, 10_800))
        delay = draw(st.sampled_from([0.0, 0.0, 60.0, 900.0]))
        kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
        src = draw(st.sampled_from(["", "", "dev-1", "dev-2"]))
        item = Item(f"k{i}", kind, agency, feed, cat, CapSeverity.SEVERE, X0 + x, Y0 + y, T0 + t, src)
        out.append((item, T0 + t + delay))
        points.append((X0 + draw(st.floats(-2000, 10_000)), Y0 + draw(st.floats(-2000, 10_000))))
    order = sorted(range(len(out)), key=lambda k: out[k][1])
    return [out[k] for k in order], [points[k] for k in order]


def _source(inc: _Inc) -> bool:
    """A far smoke's source as docs/ops_center.md has it, state aside: placed by a sensor or
    an agency, and a fire or holding a sighting of one (not smoke_grid.is_source, under test)."""
    return inc.precise and (inc.type is _FIRE or not inc.signals.isdisjoint(_SIGHTING_VALUES))


def scan(c: Correlator, x: float, y: float, r: float) -> Iterator[_Inc]:
    """The sources by a plain scan of the grid's cells within ``r``: each incident once,
    in the cells' order, the sources among them that are open."""
    seen: set[str] = set()
    for gx in range(math.floor((x - r) / _CELL), math.floor((x + r) / _CELL) + 1):
        for gy in range(math.floor((y - r) / _CELL), math.floor((y + r) / _CELL) + 1):
            for inc_id, piece in c._grid.get((gx, gy), {}).items():
                inc = piece.inc
                if inc_id in seen or not _source(inc):
                    continue
                seen.add(inc_id)
                if inc.state is _OPEN:
                    yield inc


def check(c: Correlator, points: list[tuple[float, float]]) -> None:
    for cell, entries in c._grid.items():
        want = [k for k, piece in entries.items() if _source(piece.inc)]
        assert list(c._smoke_grid.get(cell, {})) == want, cell
    assert all(entries and cell in c._grid for cell, entries in c._smoke_grid.items())
    for x, y in points:
        for r in (SMOKE_SEEN_M, PATROL_SITE_M):
            got = [inc.incident_id for inc in c._smoke_sources(x, y, r)]
            assert got == [inc.incident_id for inc in scan(c, x, y, r)]


@settings(max_examples=100, deadline=None)
@given(streams(), st.sampled_from([1e9, 3600.0]))
def test_the_sources_by_cell_are_the_grids_sources_in_its_order(
    stream: tuple[list[tuple[Item, float]], list[tuple[float, float]]], retention: float
) -> None:
    seq, points = stream
    c = Correlator(retention_s=retention)
    for (item, now), point in zip(seq, points, strict=True):
        c.feed(item, now)
        check(c, [(item.x, item.y), point])
    c.tick(seq[-1][1] + 1e5)  # every job quiet: nothing left to look up
    assert not c._smoke_grid
    check(c, points)


def test_a_fire_placed_by_a_call_becomes_a_source_when_an_agency_places_it() -> None:
    """A fire only callers placed is no source; the police report that places it makes it
    one in every cell of its area, and its going quiet takes it out."""
    c = Correlator()
    call = Item("call", ItemKind.EVENT, "citizen", "1999", "fire_smoke", CapSeverity.SEVERE, X0, Y0, T0)
    second = Item("call2", ItemKind.EVENT, "citizen", "1999", "fire_smoke", CapSeverity.SEVERE, X0 + 50, Y0, T0 + 30)
    c.feed(call, T0)
    c.feed(second, T0 + 30)
    (inc_id,) = c.incident_ids()
    assert not c._smoke_grid
    assert list(scan(c, X0, Y0, SMOKE_SEEN_M)) == []
    police = Item("p", ItemKind.EVENT, "police", "incident", "fire_report", CapSeverity.SEVERE, X0 + 20, Y0, T0 + 60)
    c.feed(police, T0 + 60)
    assert c.where("p") == inc_id
    assert [i.incident_id for i in c._smoke_sources(X0, Y0, SMOKE_SEEN_M)] == [inc_id]
    check(c, [(X0, Y0)])
    c.tick(T0 + 1e5)
    assert c.snapshot(inc_id).state is IncidentState.QUIET
    assert not c._smoke_grid


def test_a_job_that_becomes_a_source_keeps_its_place_before_a_later_source_in_its_cell() -> None:
    """A crash opened before a fire in the same cell, then seen burning by a caller: in that
    cell the crash comes before the fire, as in the grid (the first found is kept on equal
    distances)."""
    c = Correlator()
    x, y = (math.floor(X0 / _CELL) + 1) * _CELL + 10.0, (math.floor(Y0 / _CELL) + 1) * _CELL + 10.0  # a cell's corner
    sev = CapSeverity.SEVERE
    crash = Item("crash", ItemKind.EVENT, "police", "incident", "accident", sev, x, y, T0)
    alarm = Item("alarm", ItemKind.EVENT, "disaster", "fire_alarm", "alarm", sev, x + 680, y + 680, T0 + 60)
    call = Item("call", ItemKind.EVENT, "citizen", "1999", "fire_smoke", sev, x + 5, y, T0 + 120)
    for item in (crash, alarm, call):
        c.feed(item, item.t)
    crash_id, fire_id = c.where("crash"), c.where("alarm")
    assert crash_id is not None
    assert fire_id not in {None, crash_id}
    assert c.where("call") == crash_id
    assert list(c._smoke_grid[(math.floor(x / _CELL), math.floor(y / _CELL))]) == [crash_id, fire_id]
    check(c, [(x, y)])
