"""A device that said when it went offline fell silent then, whatever its alert says later.

Described situation: on a Sunday afternoon the residential blocks' supply trips; both
blocks' fire panels switch to their batteries and the coordinator runs the outage as one
job. Twenty minutes later the level sensor of a pond 500 m off says itself that it goes
offline (its battery ran low), and the offline rule raises its alert five minutes after
that. The sensor fell silent when it said, twenty minutes after the panels, alone: a
sensor to service, no device of the outage (434, whose author calls it background). A
detector that sent nothing before the rule found it silent is the outage's
(tests/unit/ops_center/test_ops_correlate_silence_alert.py).
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_335.0, 2_675_443.0, 1_779_800_000.0
U = CapSeverity.UNKNOWN


def panel(key: str, dx: float, dy: float, dt: float, src: str) -> Item:
    return Item(key, ItemKind.EVENT, "disaster", "fire_alarm", "fault", U, X0 + dx, Y0 + dy, T0 + dt, src, "主電源中斷")


#: The blackout's panels, then the pond sensor's own word and the rule's alert after it.
ITEMS = [
    panel("panel-a", 0, 0, 0, "FA-1"),
    panel("panel-b", 20, -280, 5, "FA-2"),
    Item(
        "pond-off", ItemKind.EVENT, "disaster", "status", "offline", U, X0 - 165, Y0 - 530, T0 + 1140, "FL-4",
        "status offline: battery_low",
    ),
    Item(
        "pond", ItemKind.ALERT, "disaster", "rule", "sensor_offline", U, X0 - 165, Y0 - 530, T0 + 1440, "FL-4",
        "中央公園滯洪池4 超過 5 分鐘未回傳",
    ),
]  # fmt: skip


def test_the_alert_of_a_sensor_that_said_it_went_offline_alone_is_not_the_outage_s() -> None:
    c = Correlator()
    for it in ITEMS:
        c.feed(it, it.t + 30.0)
    outage = c.where("panel-a")
    assert outage is not None
    assert c.where("panel-b") == outage
    assert c.where("pond-off") != outage
    assert c.where("pond") != outage
