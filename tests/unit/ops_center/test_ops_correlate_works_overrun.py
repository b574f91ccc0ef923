"""A caller saying road works are still in place past their time opens the overrun's job.

Coordinators' example: the night works on 黎明路 (a gas main, permitted 23:00-05:00) still
take two lanes at 06:40. A driver calls 1999 (filed under road damage): "黎明路施工到現在還沒
收，兩個車道圍起來，等一下上班一定塞". The police go at once to have the contractor clear the
lanes: the call opens the job, and the police report a quarter of an hour later joins it.
A call about a pothole the works left behind, or about the noise of works in their night,
opens nothing by itself.
"""

from __future__ import annotations

from ops_center.correlate import incident_id_for
from ops_center.incidents import CapSeverity, Item, ItemKind
from tests.unit.ops_center.scene import Scene, replay

S = Scene(214_600.0, 2_676_200.0, 1_784_300_000.0)


def call(key: str, category: str, dx: float, minute: float, text: str) -> Item:
    return Item(key, ItemKind.EVENT, "citizen", "1999", category, CapSeverity.UNKNOWN, S.x0 + dx, S.y0,
                S.t0 + minute * 60.0, "", text)


def test_a_call_that_the_works_are_still_there_opens_the_overrun() -> None:
    c = replay([call("c", "road_damage", 0, 0, "黎明路施工到現在還沒收，兩個車道圍起來，等一下上班一定塞")])
    assert c.where("c") == incident_id_for("c")  # at once, before any other word of it
    police = S.item("p", "incident", "road_closure", "police", 40, 0, 15, "黎明路管線工程逾時未撤，仍佔兩車道")
    replay([police], c)
    assert c.where("p") == c.where("c")


def test_a_pothole_the_works_left_opens_nothing_by_itself() -> None:
    c = replay([call("c", "road_damage", 0, 0, "黎明路施工完的路面有一個坑洞，騎車要小心")])
    assert c.where("c") is None


def test_the_noise_of_works_in_their_night_opens_nothing_by_itself() -> None:
    c = replay([call("c", "noise", 0, 0, "黎明路半夜還在施工，機具很吵睡不著")])
    assert c.where("c") is None
