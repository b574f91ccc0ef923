"""A fire alarm that nobody has seen burning shares no cause with the devices that fail around it.

Described situation: at 14:20 an earthquake shakes an exhibition hall. Its fire panel alarms
(a sprinkler pipe broke: the fire bureau goes to look), and 15 s later the same panel reports
that its mains failed and it runs on its generator: the district's feeder tripped. Then the
signal controller of the junction 300 m away reports it lost its power and went dark, and a
camera beside that junction goes offline, its mains lost. The coordinator sends the fire crew
to the alarm, police to the dark junction and tracks the cut with Taipower: the junction and
the camera are no job of the alarm's, which explains nothing beyond its building until a fire
is seen (911, 912: the panel's alarm, the power cut and the dark junctions are separate jobs;
862: a device whose link dropped beside a panel's alarm is a flap of its own).

A truck that is seen burning at a junction (119 on scene, flames) burns the cables beside it:
the signal 250 m down the road that loses its power a minute later is the fire's (280).
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import IncidentType, Item, StatusReason
from tests.unit.ops_center.scene import Scene, replay

S = Scene(217_000.0, 2_677_000.0, 1_776_234_000.0)  # the hall; 14:20


def device(key: str, source: str, feed: str, category: str, agency: str, dx: float, minute: float,
           text: str, reason: StatusReason | None = None) -> Item:
    return replace(S.item(key, feed, category, agency, dx, 0.0, minute, text), source_id=source, reason=reason)


ALARM = device("alarm", "FA-1", "fire_alarm", "alarm", "disaster", 0.0, 0.0, "B棟2F 自動撒水設備 水流警報")
MAINS = device("mains", "FA-1", "fire_alarm", "fault", "disaster", 0.0, 0.25, "主電源停電，已切換緊急發電機供電")
DARK = device("dark", "SIG-1", "signal", "fault", "traffic", 300.0, 0.5, "號誌控制器失電，黑燈")
CAMERA = device("camera", "CCTV-1", "status", "offline", "police", 310.0, 1.0, "離線",
                StatusReason.MAINS_POWER_LOST)


def test_a_junction_that_went_dark_beside_an_alarm_is_not_the_alarm_s_job() -> None:
    c = replay([ALARM, MAINS, DARK, CAMERA], until=S.t0 + 4 * 3600.0)
    alarm = c.where("alarm")
    assert alarm is not None
    assert c.snapshot(alarm).type is IncidentType.FIRE
    assert c.where("dark") not in (None, alarm)
    assert c.where("camera") not in (None, alarm)


def test_a_device_whose_link_dropped_beside_an_alarm_is_not_the_alarm_s_job() -> None:
    link = device("link", "VD-1", "status", "offline", "traffic", 400.0, 1.0, "離線", StatusReason.COMMS_LOST)
    c = replay([ALARM, MAINS, link], Correlator())
    assert c.where("alarm") is not None
    assert c.where("link") != c.where("alarm")


def test_a_junction_that_went_dark_beside_a_fire_seen_burning_is_the_fire_s() -> None:
    truck = S.item("119", "119", "fire", "fire", 0.0, 0.0, 0.0, "火災：小貨車起火 車斗全面燃燒")
    seen = S.item("seen", "1999", "fire_smoke", "citizen", 20.0, 0.0, 0.5, "路口有一台貨車在燒，黑煙很濃")
    cable = device("cable", "CCTV-2", "status", "offline", "police", 30.0, 1.0, "離線",
                   StatusReason.MAINS_POWER_LOST)
    dark = device("dark2", "SIG-2", "signal", "fault", "traffic", 250.0, 1.5, "號誌控制器失電，黑燈")
    c = replay([truck, seen, cable, dark], until=S.t0 + 4 * 3600.0)
    fire = c.where("119")
    assert fire is not None
    assert c.snapshot(fire).type is IncidentType.FIRE
    assert c.where("cable") == c.where("dark2") == fire
