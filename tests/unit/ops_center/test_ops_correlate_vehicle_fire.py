"""A caller's vehicle burning beyond a building fire's scene is a fire of its own.

Described situation: a weekday afternoon fire in a university lab (the panel alarms, a
student calls, 119 sends the engines); callers around the campus report its smoke. Four
minutes later a shopkeeper on 中清路, 450 m away, calls 1999: a scooter parked in the arcade
is burning, the flames are big, other scooters stand beside it; 119 opens a second case and
sends an engine there. The coordinator runs two fire jobs: the lab and the scooter. The
shopkeeper's call is the scooter's, whatever its reach to the lab: a caller standing beside
a burning scooter reports that scooter, not smoke seen from afar.

What stays with the lab fire: smoke a caller sees rising from 450 m with no word of what
burns; and a car burning at the lab's own scene (a car parked against the burning wing,
where the engines stand). What joins a car fire: a second caller 450 m on who sees a car
burning, when the job's own reports speak of a vehicle burning (the car driven on ablaze).
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from common.lexicon import Cue, cues
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_900.0, 2_676_900.0, 1_779_460_000.0  # the lab's panel; T0 = 15:00
ARCADE = (320.0, 320.0)  # the arcade on 中清路, 453 m from the lab's panel


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text)


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


LAB = [
    item("panel", "fire_alarm", "alarm", "disaster", 0.0, 0.0, 0.0, "實驗大樓 3樓 化學實驗室 偵煙探測器動作"),
    item("student", "1999", "fire_smoke", "citizen", 12.0, 8.0, 1.0, "學校實驗大樓三樓在冒煙，警報一直響"),
    item("engines", "119", "fire", "fire", 10.0, -5.0, 1.5, "逢甲大學水湳校區 實驗室火警 出動水湳分隊"),
]
SCOOTER = "中清路二段騎樓有一台機車在燒，火很大，旁邊還有其他機車"


def test_a_scooter_burning_450_m_from_a_lab_fire_is_a_fire_of_its_own() -> None:
    c = run(
        [
            *LAB,
            item("shopkeeper", "1999", "fire_smoke", "citizen", *ARCADE, 4.0, SCOOTER),
            item(
                "engine2",
                "119",
                "fire",
                "fire",
                ARCADE[0] + 10.0,
                ARCADE[1],
                5.0,
                "北屯區中清路二段 騎樓機車起火，派遣水湳分隊",
            ),
        ]
    )
    lab, scooter = c.where("engines"), c.where("shopkeeper")
    assert lab is not None
    assert scooter is not None
    assert lab != scooter
    assert c.where("engine2") == scooter


def test_smoke_seen_from_the_same_place_naming_nothing_burning_is_the_lab_s() -> None:
    c = run([*LAB, item("walker", "1999", "fire_smoke", "citizen", *ARCADE, 4.0, "學校那邊好多煙，是不是失火了")])
    assert c.where("walker") == c.where("engines") is not None


def test_a_car_burning_at_the_lab_s_scene_is_the_lab_fire_s() -> None:
    c = run([*LAB, item("car", "1999", "fire_smoke", "citizen", 40.0, 30.0, 4.0, "實驗大樓旁邊停的車子起火了")])
    assert c.where("car") == c.where("engines") is not None


def test_a_car_fire_takes_a_caller_farther_on_who_sees_a_car_burning() -> None:
    car = [
        item("driver", "1999", "fire_smoke", "citizen", 0.0, 0.0, 0.0, "環中路上一台車子起火了，火很大"),
        item("engine", "119", "fire", "fire", 5.0, 0.0, 1.0, "環中路二段 車輛火警 出動西屯分隊"),
    ]
    c = run([*car, item("behind", "1999", "fire_smoke", "citizen", 320.0, 320.0, 4.0, "環中路有車在燒，黑煙")])
    assert c.where("behind") == c.where("engine") is not None


def test_the_words_of_a_vehicle_burning() -> None:
    for text in (SCOOTER, "車子起火了", "中清路火燒車", "自小客車引擎室起火", "a car fire on the ramp"):
        assert Cue.VEHICLE_BURNING in cues(text), text
    for text in ("消防車一直經過", "學校那邊好多煙", "大樓在冒煙"):
        assert Cue.VEHICLE_BURNING not in cues(text), text


@settings(max_examples=30, deadline=None)
@given(
    dist=st.floats(min_value=380.0, max_value=650.0),
    minute=st.floats(min_value=2.0, max_value=25.0),
    words=st.sampled_from([SCOOTER, "路邊一台車子在燒", "這邊有一台機車起火", "前面火燒車"]),
)
def test_a_vehicle_burning_beyond_the_lab_s_scene_is_never_the_lab_fire(dist: float, minute: float, words: str) -> None:
    c = run([*LAB, item("caller", "1999", "fire_smoke", "citizen", dist, 0.0, minute, words)])
    assert c.where("caller") != c.where("engines")
