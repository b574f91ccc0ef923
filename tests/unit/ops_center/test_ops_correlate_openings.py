"""What one report is enough to open: the opening rules seen from the coordinator's desk.

A citizen's call opens a job at once when the agency that answers such a call acts on
one call (a fire, a missing person, a smell of gas, a road caving in, deep water); a
routine complaint of the same category (a sewer's stink, a pothole, a little water on
the road) waits for a second, independent source.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.lexicon import lexicon
from ops_center.correlate import Correlator, Opened, Pending, incident_id_for
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import ONE_CALL, Signal

X0, Y0, T0 = 215_000.0, 2_676_000.0, 1_464_850_000.0


def call(key: str, category: str, text: str, dx: float = 0.0, dt: float = 0.0) -> Item:
    """A 1999 call (agency citizen, no severity) ``dx`` metres east of the origin."""
    return Item(key, ItemKind.EVENT, "citizen", "1999", category, CapSeverity.UNKNOWN, X0 + dx, Y0, T0 + dt, "", text)


def opened(c: Correlator, item: Item) -> IncidentType | None:
    """The type of the incident that opened with ``item`` when it was fed, or None."""
    for change in c.feed(item, item.t):
        if isinstance(change, Opened) and c.where(item.key) == change.incident_id:
            return change.type
    return None


def waits(c: Correlator, item: Item) -> bool:
    """Whether ``item``, fed at its own time, waits for a second source."""
    return isinstance(c.feed(item, item.t)[-1], Pending)


def one_call_each(category: str, opening: list[str], waiting: str) -> tuple[list[IncidentType | None], bool]:
    """Calls 3 km apart: the types the ``opening`` calls opened, and whether ``waiting`` waits."""
    c = Correlator()
    types = [opened(c, call(f"o{i}", category, text, dx=3000.0 * i)) for i, text in enumerate(opening)]
    return types, waits(c, call("w", category, waiting, dx=3000.0 * len(opening)))


def test_one_call_about_a_stall_on_fire_opens_a_fire_job_at_once() -> None:
    """1999 passes a fire to 119, which sends an engine on one call: the coordinator sees
    the job when the call comes, not when a second caller happens to ring."""
    c = Correlator()
    assert opened(c, call("f1", "fire_smoke", "市集有攤位瓦斯爐起火！")) is IncidentType.FIRE
    assert c.where("f1") == incident_id_for("f1")


def test_one_call_about_a_lost_child_opens_a_search_at_once() -> None:
    """A lost child or a confused elderly person is searched for at once."""
    c = Correlator()
    text = "小孩走失！5歲男生穿紅色外套，在中央公園市集走散"
    assert opened(c, call("m1", "other", text)) is IncidentType.RESCUE


def test_a_smell_of_gas_opens_at_once_and_a_sewers_stink_waits() -> None:
    """A gas leak can explode: the fire bureau goes on one call. A drain that stinks is
    the environment bureau's routine complaint."""
    c = Correlator()
    assert opened(c, call("g1", "gas_odor", "整條巷子都是瓦斯味，很濃")) is IncidentType.HAZMAT
    out = c.feed(call("g2", "gas_odor", "排水溝很臭 好幾天了", dx=3000.0), T0)
    assert isinstance(out[-1], Pending)


def test_a_road_caving_in_opens_at_once_and_a_pothole_waits() -> None:
    """A road that caves in under traffic is closed at once; a pothole is repaired in turn."""
    c = Correlator()
    assert opened(c, call("r1", "road_damage", "河南路路面下陷 大約一公尺見方 很危險")) is IncidentType.INFRASTRUCTURE
    out = c.feed(call("r2", "road_damage", "中科路路面有坑洞 機車騎過很危險", dx=3000.0), T0)
    assert isinstance(out[-1], Pending)


def test_deep_water_or_water_pouring_into_a_car_park_opens_a_flood_and_a_little_water_waits() -> None:
    """A caller who says how deep the water is reads like a flood sensor; water pouring into
    an underground car park with cars inside must be stopped now. A little water on the
    road after rain is not a flood yet: it waits for a sensor or a second caller."""
    c = Correlator()
    assert opened(c, call("w1", "flooding", "步道淹水，水快淹到膝蓋")) is IncidentType.FLOOD
    assert opened(c, call("w2", "flooding", "地下停車場入口水一直灌進去，裡面還有車", dx=3000.0)) is IncidentType.FLOOD
    out = c.feed(call("w3", "flooding", "路口積水，機車騎過去會噴水", dx=6000.0), T0)
    assert isinstance(out[-1], Pending)


def test_a_second_caller_still_confirms_a_call_that_waits() -> None:
    """Two callers about the same stinking drain (two sources) open a job between them."""
    c = Correlator()
    c.feed(call("g1", "gas_odor", "這邊好臭"), T0)
    assert opened(c, call("g2", "gas_odor", "巷口也很臭", dx=80.0, dt=120.0)) is IncidentType.HAZMAT


