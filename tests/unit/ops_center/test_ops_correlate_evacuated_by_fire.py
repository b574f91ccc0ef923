"""People sent out of a hall by a fire are the fire's job, not the crowd job of the event in it.

Described situation (the pattern of 1460 and 1796, two authors): a concert at the pop music
centre runs 18:00-22:00 under a police permit, and the police have been managing its crowd
since the doors opened. At 20:30 the kitchen of the indoor hall catches fire: the panel
alarms, 119 sends engines, and the police report that the hall's audience is being sent out
to the plaza (影音中心室內區疏散觀眾至戶外廣場). The audience is sent out because of the fire:
the evacuation is the fire's job, which ends when the crews let people back in; the concert's
crowd job goes on around it.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 216_400.0, 2_676_300.0, 1_777_140_000.0  # the concert; T0 = 18:00, its start
U = CapSeverity.UNKNOWN


def event(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "") -> Item:
    agency = {"planned_event": "police", "119": "fire", "incident": "police"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def run(*items: Item) -> Correlator:
    permit = event("permit", "planned_event", "concert", 0.0, 0.0, 0.0, "臺中流行影音中心 演唱會 18:00-22:00")
    c = Correlator()
    c.feed(replace(permit, ends_t=T0 + 4 * 3600.0), T0 - 86_400.0)
    for it in items:
        c.feed(it, it.t + 30.0)
    return c


def test_the_audience_sent_out_of_the_burning_hall_is_the_fire_s() -> None:
    crowd = event("crowd", "incident", "crowd_control", 20.0, 10.0, 1800.0, "入場人潮擁擠，派員疏導")
    fire = event("fire", "119", "fire", 90.0, 60.0, 2.5 * 3600.0, "流行影音中心 室內廚房起火 派遣水箱車2")
    out = event("out", "incident", "evacuation", 30.0, 20.0, 2.5 * 3600.0 + 120.0, "影音中心室內區疏散觀眾至戶外廣場")
    c = run(crowd, fire, out)
    concert = c.where("permit")
    assert c.where("crowd") == concert
    job = c.where("fire")
    assert job is not None
    assert job != concert
    assert c.snapshot(job).type is IncidentType.FIRE
    assert c.where("out") == job
