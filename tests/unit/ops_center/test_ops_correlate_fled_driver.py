"""A driver who fled a crash drives on: the cameras that see the car next are the crash's job.

Described situation (the shape of situation 1060): at 15:41 a white car knocks over a row of
parked scooters and grazes a pedestrian on 黎明路, then drives off towards 環中路; a caller
says so, 119 sends an ambulance, the police report the hit-and-run. Four minutes later the
junction camera 320 m on detects a car driving the wrong way onto the expressway ramp, and a
driver there calls: a white car came the wrong way and nearly hit him. The coordinator reads
one job: the fleeing driver, whom the patrols now look for along 環中路.

Background: a wrong-way car seen 6 km away a minute later is another car; the same driver
crashing into a divider 40 minutes later, 2.5 km away, is a crash job of its own (the
author's reading); a wrong-way car seen 320 m from a crash whose driver stayed is no part
of that crash.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_400.0, 2_676_550.0, 1_781_100_000.0  # the hit-and-run on 黎明路; T0 = 15:41
U = CapSeverity.UNKNOWN


def at(key: str, feed: str, category: str, dx: float, dy: float, minute: float, text: str, source: str = "") -> Item:
    agency = {"1999": "citizen", "119": "fire", "cctv": "traffic"}.get(feed, "police")
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + minute * 60.0, source, text)


def crash(fled: bool) -> list[Item]:
    drove = "，車子沒停就跑了，往環中路那邊" if fled else "，駕駛在現場"
    police = "白色自小客撞倒停放機車並擦撞行人1名" + ("後肇事逃逸，往環中路方向" if fled else "，駕駛在場配合調查")
    return [
        at("call", "1999", "traffic_accident", -35.0, -25.0, 0.0, "黎明路一台白色轎車撞倒路邊一排機車" + drove),
        at("ambulance", "119", "ambulance", 20.0, 0.0, 2.0, "黎明路三段近凱旋路 路人遭車輛擦撞 1 傷"),
        at("police", "incident", "accident", 15.0, 15.0, 7.0, police),
    ]


def camera(key: str, dx: float, dy: float, minute: float) -> Item:
    return at(key, "cctv", "wrong_way", dx, dy, minute, "影像分析：逆向行駛（環中路往台74線匝道）", f"cam-{key}")


def run(items: list[Item]) -> Correlator:
    c = Correlator(retention_s=1e12)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 20.0)
    c.tick(max(it.t for it in items) + 4 * 3600.0)
    return c


def test_the_wrong_way_car_seen_minutes_after_a_hit_and_run_is_the_fleeing_driver_s_job() -> None:
    nearly = at("nearly", "1999", "other", 45.0, 310.0, 13.0, "環中路上有一台白車逆向開很快，差點撞到我")
    c = run([*crash(fled=True), camera("ramp", -230.0, 215.0, 12.0), nearly])
    job = c.where("police")
    assert job is not None
    assert c.where("call") == c.where("ambulance") == job
    assert c.where("ramp") == job
    assert c.where("nearly") == job


def test_a_wrong_way_car_far_off_and_the_driver_s_later_crash_are_jobs_of_their_own() -> None:
    far = camera("far", 6000.0, 0.0, 13.0)
    divider = at("divider", "incident", "injury_accident", 100.0, -2500.0, 40.0, "白色自小客撞擊分隔島，駕駛酒駕")
    c = run([*crash(fled=True), camera("ramp", -230.0, 215.0, 12.0), far, divider])
    job = c.where("police")
    assert c.where("far") != job
    assert c.where("divider") not in (None, job)


def test_a_wrong_way_car_near_a_crash_whose_driver_stayed_is_no_part_of_it() -> None:
    c = run([*crash(fled=False), camera("ramp", -230.0, 215.0, 12.0)])
    assert c.where("police") is not None
    assert c.where("ramp") != c.where("police")
