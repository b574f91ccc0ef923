"""Before a planned event starts, its audience slows the roads within a walk of the venue only.

Described situation: a concert at an arena runs 19:30-22:00 on a weekday. From 18:00 the
audience drives in and looks for a place to park near the arena: the detector on the
arena's own avenue 500 m away slows at 18:40. At 18:10 a detector on the ring road 1.4 km
away slows too: the evening's rush home, which slows that road every weekday whether or
not anyone goes to the concert. At 22:10 the let-out sends every car onto the roads at once
and the same ring-road detector slows again: the concert's. A coordinator files the 18:40
and 22:10 slow-downs with the concert and leaves the 18:10 one alone.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 216_000.0, 2_677_000.0, 1_781_000_000.0  # the arena; T0 = 19:30, the start


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, dt: float, source: str = "") -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    return Item(key, kind, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0 + dy, T0 + dt, source)


def concert(**area: float) -> Item:
    permit = item("permit", "planned_event", "concert", "police", 0.0, 0.0, 0.0)
    return replace(permit, text="演唱會 19:30-22:00", ends_t=T0 + 2.5 * 3600.0, area_m=area.get("area_m"))


def slow(key: str, dx: float, dy: float, dt: float, source: str) -> Item:
    return replace(item(key, "rule", "congestion", "traffic", dx, dy, dt, source), text="平均車速 14 km/h")


def feed_all(c: Correlator, *items: Item) -> None:
    for it in items:
        c.feed(it, it.t + 60.0)


def test_rush_hour_beyond_a_walk_before_the_start_is_not_the_concert_s() -> None:
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    rush = slow("rush", 1000.0, 990.0, -80 * 60.0, "vd-ring")  # 1.4 km, 18:10
    avenue = slow("avenue", 300.0, -400.0, -50 * 60.0, "vd-avenue")  # 500 m, 18:40
    feed_all(c, rush, avenue)
    inc = c.where("permit")
    assert inc is not None
    assert c.explained_by("avenue") == inc  # the audience arriving: held aside as the concert's
    assert c.explained_by("rush") is None
    assert c.where("rush") is None


def test_the_let_out_slows_the_far_road_for_the_concert() -> None:
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    let_out = slow("let_out", 1000.0, 990.0, 2.5 * 3600.0 + 10 * 60.0, "vd-ring")  # 1.4 km, 22:10
    feed_all(c, let_out)
    assert c.explained_by("let_out") == c.where("permit")


def test_rush_hour_beyond_a_walk_stays_out_of_the_concert_s_job() -> None:
    """The police report their crowd control at the arena at 18:30: the concert is a job, and
    the avenue's slow-down joins it, the ring road's rush hour does not."""
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    police = replace(item("police", "incident", "crowd_control", "police", 20.0, 10.0, -60 * 60.0), text="入場人潮管制")
    rush = slow("rush", 1000.0, 990.0, -55 * 60.0, "vd-ring")
    avenue = slow("avenue", 300.0, -400.0, -50 * 60.0, "vd-avenue")
    feed_all(c, police, rush, avenue)
    inc = c.where("permit")
    assert inc is not None
    assert c.where("police") == inc
    assert c.where("avenue") == inc
    assert c.where("rush") != inc


def test_a_declared_area_keeps_its_own_reach_before_the_start() -> None:
    """A march declares its 1.2 km route circle: a slow-down 1.4 km from its middle before
    the start lies 200 m outside the circle, within the walk from its edge: the march's."""
    c = Correlator()
    c.feed(concert(area_m=1200.0), T0 - 86_400.0)
    beside = slow("beside", 1000.0, 990.0, -40 * 60.0, "vd-ring")
    feed_all(c, beside)
    assert c.explained_by("beside") == c.where("permit")
