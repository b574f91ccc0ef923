"""A smell of gas beyond a fire's site is a leak of its own.

Described situation: an evening kitchen fire on the fifth floor of block A of the residential
estate (the panel alarms, 119 sends three engines, neighbours see flames). Four minutes later
a resident of block B, 180 m away, calls 1999: a heavy smell of gas in the stairwell, a pipe
may have broken. A minute after, 119 sends a hazmat crew to block B and the gas company is
called. The coordinator runs two jobs: the engines at the fire, the hazmat crew and the gas
company at the leak; the resident's call is the leak's.

What stays with the fire: a neighbour smelling gas in the burning block itself, 40 m from the
fire's panel (the fire's own site, where the engines stand), and a smell of gas beside a job
that is a leak already.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_335.0, 2_675_443.0, 1_779_470_000.0  # block A's panel; T0 = 19:00


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, minute: float, text: str) -> Item:
    sev = CapSeverity.UNKNOWN if feed in {"119", "1999"} else CapSeverity.SEVERE
    return Item(key, ItemKind.EVENT, agency, feed, category, sev, X0 + dx, Y0 + dy, T0 + minute * 60.0, "", text)


def run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    return c


FIRE = [
    item("panel", "fire_alarm", "alarm", "fire", 0.0, 0.0, 0.0, "火警受信總機 5F 偵煙器動作"),
    item("engines", "119", "fire", "fire", 15.0, -16.0, 2.0, "經貿路三段集合住宅5樓 廚房起火，出動3車"),
    item("flames", "1999", "fire_smoke", "citizen", 55.0, 21.0, 3.0, "經貿路三段大樓5樓窗戶有火！"),
]
BLOCK_B = (29.0, -250.0)  # block B's stairwell, 250 m from block A's panel
CREW = (50.0, -313.0)  # where 119 sends the hazmat crew, 66 m from the stairwell


def test_a_smell_of_gas_in_the_next_block_is_a_leak_of_its_own() -> None:
    c = run(
        [
            *FIRE,
            item("smell", "1999", "gas_odor", "citizen", *BLOCK_B, 6.0, "敦化路瓦斯味很重，好像管子破了"),
            item("hazmat", "119", "hazmat", "fire", *CREW, 7.0, "敦化路一段 天然氣外洩 出動2車"),
        ]
    )
    fire, leak = c.where("engines"), c.where("smell")
    assert fire is not None
    assert leak is not None
    assert fire != leak
    assert c.snapshot(leak).type is IncidentType.HAZMAT  # the fire bureau's hazmat crew
    assert c.where("hazmat") == leak


def test_a_smell_of_gas_in_the_burning_block_is_the_fire_s() -> None:
    inside = item("inside", "1999", "gas_odor", "citizen", 30.0, 25.0, 5.0, "我們這棟有瓦斯味，是不是火燒到瓦斯管")
    c = run([*FIRE, inside])
    assert c.where("inside") == c.where("engines") is not None


def test_a_smell_of_gas_beside_a_leak_is_the_leak_s() -> None:
    c = run(
        [
            item("hazmat", "119", "hazmat", "fire", *BLOCK_B, 0.0, "敦化路一段 天然氣外洩 出動2車"),
            item("smell", "1999", "gas_odor", "citizen", BLOCK_B[0], BLOCK_B[1] + 180.0, 4.0, "我們家樓下一直有瓦斯味"),
        ]
    )
    assert c.where("smell") == c.where("hazmat") is not None
