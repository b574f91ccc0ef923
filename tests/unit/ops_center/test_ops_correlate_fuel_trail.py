"""A tank leaking as its vehicle drives on leaves one job along its road.

Described situation (the shape of situations 1799 and 1876): at 01:34 a patrol reports a
long stretch of oil on 經貿路, a lorry's tank leaking as it drove on; the fire bureau sends
its chemical unit to spread absorbent. Callers report the oil where they meet it along the
road, 1.2 km on and 1.4 km back the other way; a scooter rider slips on it 700 m along and
the patrol reports the fall; then the police close the outer lane there to wash the oil
off. The coordinator reads one spill along the road: the callers' oil and the lane closed
to clean it are the spill's; the rider's fall is a casualty's job of its own.

Background: a caller who finds oil on 黎明路, the parallel road 1.1 km away, met another
leak; a caller reporting oil on 經貿路 three hours after the spill's last report, when the
road was washed and the job gone quiet, reports something new.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_471_600.0  # where the patrol found the oil
NORTH = 1100.0  # 黎明路, parallel to 經貿路
NAMES = {"jingmao": "經貿路", "liming": "黎明路"}
U = CapSeverity.UNKNOWN


def roads(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """經貿路 east-west through the spill (metres along it from 3 km west) and 黎明路 parallel north."""
    lines = {"jingmao": abs(y - Y0), "liming": abs(y - Y0 - NORTH)}
    return tuple((road, x - X0 + 3000.0) for road, off in lines.items() if off <= within_m)


def report(key: str, feed: str, category: str, dx: float, dy: float, minute: float, text: str) -> Item:
    agency = {"1999": "citizen", "119": "fire"}.get(feed, "police")
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text)


SPILL = [
    report("patrol", "incident", "fallen_object", 0.0, 0.0, 0.0, "經貿路二段路面油漬，長約數百公尺，疑似車輛漏油"),
    report("hazmat", "119", "hazmat", 0.0, 10.0, 4.0, "經貿路 車輛漏油 路面油污 派遣化學車及撒吸油棉"),
    report("ahead", "1999", "road_damage", 1200.0, 15.0, 8.0, "經貿路上有油，機車要小心"),
    report("fall", "incident", "injury_accident", 700.0, 10.0, 12.0, "經貿路機車騎士因路面油漬滑倒受傷"),
    report("behind", "1999", "other", -1400.0, -20.0, 16.0, "經貿路往中平路口這段也有油，一路延伸過來，很長"),
    report("closure", "incident", "road_closure", 700.0, 0.0, 20.0, "經貿路外側車道封閉清除油污"),
]


def run(items: list[Item]) -> Correlator:
    c = Correlator(roads_at=roads, road_names=NAMES)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    c.tick(max(it.t for it in items) + 7200.0)
    return c


def test_the_oil_callers_meet_along_the_road_and_the_lane_closed_to_wash_it_are_the_spill_s() -> None:
    c = run(SPILL)
    spill = c.where("patrol")
    assert spill is not None
    assert c.where("hazmat") == spill
    assert c.where("ahead") == spill
    assert c.where("behind") == spill
    assert c.where("closure") == spill


def test_a_rider_who_slipped_on_the_oil_is_a_job_of_its_own() -> None:
    c = run(SPILL)
    assert c.where("fall") not in (None, c.where("patrol"))


def test_oil_on_the_parallel_road_is_not_the_spill_s() -> None:
    other = report("other-road", "1999", "road_damage", 300.0, NORTH, 10.0, "黎明路上有油，機車要小心")
    c = run([*SPILL, other])
    assert c.where("other-road") != c.where("patrol")


def test_oil_reported_hours_after_the_road_was_washed_is_not_the_old_spill_s() -> None:
    late = report("late", "1999", "road_damage", 600.0, 10.0, 200.0, "經貿路上有油，機車要小心")
    c = run([*SPILL, late])
    assert c.where("late") != c.where("patrol")
