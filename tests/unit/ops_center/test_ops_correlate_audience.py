"""A planned event's audience arrives before it starts.

Described situation: a concert at an outdoor venue runs 19:00-22:00 (the police permit
arrived the day before). From 17:20 the audience arrives: the underground car park
600 m from the venue reports full, the detector on the road in front of the venue
reports a slow-down at 17:40, a camera at the junction 300 m away sees people
crowding the pavement at 17:50. The coordinator reads all three as the concert's
expected effects: explained by its permit (held aside while nobody reports working
it). A car park full at 14:30, hours before anyone
comes for the concert, is the day's shopping, not the concert's.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_476_400.0  # the venue; T0 = 19:00, the start


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, dt: float, source: str = "") -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    return Item(key, kind, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0 + dy, T0 + dt, source)


def concert() -> Item:
    permit = item("permit", "planned_event", "concert", "police", 0.0, 0.0, 0.0)
    return replace(permit, text="演唱會 19:00-22:00 預估入場 15,000 人", ends_t=T0 + 3 * 3600.0)


def test_the_audience_arriving_before_the_start_is_the_concert_s() -> None:
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    early = [
        item("carpark", "parking", "full", "traffic", 450.0, -400.0, -100 * 60.0, "pk-south"),
        item("road", "rule", "congestion", "traffic", -10.0, 5.0, -80 * 60.0, "vd-2"),
        item("pavement", "cctv", "crowding", "police", -250.0, 170.0, -70 * 60.0, "cam-7"),
    ]
    for it in early:
        c.feed(it, it.t + 60.0)
    inc = c.where("permit")
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.CROWD
    assert {c.explained_by(it.key) for it in early} == {inc}  # held aside: no report of the concert's work


def test_a_car_park_full_hours_before_the_concert_is_not_its_audience() -> None:
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    shopping = item("shopping", "parking", "full", "traffic", 450.0, -400.0, -4.5 * 3600.0, "pk-south")
    c.feed(shopping, shopping.t + 60.0)
    assert c.where("shopping") is None
    assert c.explained_by("shopping") is None


def test_a_caller_s_illegal_parking_beyond_a_walk_to_the_venue_is_routine() -> None:
    """During the concert a caller 1.4 km away complains of a van parked on the red line all
    day: no concert-goer parks that far from the venue, it is the parking office's routine
    case. A caller 500 m away complaining of cars parked along the road is the audience's,
    and so is the car park 1.4 km away filling up (its cars come by the shuttle)."""
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    far = replace(item("far", "1999", "illegal_parking", "citizen", 1000.0, 980.0, 3600.0), text="白色廂型車停在紅線上")
    near = replace(item("near", "1999", "illegal_parking", "citizen", 300.0, 400.0, 3660.0), text="路邊都停滿車")
    car_park = item("carpark", "parking", "full", "traffic", -1000.0, -980.0, 3720.0, "pk-far")
    for it in (far, near, car_park):
        c.feed(it, it.t + 60.0)
    inc = c.where("permit")
    assert c.explained_by("near") == inc
    assert c.explained_by("carpark") == inc
    assert c.where("far") is None
    assert c.explained_by("far") is None
