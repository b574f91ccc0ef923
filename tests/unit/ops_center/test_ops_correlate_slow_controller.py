"""A controller whose clock runs slow goes dark with the feeder, not six minutes before it.

Described situation: on a typhoon evening a feeder trips in the north hub: two signals on
經貿路二段 go dark, two office panels switch to their batteries and a detector loses its
mains, all within the minute. The controller of the third junction, 450 m along the road,
stamps its messages seven minutes slow: its "dark" arrives with the others but is stamped
six minutes before them. The coordinator sees one feeder's failure: the three dark
junctions are one job (671-682's author: "all signals dark on one outage are one job").
A controller that went dark on its own a quarter of an hour before the feeder tripped,
its message on time, stays a job of its own.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_796.0, 2_677_048.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN


def ev(key: str, feed: str, cat: str, dx: float, dy: float, dt: float, text: str, src: str) -> Item:
    agency = {"signal": "traffic", "fire_alarm": "disaster", "status": "traffic"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + dx, Y0 + dy, T0 + dt, src, text)


def feeder(far_dt: float, far_arrives: float) -> Correlator:
    arrivals = [
        (960.0, ev("sig2", "signal", "fault", 0.0, 0.0, 960.0, "號誌黑燈", "SN-SIG-2")),
        (961.0, ev("sig3", "signal", "fault", 152.0, -295.0, 960.0, "號誌黑燈", "SN-SIG-3")),
        (962.0, ev("fa5", "fire_alarm", "fault", 217.0, -497.0, 960.0, "主電源停電，切換預備電源", "SN-FA-5")),
        (963.0, ev("fa6", "fire_alarm", "fault", 115.0, -408.0, 960.0, "主電源停電，切換預備電源", "SN-FA-6")),
        (1020.0, ev("vd", "status", "offline", 135.0, -519.0, 1020.0, "設備離線（主電源中斷）", "SN-VD-1")),
        (far_arrives, ev("sig4", "signal", "fault", 343.0, -666.0, far_dt, "號誌黑燈", "SN-SIG-4")),
    ]
    c = Correlator()
    for at, it in sorted(arrivals, key=lambda a: a[0]):
        c.feed(it, T0 + at)
    c.tick(T0 + 2 * 3600.0)
    return c


def test_a_controller_stamping_seven_minutes_slow_goes_dark_with_the_feeder() -> None:
    c = feeder(600.0, 1026.0)
    cut = c.where("sig2")
    assert cut is not None
    assert {c.where(k) for k in ("sig3", "fa5", "fa6", "vd", "sig4")} == {cut}


def test_a_controller_gone_dark_a_quarter_of_an_hour_before_the_feeder_tripped_is_its_own_job() -> None:
    c = feeder(0.0, 5.0)
    assert c.where("sig4") is not None
    assert c.where("sig4") != c.where("sig2")
