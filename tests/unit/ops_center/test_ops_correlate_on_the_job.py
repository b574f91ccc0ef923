"""An agency reports on the job it works until the job is done.

Described situation: in a typhoon a tree falls across 凱旋路; a patrol reports it and
puts out cones. The parks crew takes an hour and forty minutes to saw it up; then the
patrol reports the lanes open again, at the same spot. A coordinator closes the one job
with that report. A crash at the same spot two hours later is a new job; so is a tree
down 400 m along the road.
"""

from __future__ import annotations

from ops_center.correlate import Correlator, incident_id_for
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_500.0, 2_677_000.0, 1_784_000_000.0


def police(key: str, category: str, minute: float, text: str, dx: float = 0.0) -> Item:
    return Item(key, ItemKind.EVENT, "police", "incident", category, CapSeverity.MODERATE, X0 + dx, Y0,
                T0 + 60 * minute, text=text)


def _feed(c: Correlator, items: list[Item]) -> None:
    for item in items:
        c.feed(item, item.t + 60.0)


def test_the_patrols_report_that_the_tree_is_cleared_closes_the_same_job() -> None:
    c = Correlator()
    _feed(c, [
        police("down", "fallen_object", 0, "凱旋路路樹傾倒佔用車道，已擺放交通錐"),
        police("cleared", "fallen_object", 100, "凱旋路倒樹已由養工處清除，車道恢復", dx=15.0),
    ])
    assert c.where("cleared") == incident_id_for("down")


def test_a_crash_at_the_same_spot_hours_later_is_a_new_job() -> None:
    c = Correlator()
    _feed(c, [
        police("down", "fallen_object", 0, "凱旋路路樹傾倒佔用車道"),
        police("crash", "injury_accident", 120, "凱旋路 自小客車與機車碰撞 騎士受傷"),
    ])
    assert c.where("crash") == incident_id_for("crash")


def test_a_tree_down_400_m_along_the_road_is_another_job() -> None:
    c = Correlator()
    _feed(c, [
        police("down", "fallen_object", 0, "凱旋路路樹傾倒佔用車道"),
        police("other", "fallen_object", 90, "凱旋路另一棵路樹倒塌", dx=400.0),
    ])
    assert c.where("other") == incident_id_for("other")
