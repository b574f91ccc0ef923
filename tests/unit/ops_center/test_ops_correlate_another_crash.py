"""A caller who says another crash happened reports a second crash, not the first.

Described situation: evening rush on 環中路. At 18:00 a patrol reports a scooter and a car
crashed at the 中科路 junction, and a second caller there describes it a minute later. At
18:08 a driver 150 m east calls 1999: "環中路那邊又撞了一台，就在經貿路口，剛剛中科路口那個
都還沒處理完耶" (another one crashed at 經貿路, the first is not cleared yet). The
coordinator sends a second police unit: two crash jobs. Later, at 18:30, a patrol reports a
rear-end crash at the tail of the queue near 黎明路, 200 m west of the first crash, and two
minutes on a caller there says "塞車又追撞了": that caller reports the patrol's crash, the
second job at the queue's tail.

On another morning a truck overturns on 環中路 and the police close the road; a driver
stuck 1.1 km back in its queue calls: "環中路塞到黎明路這邊又追撞了，兩台車停在內線" (the
queue crashed again where they are). A commuter's question about the crash ahead is the
truck's queue; this call is a crash of its own behind it, a second police unit's job.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from tests.unit.ops_center.test_ops_correlate_collapse import run
from tests.unit.ops_center.test_ops_correlate_long_queue import closure
from tests.unit.ops_center.test_ops_correlate_queue import T0 as Q_T0
from tests.unit.ops_center.test_ops_correlate_queue import X0 as Q_X0
from tests.unit.ops_center.test_ops_correlate_queue import Y0 as Q_Y0
from tests.unit.ops_center.test_ops_correlate_queue import crash, feed, roads

X0, Y0, T0 = 214_700.0, 2_676_900.0, 1_779_458_000.0  # 環中路/中科路; T0 = 18:00


def item(key: str, feed: str, agency: str, dx: float, minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed == "1999" else CapSeverity.MODERATE
    cat = "traffic_accident"
    return Item(key, ItemKind.EVENT, agency, feed, cat, sev, X0 + dx, Y0, T0 + minute * 60.0, "", text)


FIRST = [
    item("patrol", "incident", "police", 0.0, 0.0, "環中路二段中科路口 機車與自小客擦撞 占用內側車道"),
    item("caller", "1999", "citizen", 20.0, 1.0, "環中路中科路口有車禍，機車倒在路上"),
]
AGAIN = item(
    "again", "1999", "citizen", 150.0, 8.0, "環中路那邊又撞了一台，就在經貿路口，剛剛中科路口那個都還沒處理完耶"
)


def test_a_caller_reporting_another_crash_150_m_on_opens_a_second_crash_job() -> None:
    c = run([*FIRST, AGAIN])
    first = c.where("patrol")
    assert first is not None
    assert c.where("caller") == first
    second = c.where("again")
    assert second is not None
    assert second != first
    assert c.snapshot(second).type is IncidentType.TRAFFIC


def test_a_caller_telling_of_another_crash_up_the_road_opens_a_second_crash_job() -> None:
    # 651's pattern: nine minutes after the crash at 中科路, a caller 200 m on tells of another
    news = item("news", "1999", "citizen", 200.0, 9.0, "環中路上又有車禍，在前面一點經貿路那邊")
    c = run([*FIRST, news])
    first = c.where("patrol")
    assert first is not None
    assert c.where("caller") == first
    second = c.where("news")
    assert second is not None
    assert second != first


def test_another_crash_at_the_queue_s_tail_joins_the_patrol_s_report_of_it() -> None:
    tail = [
        item("tail", "incident", "police", -200.0, 30.0, "環中路往西車陣尾端 自小客追撞 停於內線"),
        item("tail-call", "1999", "citizen", -190.0, 32.0, "環中路靠黎明路這邊塞車又追撞了，兩台車停在內線"),
    ]
    c = run([*FIRST, *tail])
    assert c.where("tail-call") == c.where("tail") != c.where("patrol")


def test_a_crash_in_the_queue_the_caller_says_happened_again_is_not_the_head_crash() -> None:
    u = CapSeverity.UNKNOWN
    text = "環中路塞到黎明路這邊又追撞了，兩台車停在內線"
    again = Item(
        "tail",
        ItemKind.EVENT,
        "citizen",
        "1999",
        "traffic_accident",
        u,
        Q_X0 - 1100.0,
        Q_Y0 + 40.0,
        Q_T0 + 900.0,
        "",
        text,
    )
    c = Correlator(roads_at=roads)
    feed(c, [crash(), closure("closed", 360.0), again])
    head = c.where("crash")
    tail = c.where("tail")
    assert head is not None
    assert tail is not None
    assert tail != head
