"""A car park that closes its entrance because the job is at its door is that job's.

Described situation: a bus burns at the transit hub's platform (the hub's fire panel,
then 119 sends engines). Eight minutes later the hub's car park reports 0 spaces and its
entrance closed: the police shut it while the engines work. On a stormy night the road
at another car park's entrance floods (a flood sensor at the low point, a police report
of 30 cm at the gate); the car park's panel reports itself full with its entrance closed.
The coordinator counts each closed car park in the job that closed it: its drivers are
told by the job's crew, and it reopens when the job ends. A car park that is merely full
beside a fire (no closure) is not the fire's (test_ops_correlate_access.py), nor is a
car park that closes far from any job.
"""

from __future__ import annotations

from common.lexicon import Cue, cues
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 216_000.0, 2_675_000.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN
AGENCY = {"fire_alarm": "disaster", "119": "fire", "parking": "traffic", "incident": "police", "rule": "disaster"}


def item(key: str, feed: str, category: str, dx: float, dt: float, text: str = "", source: str = "") -> Item:
    kind = ItemKind.ALERT if feed == "rule" else ItemKind.EVENT
    return Item(key, kind, AGENCY[feed], feed, category, U, X0 + dx, Y0, T0 + dt, source, text)


def run(*items: Item) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    c.tick(T0 + 6 * 3600.0)
    return c


def bus_fire(*extra: Item) -> Correlator:
    return run(
        item("panel", "fire_alarm", "alarm", 0.0, 0.0, "1F 公車月台 火焰式探測器動作", "FA-1"),
        item("119", "119", "fire", 10.0, 120.0, "轉運中心 公車車輛火災 派遣水箱車2輛"),
        *extra,
    )


def test_the_hub_car_park_closed_during_the_bus_fire_is_the_fire_s() -> None:
    c = bus_fire(item("park", "parking", "full", 25.0, 480.0, "轉運中心停車場 入口關閉 可用格位0", "PK-1"))
    assert c.where("park") == c.where("panel") is not None


def flooded_gate(park: Item) -> Correlator:
    return run(
        item("depth", "rule", "flood_depth", 0.0, 0.0, "低窪處 淹水深度 27 cm", "FL-1"),
        item("police", "incident", "flooding_report", 30.0, 900.0, "停車場入口積水約 30 公分，機車無法通行"),
        park,
    )


def test_a_car_park_closed_at_a_flooded_gate_is_the_flood_s() -> None:
    c = flooded_gate(item("park", "parking", "full", 40.0, 1500.0, "停車場 汽車位已滿 0/300（入口關閉）", "PK-2"))
    assert c.where("park") == c.where("depth") is not None


def test_a_car_park_closed_far_from_the_fire_is_not_the_fire_s() -> None:
    c = bus_fire(item("park", "parking", "full", 900.0, 480.0, "停車場 入口管制 可用格位0", "PK-3"))
    assert c.where("panel") is not None
    assert c.where("park") is None


def test_a_full_car_park_at_a_flood_that_stays_open_is_not_the_flood_s() -> None:
    # a car park filling with drivers sheltering from the rain is the rain's, not the flood job's
    c = flooded_gate(item("park", "parking", "full", 40.0, 1500.0, "停車場 汽車位已滿（下班避雨）", "PK-2"))
    assert c.where("depth") is not None
    assert c.where("park") is None


def test_the_closure_words_are_the_lexicon_s() -> None:
    assert Cue.CARPARK_CLOSED in cues("水湳轉運中心停車場 入口關閉 可用格位0")
    assert Cue.CARPARK_CLOSED in cues("中央公園地下停車場(北) 車位已滿 入口管制")
    assert Cue.CARPARK_CLOSED not in cues("中央公園地下停車場(北) 汽車位已滿（剩餘 0/450）")


def test_a_car_park_whose_own_state_says_closed_is_the_job_s_at_its_door() -> None:
    # the operator's state (the parking feed's ``state``), no words in its text
    c = bus_fire(item("park", "parking", "closed", 25.0, 480.0, "", "PK-1"))
    assert c.where("park") == c.where("panel") is not None
    c = flooded_gate(item("park", "parking", "closed", 40.0, 1500.0, "", "PK-2"))
    assert c.where("park") == c.where("depth") is not None


def test_a_car_park_closed_far_from_any_job_or_merely_empty_beside_a_fire_is_no_job_s() -> None:
    assert bus_fire(item("park", "parking", "closed", 900.0, 480.0, "", "PK-3")).where("park") is None
    assert bus_fire(item("park", "parking", "empty", 25.0, 480.0, "", "PK-1")).where("park") is None


def test_a_barrier_down_or_the_exit_held_is_the_car_park_closed() -> None:
    # the panel's words for its gate: the barrier lowered at the entrance, the exit held by the police
    assert Cue.CARPARK_CLOSED in cues("中央公園地下停車場(北) 汽車剩餘車位 0／450，顯示「滿」（入口柵欄關閉）")
    assert Cue.CARPARK_CLOSED in cues("水湳轉運中心停車場 出場管制 車位已滿")
    c = bus_fire(item("park", "parking", "full", 45.0, 600.0, "轉運中心停車場 出場管制 車位已滿", "PK-1"))
    assert c.where("park") == c.where("panel") is not None
