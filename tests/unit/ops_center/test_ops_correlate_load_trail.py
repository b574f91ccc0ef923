"""A load shed as its lorry drives on leaves one job along its road.

Described situation (the shape of situation 2034): at 14:12 a junction camera on 經貿路 sees
an object fallen on the road; a caller beside it says steel pipes lie all over the southbound
lanes (經貿路往南有很多鐵管掉在路上); three minutes later a caller 290 m further south says
there are more pipes near the next junction (經貿路快到中科路那邊路上還有鐵管); then the
patrol reports a lorry dropped scaffolding pipes over about 200 m and closes the lanes.
The coordinator runs one job: the police and the road crew clear the whole stretch, wherever
the callers meet the pipes.

Near misses the rule must not merge: a branch blown onto 黎明路, the parallel road 1.1 km
away, is the parks crew's own job; planks reported on 經貿路 1.6 km down the road are farther
than a load shed from one lorry is read to reach; pipes reported on 經貿路 three hours after
the stretch was cleared and the job went quiet are something new.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind
from ops_center.policies import LOAD_TRAIL_M

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_779_471_600.0  # the camera that saw the first pipes
WEST = 1100.0  # 黎明路, parallel to 經貿路
NAMES = {"jingmao": "經貿路", "liming": "黎明路"}
U = CapSeverity.UNKNOWN


def roads(x: float, y: float, within_m: float) -> tuple[tuple[str, float], ...]:
    """經貿路 north-south through the pipes (metres along it from 3 km north) and 黎明路 parallel west."""
    lines = {"jingmao": abs(x - X0), "liming": abs(x - X0 + WEST)}
    return tuple((road, Y0 - y + 3000.0) for road, off in lines.items() if off <= within_m)


def report(key: str, feed: str, category: str, dx: float, dy: float, minute: float, text: str) -> Item:
    agency = {"1999": "citizen", "119": "fire", "cctv": "police"}.get(feed, "police")
    src = f"cam-{key}" if feed == "cctv" else ""
    return Item(key, ItemKind.EVENT, agency, feed, category, U, X0 + dx, Y0 + dy, T0 + minute * 60.0, src, text)


PIPES = [
    report("camera", "cctv", "fallen_object", 0.0, 0.0, 0.0, "經貿路二段/經貿七路 偵測路面掉落物"),
    report("first", "1999", "fallen_object", 30.0, -150.0, 2.0, "經貿路往南有很多鐵管掉在路上，車子都在閃"),
    report("more", "1999", "fallen_object", 60.0, -290.0, 5.0, "經貿路快到中科路那邊路上還有鐵管"),
    report("patrol", "incident", "fallen_object", 25.0, -120.0, 7.0, "經貿路二段南向 貨車掉落鷹架鋼管 散落約200公尺"),
]


def run(items: list[Item]) -> Correlator:
    c = Correlator(roads_at=roads, road_names=NAMES)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    c.tick(max(it.t for it in items) + 7200.0)
    return c


def test_more_of_the_load_further_down_the_road_is_the_same_job() -> None:
    c = run(PIPES)
    job = c.where("first")
    assert job is not None
    assert c.where("camera") == c.where("more") == c.where("patrol") == job


def test_a_branch_on_the_parallel_road_is_its_own_job() -> None:
    branch = report("branch", "1999", "fallen_object", -WEST, -200.0, 6.0, "黎明路有樹枝掉在路上擋住車道")
    c = run([*PIPES, branch])
    assert c.where("branch") != c.where("first")


def test_planks_far_down_the_road_are_not_the_pipes_job() -> None:
    far = report("far", "1999", "fallen_object", 20.0, -1600.0, 6.0, "經貿路靠近中平路有木板掉在路上")
    c = run([*PIPES, far])
    assert c.where("far") != c.where("first")


def test_pipes_hours_after_the_stretch_was_cleared_are_something_new() -> None:
    late = report("late", "1999", "fallen_object", 40.0, -250.0, 200.0, "經貿路上有鐵管掉在路上")
    c = run([*PIPES, late])
    assert c.where("late") != c.where("first")


@settings(max_examples=40, deadline=None)
@given(
    along=st.floats(min_value=-4000.0, max_value=4000.0),
    off=st.floats(min_value=-3000.0, max_value=3000.0),
    load=st.sampled_from(["鐵管", "鋼管", "碎石", "木板", "貨物"]),
)
def test_a_load_named_beyond_the_trail_is_never_the_pipes_job(along: float, off: float, load: str) -> None:
    # farther than LOAD_TRAIL_M plus a crash's reach from every report of the pipes: never theirs
    item = report("x", "1999", "fallen_object", off, along, 6.0, f"路上有{load}掉落")
    nearest = min(((item.x - p.x) ** 2 + (item.y - p.y) ** 2) ** 0.5 for p in PIPES)
    if nearest <= LOAD_TRAIL_M + 300.0:
        return
    c = run([*PIPES, item])
    assert c.where("x") != c.where("first")