_ROAD_CUE = ONE_CALL[Signal.ROAD_DAMAGE]
assert _ROAD_CUE is not None
_ROAD_WORDS = lexicon().cue_words(_ROAD_CUE)


@given(st.text(max_size=100), st.sampled_from(("", *_ROAD_WORDS)), st.text(max_size=100))
def test_a_road_damage_call_opens_exactly_when_its_text_says_the_road_caves_in(
    before: str, word: str, after: str
) -> None:
    """Any text: the call opens an infrastructure job or waits, never anything else, and it
    opens exactly when the text holds a word of the rule (read as the lexicon reads a cue:
    after NFKC and lower case)."""
    text = before + word + after
    c = Correlator()
    (change,) = c.feed(call("r1", "road_damage", text), T0)
    if any(w in unicodedata.normalize("NFKC", text).lower() for w in _ROAD_WORDS):
        assert change == Opened(incident_id_for("r1"), IncidentType.INFRASTRUCTURE, "r1")
    else:
        assert isinstance(change, Pending)


def test_a_cameras_crash_detection_opens_a_traffic_job_and_a_stopped_car_waits() -> None:
    """The operator sees the crash on the junction camera's image: a traffic job at once.
    A car stopped at another junction may be waiting in a queue: that needs a second source."""
    c = Correlator()
    crash = Item("v1", ItemKind.EVENT, "police", "cctv", "accident", CapSeverity.UNKNOWN, X0, Y0, T0, "CAM-1")
    assert opened(c, crash) is IncidentType.TRAFFIC
    stop = Item(
        "v2", ItemKind.EVENT, "police", "cctv", "stalled_vehicle", CapSeverity.UNKNOWN, X0 + 3000, Y0, T0, "CAM-2"
    )
    out = c.feed(stop, T0)
    assert isinstance(out[-1], Pending)


def test_a_branch_down_on_a_park_path_waits_and_a_tree_across_the_road_opens() -> None:
    """A branch down on a park path is the parks office's routine case, not a traffic job;
    a tree across two lanes is."""
    c = Correlator()
    out = c.feed(call("t1", "fallen_tree", "公園內一棵小樹枝幹斷落在步道，無人受傷，請清除。"), T0)
    assert isinstance(out[-1], Pending)
    assert opened(c, call("t2", "fallen_tree", "中科路路樹倒塌 擋住兩線道", dx=3000.0)) is IncidentType.TRAFFIC


def test_a_camera_s_sure_wrong_way_detection_opens_at_once_and_a_doubtful_one_waits() -> None:
    """A car driving the wrong way along the arterial at night is a head-on crash about to
    happen: the coordinator sends the patrol on the camera's first sighting. A wrong-way
    track the analytics rates near even odds (a scooter on the shoulder for four seconds)
    waits for a second source."""
    c = Correlator()
    sure = Item(
        "w1", ItemKind.EVENT, "police", "cctv", "wrong_way", CapSeverity.UNKNOWN, X0, Y0, T0, "CAM-1", confidence=0.77
    )
    assert opened(c, sure) is IncidentType.TRAFFIC
    doubtful = Item(
        "w2",
        ItemKind.EVENT,
        "police",
        "cctv",
        "wrong_way",
        CapSeverity.UNKNOWN,
        X0 + 3000,
        Y0,
        T0,
        "CAM-2",
        text="經貿路二段/黎明路三段 偵測機車逆向 持續 4 秒",
        confidence=0.57,
    )
    out = c.feed(doubtful, T0)
    assert isinstance(out[-1], Pending)


