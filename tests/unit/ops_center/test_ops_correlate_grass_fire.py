"""A caller's grass or lot burning beyond a building fire's scene is a fire of its own.

Described situation: a Saturday evening kitchen fire on the seventh floor of block A of the
residential estate (the panel alarms, a resident calls, 119 sends the engines). Three minutes
later a walker calls 1999 from beside the park's detention pond, 400 m away: the grass there
is burning, the fire is big. A second walker calls from the same lawn, and 119 opens a second
case with another engine. The coordinator runs two fire jobs: the kitchen and the grass; the
walkers' calls are the grass fire's, whatever their phones' reach to the kitchen.

What stays with the kitchen fire: smoke a caller sees rising from 400 m away with no word of
what burns (the column over the block), and grass burning at the block's own scene (the
lawn under the burning flat, where the engines stand).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_335.0, 2_675_443.0, 1_779_470_000.0  # block A's panel; T0 = 20:30


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text)


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


KITCHEN = [
    item("panel", "fire_alarm", "alarm", "disaster", 0.0, 0.0, 0.0, "7樓 廚房 偵煙探測器動作"),
    item("resident", "1999", "fire_smoke", "citizen", 10.0, 5.0, 1.0, "生態住宅A區七樓有人家廚房冒煙，警報一直響"),
    item("engines", "119", "fire", "fire", 15.0, -6.0, 1.5, "水湳生態住宅A區 集合住宅火警 7樓廚房 出動西屯分隊"),
]
POND = (-330.0, -230.0)  # the lawn beside the detention pond, 402 m from block A's panel
LAWN = (-390.0, -230.0)  # the same lawn, 60 m on
CASE = (-310.0, -220.0)  # where 119 sends the second engine


def test_grass_burning_400_m_from_a_kitchen_fire_is_a_fire_of_its_own() -> None:
    c = run(
        [
            *KITCHEN,
            item("walker", "1999", "fire_smoke", "citizen", *POND, 3.0, "中央公園滯洪池旁邊的草地在燒，火很大"),
            item("second", "1999", "fire_smoke", "citizen", *LAWN, 4.0, "公園草皮著火，風很大火燒很快"),
            item("engine2", "119", "fire", "fire", *CASE, 5.0, "中央公園滯洪池旁 草地火警 出動1車"),
        ]
    )
    kitchen, grass = c.where("engines"), c.where("walker")
    assert kitchen is not None
    assert grass is not None
    assert kitchen != grass
    assert c.where("second") == grass
    assert c.where("engine2") == grass


def test_smoke_seen_from_as_far_with_no_word_of_grass_is_the_kitchen_fire_s() -> None:
    c = run([*KITCHEN, item("seen", "1999", "fire_smoke", "citizen", *POND, 3.0, "住宅那邊一直冒黑煙，是哪裡失火？")])
    assert c.where("seen") == c.where("engines") is not None


def test_grass_burning_at_the_block_s_own_scene_is_the_kitchen_fire_s() -> None:
    text = "A區樓下的草皮燒起來了，是樓上掉下來的東西"
    below = item("below", "1999", "fire_smoke", "citizen", 40.0, -60.0, 4.0, text)
    c = run([*KITCHEN, below])
    assert c.where("below") == c.where("engines") is not None
