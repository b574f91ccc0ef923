"""A planned event's declared area decides what its audience explains.

Described situations: a march's permit declares a circle of 2.5 km round the middle of
its route (the route runs 5 km across the district); an hour into it a camera 2.2 km from
that middle, on the route, sees people crowding the pavement. The coordinator reads the
crowd as the march's: it is inside the area the permit declared. An exhibition's permit
declares its hall, 150 m round it; at the same hour a camera 1.3 km away sees a crowd on
a pavement: no visitor of that hall stands there, it is something else (a crowd of its
own for the police to look at). A permit that declares no area keeps its point's reach.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_476_400.0  # the permit's point; T0 its start


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, dt: float, source: str = "") -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    return Item(key, kind, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0 + dy, T0 + dt, source)


def permit(category: str, area_m: float | None) -> Item:
    base = item("permit", "planned_event", category, "police", 0.0, 0.0, 0.0)
    return replace(base, text="核准活動", ends_t=T0 + 4 * 3600.0, area_m=area_m)


def crowd_at(dx: float, dy: float) -> Item:
    return item("pavement", "cctv", "crowding", "police", dx, dy, 3600.0, "cam-9")


def test_a_crowd_inside_a_march_s_wide_area_is_the_march_s() -> None:
    c = Correlator()
    c.feed(permit("march", 2500.0), T0 - 86_400.0)
    crowd = crowd_at(1800.0, 1300.0)  # 2.2 km from the route's middle, inside the declared area
    c.feed(crowd, crowd.t + 60.0)
    inc = c.where("permit")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.CROWD
    assert c.explained_by("pavement") == inc


def test_a_crowd_far_beyond_a_small_hall_s_area_is_not_the_exhibition_s() -> None:
    c = Correlator()
    c.feed(permit("exhibition", 150.0), T0 - 86_400.0)
    crowd = crowd_at(1000.0, 830.0)  # 1.3 km away: 1.15 km beyond the hall's area
    c.feed(crowd, crowd.t + 60.0)
    inc = c.where("permit")
    assert c.explained_by("pavement") is None
    assert c.where("pavement") != inc


def test_a_crowd_just_outside_a_declared_area_is_its_audience() -> None:
    """The audience walks from the car parks round the area: 600 m beyond a 150 m hall."""
    c = Correlator()
    c.feed(permit("exhibition", 150.0), T0 - 86_400.0)
    crowd = crowd_at(450.0, 550.0)  # 710 m from the point, 560 m beyond the edge
    c.feed(crowd, crowd.t + 60.0)
    assert c.explained_by("pavement") == c.where("permit")


def test_a_permit_without_an_area_keeps_its_point_s_reach() -> None:
    c = Correlator()
    c.feed(permit("exhibition", None), T0 - 86_400.0)
    crowd = crowd_at(1000.0, 830.0)  # 1.3 km: within the point's reach
    c.feed(crowd, crowd.t + 60.0)
    assert c.explained_by("pavement") == c.where("permit")


def test_an_amended_permit_s_area_replaces_the_first() -> None:
    """The march's route is shortened: its amendment declares 300 m; a crowd 2.2 km away
    is no longer the march's."""
    c = Correlator()
    first = permit("march", 2500.0)
    c.feed(first, T0 - 86_400.0)
    amended = replace(first, key="permit-amended", follows="permit", area_m=300.0)
    c.feed(amended, T0 - 3600.0)
    crowd = crowd_at(1800.0, 1300.0)
    c.feed(crowd, crowd.t + 60.0)
    assert c.explained_by("pavement") is None
