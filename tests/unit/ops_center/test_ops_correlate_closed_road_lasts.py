"""A road the police keep closed for a job keeps the job going, however quiet it is.

Described situation: at 06:00 a patrol finds an arterial caved in where a water main
washed out its bed (a police report of the collapse), and at 06:20 the police close two
lanes at the hole, one lane each way. The water company digs all day; nobody reports on
the hole for hours. At 12:30 the lunchtime traffic queues 400 m back from the hole (the
detector on the arterial) and a driver stuck there calls 1999. The coordinator reads both
as the collapse's: the road is still closed for it, and its queue is the job's.

Background: once the police report the road open again (修復完成，恢復雙向通行), a
slow-down there hours later is the road's own traffic; a slow-down on a road that does not
pass the hole is not its queue; a closure restated by nobody for longer than a shift
(CLOSED_HOLD_S) holds the job no longer.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.policies import CLOSED_HOLD_S
from tests.unit.ops_center.test_ops_correlate_queue import T0, X0, Y0, feed, roads, slowdown

HOUR = 3600.0
JAM_TEXT = "河南路往北塞到不能動，前面那個洞到底修好了沒？"


def collapse() -> Item:
    text = "河南路二段近中平路口外側車道路面坍陷，深約1公尺，疑自來水管漏水掏空，已設置警示"
    sev = CapSeverity.SEVERE
    return Item("hole", ItemKind.EVENT, "police", "incident", "road_collapse", sev, X0, Y0, T0, "", text)


def closure(key: str, dt: float, text: str = "河南路二段坍陷處外側兩車道封閉，單線雙向通行，請用路人改道。") -> Item:
    sev = CapSeverity.MODERATE
    return Item(key, ItemKind.EVENT, "police", "incident", "road_closure", sev, X0 + 15.0, Y0, T0 + dt, "", text)


def driver(key: str, dx: float, dt: float) -> Item:
    u = CapSeverity.UNKNOWN
    return Item(key, ItemKind.EVENT, "citizen", "1999", "other", u, X0 + dx, Y0 + 30.0, T0 + dt, "", JAM_TEXT)


def test_the_queue_hours_later_at_a_road_still_closed_joins_the_collapse() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [collapse(), closure("closed", 1200.0), slowdown("noon", "vd-west", -400.0, 20.0, 6.5 * HOUR)])
    inc = c.where("hole")
    assert inc is not None
    assert c.where("closed") == inc
    assert c.where("noon") == inc


def test_a_driver_stuck_in_the_queue_hours_later_calls_about_the_collapse() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [collapse(), closure("closed", 1200.0), driver("stuck", -400.0, 6.5 * HOUR)])
    assert c.where("stuck") == c.where("hole") is not None


def test_after_the_road_reopened_a_slow_down_hours_later_stays_out() -> None:
    c = Correlator(roads_at=roads)
    reopened = closure("open", 3 * HOUR, "河南路二段坍陷處修復完成，恢復雙向通行。")
    feed(c, [collapse(), closure("closed", 1200.0), reopened, slowdown("noon", "vd-west", -400.0, 20.0, 6.5 * HOUR)])
    assert c.where("open") == c.where("hole") is not None
    assert c.where("noon") is None


def test_a_slow_down_on_a_road_that_does_not_pass_the_hole_stays_out() -> None:
    c = Correlator(roads_at=roads)
    feed(c, [collapse(), closure("closed", 1200.0), slowdown("north", "vd-north", 0.0, 1100.0, 6.5 * HOUR)])
    assert c.where("north") is None


def test_a_closure_nobody_restated_for_longer_than_a_shift_holds_the_job_no_longer() -> None:
    c = Correlator(roads_at=roads)
    late = 1200.0 + CLOSED_HOLD_S + 2 * HOUR
    feed(c, [collapse(), closure("closed", 1200.0), slowdown("late", "vd-west", -400.0, 20.0, late)])
    assert c.where("hole") is not None
    assert c.where("late") is None


def test_a_police_note_of_another_matter_hours_later_at_the_closed_road_is_not_the_collapse() -> None:
    """The closure explains its queue, not everything at its place: a patrol's note hours
    later that the streetlights beside the hole are out is placed by its own kind's window."""
    c = Correlator(roads_at=roads)
    u = CapSeverity.UNKNOWN
    text = "河南路二段路燈全暗，請建設局派員處理。"
    note = Item("lamps", ItemKind.EVENT, "police", "incident", "other", u, X0 + 30.0, Y0, T0 + 6.5 * HOUR, "", text)
    feed(c, [collapse(), closure("closed", 1200.0), note])
    assert c.where("hole") is not None
    assert c.where("lamps") != c.where("hole")
