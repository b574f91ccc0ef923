"""A detector's slow-down stamped before a crash was there before it: the day's traffic.

Described situation: evening rush on 環中路. At 17:50 the center's rule raises a slow-down at
the 環中路 detector (22 km/h, the daily queue towards the interchange). At 17:53 a car hits a
scooter 250 m further east: a caller reports it at once, a patrol two minutes later. At 17:59 the
next detector back, 350 m west, reads the queue that the crash's closed lane sent back. The
coordinator runs one job, the crash, with the queue behind it; the slow-down that came before
the crash is the rush hour, no job's.

What stays: a slow-down stamped after the crash is its queue.
"""

from __future__ import annotations

from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from tests.unit.ops_center.scene import Scene, replay

SCENE = Scene(214_443.0, 2_676_912.0, 1_779_470_000.0)  # the 環中路 detector; T0 = 17:50


def slow_down(key: str, dx: float, dy: float, minute: float, text: str) -> Item:
    """The center's rule alert of a detector's slow-down, stamped by the center's clock."""
    return Item(key, ItemKind.ALERT, "traffic", "rule", "congestion", CapSeverity.MODERATE,
                SCENE.x0 + dx, SCENE.y0 + dy, SCENE.t0 + minute * 60.0, "VD-" + key, text)


CRASH = [
    SCENE.item("caller", "1999", "traffic_accident", "citizen", 250.0, 40.0, 3.0,
               "環中路往中科路那邊，汽車撞到機車，騎士倒在地上"),
    SCENE.item("patrol", "incident", "accident", "police", 245.0, 35.0, 4.0,
               "環中路二段東向 自小客與機車碰撞 機車騎士受傷 佔用外側車道"),
]


def test_a_slow_down_stamped_before_the_crash_is_not_its_queue() -> None:
    c = replay([slow_down("before", 0.0, 0.0, 0.0, "環中路車輛偵測器2 東向平均車速 22 km/h"), *CRASH])
    crash = c.where("patrol")
    assert crash is not None
    assert c.snapshot(crash).type is IncidentType.TRAFFIC
    assert c.where("caller") == crash
    assert c.where("before") != crash


def test_a_slow_down_stamped_after_the_crash_is_its_queue() -> None:
    c = replay([*CRASH, slow_down("after", -350.0, -20.0, 9.0, "環中路車輛偵測器1 東向平均車速 9 km/h")])
    crash = c.where("patrol")
    assert crash is not None
    assert c.where("after") == crash


def test_a_slow_down_stamped_before_the_crash_and_delivered_after_it_is_not_its_queue() -> None:
    c = replay(CRASH)
    before = slow_down("before", 0.0, 0.0, 2.0, "環中路車輛偵測器2 東向平均車速 22 km/h")
    c.feed(before, SCENE.t0 + 6 * 60.0)  # the rule's alert queued behind the crash's reports
    crash = c.where("patrol")
    assert crash is not None
    assert c.where("before") != crash