@pytest.mark.parametrize(
    ("category", "opening", "waiting", "typ"),
    [
        pytest.param(
            "fallen_tree",
            [
                "中科路靠公園那邊一棵大樹被風吹倒，擋住兩個車道，車子都要繞過去。",
                "敦化路公園旁邊一棵大樹倒下來，整棵橫在馬路上",
            ],
            "中央公園裡面步道有一棵樹倒下來，早上運動的人過不去",
            IncidentType.TRAFFIC,
            id="a tree beside the park lying on the road opens, one on the park path waits",
        ),
        pytest.param(
            "other",
            [
                "轉運中心外面有人在打架，兩個男的好像喝醉了，有一個頭在流血",
                "河南路的便利商店門口有幾個喝醉的在吵架，快要打起來了",
            ],
            "我停在河南路停車場的機車被偷了",
            IncidentType.PUBLIC_SAFETY,
            id="a fight opens, a theft reported waits",
        ),
        pytest.param(
            "flooding",
            [
                "中平路施工的地方水管被挖破，水一直噴出來，整條路都是水",
                "敦化路上有水一直從地上冒出來，像噴泉一樣，整條路都是水",
            ],
            "黎明路凱旋路口積水，機車騎過去會噴水",
            IncidentType.FLOOD,
            id="water welling up out of the road opens, a scooter splashing through a puddle waits",
        ),
        pytest.param(
            "fire_smoke",
            ["中清路旁空地有人在燒垃圾，白煙一直飄過來。", "文華路這邊空地有人在燒雜草，煙很大飄進我們家"],
            "凱旋路敦化路口有人在路邊燒金紙，煙飄到我家",
            IncidentType.FIRE,
            id="rubbish or weeds burning on a lot opens, joss paper burning waits",
        ),
    ],
)
def test_one_call_opens_where_its_agency_acts_on_one_call_and_the_routine_case_waits(
    category: str, opening: list[str], waiting: str, typ: IncidentType
) -> None:
    """The caller names the park to say where the tree fell: a tree lying across the lanes
    of the road beside it blocks the traffic, and the road's crew is sent on that one call,
    while a tree down on the path inside the park is the parks office's routine. People
    fighting outside the transit hub, or about to: 110 sends a patrol on that one call, as
    119 sends an engine on one call about a fire, while a call that a scooter was stolen is
    the station's case to take down. Water gushing up out of the road is a burst main: the
    water company shuts it off and the police close the road on one call, while a puddle a
    scooter splashes through is the rain's and waits. Rubbish or weeds set alight on a lot:
    119 sends an engine to put it out; joss paper burnt by the roadside is the environment
    bureau's routine."""
    types, waited = one_call_each(category, opening, waiting)
    assert types == [typ, typ]
    assert waited


def test_a_crash_detection_its_analytics_doubts_waits_for_a_second_source() -> None:
    """Below even odds the analytics itself doubts what it saw: no job on that alone, but a
    caller reporting the crash at the junction opens it with the detection."""
    c = Correlator()
    unsure = Item(
        "v1", ItemKind.EVENT, "police", "cctv", "accident", CapSeverity.UNKNOWN, X0, Y0, T0, "CAM-1", confidence=0.3
    )
    out = c.feed(unsure, T0)
    assert isinstance(out[-1], Pending)
    assert opened(c, call("c1", "traffic_accident", "路口兩台車撞在一起", dx=40.0, dt=60.0)) is IncidentType.TRAFFIC
    assert c.where("v1") == c.where("c1")


def _camera(key: str, category: str, text: str, confidence: float, dx: float = 0.0, dt: float = 0.0) -> Item:
    """A junction camera's analytics detection ``dx`` metres east of the origin."""
    return Item(
        key,
        ItemKind.EVENT,
        "police",
        "cctv",
        category,
        CapSeverity.UNKNOWN,
        X0 + dx,
        Y0,
        T0 + dt,
        f"CAM-{key}",
        text=text,
        confidence=confidence,
    )


def test_a_cameras_sure_sighting_of_a_load_shed_in_the_lanes_opens_a_traffic_job_at_once() -> None:
    """At 02:48 the camera at 中清路/環中路 sees steel pipes a lorry shed across the
    southbound lanes (situation 1053, analytics 0.83); callers ring a minute and four
    minutes later, the patrol cones the lanes off at 02:55. The operator sees the pipes on
    the image: the job opens with the camera's detection, and the first caller joins it."""
    c = Correlator()
    pipes = _camera("v1", "fallen_object", "影像分析：道路掉落物（中清路往南車道）", 0.83)
    assert opened(c, pipes) is IncidentType.TRAFFIC
    said = "中清路往市區方向，一台貨車掉了一整綑鐵管在路上，散在兩個車道"
    caller = call("c1", "fallen_object", said, dx=30.0, dt=40.0)
    c.feed(caller, caller.t)
    assert c.where("c1") == c.where("v1") == incident_id_for("v1")


def test_a_doubtful_fallen_object_stopped_cars_and_an_object_beside_a_job_open_nothing() -> None:
    """An object the analytics doubts (0.45: the authors read every such detection below
    even odds as background) and cars stopped (a queue's, until a second source says what
    stopped them) wait for a second source; an object 200 m from a job already open (its
    debris, placed at the camera and not at the object) opens no job of its own."""
    c = Correlator()
    assert waits(c, _camera("d1", "fallen_object", "影像分析：路面掉落物", 0.45))
    assert waits(c, _camera("s1", "stalled_vehicle", "影像分析：車輛停滯", 0.88, dx=3000.0))
    assert opened(c, call("k1", "traffic_accident", "中科路口兩台車相撞", dx=6000.0)) is IncidentType.TRAFFIC
    assert opened(c, _camera("d2", "fallen_object", "影像分析：車道掉落物", 0.86, dx=6200.0, dt=60.0)) is None
