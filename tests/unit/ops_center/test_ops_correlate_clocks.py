"""A source clock hours off: its report is judged by when it arrived.

Described situation: at dawn a lorry knocks down the signal pole at a junction. The
signal controller reports its fault at once, but its clock runs 8 hours behind (UTC
labelled as local time): the fault arrives stamped at 20:47 the evening before. Three
minutes later a caller reports the lorry in the pole with the driver still in the cab,
and 119 sends a rescue crew. The coordinator runs one job, the crash that took the
signal down; a crash a quarter of an hour after a signal went dark is another job, but
this signal went dark three minutes before the call, not eight hours.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_181.0, 2_677_093.0, 1_771_706_832.0
U = CapSeverity.UNKNOWN
AGENCY = {"1999": "citizen", "119": "fire", "signal": "traffic", "incident": "police"}


def item(key: str, feed: str, category: str, dx: float, dy: float, dt: float, text: str = "", src: str = "") -> Item:
    return Item(key, ItemKind.EVENT, AGENCY[feed], feed, category, U, X0 + dx, Y0 + dy, T0 + dt, src, text=text)


def test_a_signal_fault_stamped_eight_hours_early_is_the_crash_that_knocked_its_pole_down() -> None:
    c = Correlator()
    fault = item("fault", "signal", "fault", 0, 0, -8 * 3600.0, "燈頭損壞、控制器通訊異常", "SIG-8")
    c.feed(fault, T0 + 6.0)
    lorry = "路口一台大貨車撞到紅綠燈的柱子，司機好像還在車上"
    c.feed(item("call", "1999", "traffic_accident", 26, 5, 170, lorry), T0 + 230)
    c.feed(item("rescue", "119", "rescue", 0, 0, 290, "大貨車自撞號誌桿，駕駛受困駕駛座，派遣救助隊"), T0 + 300)
    assert c.where("call") == c.where("rescue") == c.where("fault") is not None


def test_a_crash_a_quarter_of_an_hour_after_its_signal_went_dark_is_its_own_job() -> None:
    """The same junction with the controller's clock right: the signal went dark 15 min
    before the crash (the clock is not what separates the two jobs)."""
    c = Correlator()
    c.feed(item("fault", "signal", "fault", 0, 0, -900.0, "燈號異常", "SIG-8"), T0 - 894.0)
    c.feed(item("call", "1999", "traffic_accident", 26, 5, 170, "路口兩台車相撞"), T0 + 230)
    assert c.where("call") != c.where("fault")
