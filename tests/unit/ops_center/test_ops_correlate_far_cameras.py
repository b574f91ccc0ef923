"""A junction camera that sees a fire's smoke far off in one direction is that fire's sighting.

Described situation (labelled set 1171-1182, 1173): at noon a laboratory on the 逢甲 campus
burns and 119 dispatches two companies to it. Two junction cameras report smoke within
minutes: one 900 m south of the campus sees smoke in the northern sky (河南路/中平路 偵測到北方
天空煙霧), one 1.6 km north of it sees smoke to the south (黎明路三段/凱旋路 偵測到南方煙霧).
Neither camera stands at a fire: both see the lab's column over the roofs, as the callers
around them do, and a coordinator files both with the lab's fire.

Beside it, a camera 2 km away that sees smoke at its own junction, saying no direction (a car
burning at the stop line), is no sighting of the lab: it waits for its own fire's report.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_000.0, 2_676_800.0, 1_780_100_000.0
U = CapSeverity.UNKNOWN


def ev(key: str, feed: str, cat: str, dx: float, dy: float, dt: float, text: str) -> Item:
    agency = {"119": "fire", "cctv": "police"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 10.0)
    c.tick(T0 + 4 * 3600.0)
    return c


LAB = [
    ev("dispatch", "119", "fire", 0.0, 0.0, 0.0, "西屯區 逢甲大學水湳校區 實驗大樓3樓火警 派遣西屯、水湳分隊"),
    ev("cam-south", "cctv", "smoke", -165.0, -874.0, 130.0, "河南路/中平路 偵測到北方天空煙霧"),
    ev("cam-north", "cctv", "smoke", -289.0, 1629.0, 220.0, "黎明路三段/凱旋路 偵測到南方煙霧"),
    ev("on-scene", "119", "fire", 0.0, 0.0, 400.0, "逢甲水湳校區火警 到達現場，3樓實驗室冒出濃煙"),
]


def test_cameras_that_see_the_lab_s_smoke_in_the_distance_are_the_lab_fire_s() -> None:
    c = run(LAB)
    fire = c.where("dispatch")
    assert fire is not None
    assert {c.where(k) for k in ("cam-south", "cam-north", "on-scene")} == {fire}


def test_a_camera_seeing_smoke_at_its_own_junction_is_no_sighting_of_the_lab() -> None:
    car = ev("cam-car", "cctv", "smoke", 1900.0, 700.0, 300.0, "中清路/環中路 偵測到煙霧")
    c = run([*LAB, car])
    assert c.where("cam-car") != c.where("dispatch")
