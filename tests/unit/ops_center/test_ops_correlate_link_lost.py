"""A device whose link dropped reports the network's fault, not a hazard at its place.

Described situation: at the evening rush a fryer burns at a booth in hall A of the
convention centre (its panel, then 119). Four minutes later the information display of
the car park 60 m from the hall loses its link (comms_lost) and is back three minutes
later: the coordinator reads a network hiccup, background, no part of the fire. The car
park's display under the burning hall losing its mains power instead (mains_power_lost)
is the fire's: the fire cut the power. On a concert evening, the junction camera 200 m
from the venue that saw the audience crowding loses its link: the network's fault, no
part of the concert's crowd job either.
"""

from __future__ import annotations

from dataclasses import replace

from common.vocabulary import StatusReason
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_911.0, 2_676_640.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN


def ev(key: str, feed: str, cat: str, dx: float, dy: float, dt: float, text: str, sensor: str = "") -> Item:
    agency = {"119": "fire", "fire_alarm": "disaster", "status": "traffic", "planned_event": "police"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + dx, Y0 + dy, T0 + dt, sensor, text)


def hall_fire(display: str) -> Correlator:
    c = Correlator()
    items = [
        ev("alarm", "fire_alarm", "alarm", 0.0, 0.0, 0.0, "A棟 2F 偵煙式探測器動作", "SN-FA-2"),
        ev("dispatch", "119", "fire", 0.0, 0.0, 240.0, "會展中心A棟2樓 展場攤位油炸鍋起火"),
        ev("off", "status", "offline", 30.0, -52.0, 480.0, f"停車場 車位資訊設備離線 {display}", "SN-PK-6"),
        ev("on", "status", "online", 30.0, -52.0, 660.0, "停車場 車位資訊設備恢復連線", "SN-PK-6"),
    ]
    for it in items:
        c.feed(it, it.t + 10.0)
    c.tick(T0 + 4 * 3600.0)
    return c


def test_a_display_losing_its_link_beside_a_burning_hall_is_no_part_of_the_fire() -> None:
    c = hall_fire("comms_lost")
    fire = c.where("dispatch")
    assert fire is not None
    assert c.where("off") != fire
    assert c.where("on") != fire


def test_a_display_losing_its_power_beside_a_burning_hall_is_the_fire_s() -> None:
    c = hall_fire("mains_power_lost")
    fire = c.where("dispatch")
    assert c.where("off") == fire
    assert c.where("on") == fire


def test_a_display_whose_status_gives_comms_lost_as_its_reason_and_no_text_is_no_part_of_the_fire() -> None:
    # the reason as the device's status message gives it (docs/mqtt.md), not as words of a text
    c = Correlator()
    items = [
        ev("alarm", "fire_alarm", "alarm", 0.0, 0.0, 0.0, "A棟 2F 偵煙式探測器動作", "SN-FA-2"),
        ev("dispatch", "119", "fire", 0.0, 0.0, 240.0, "會展中心A棟2樓 展場攤位油炸鍋起火"),
        replace(ev("off", "status", "offline", 30.0, -52.0, 480.0, "", "SN-PK-6"), reason=StatusReason.COMMS_LOST),
        ev("on", "status", "online", 30.0, -52.0, 660.0, "", "SN-PK-6"),
    ]
    for it in items:
        c.feed(it, it.t + 10.0)
    c.tick(T0 + 4 * 3600.0)
    fire = c.where("dispatch")
    assert fire is not None
    assert c.where("off") != fire
    assert c.where("on") != fire


def test_a_camera_losing_its_link_near_a_concert_is_no_part_of_its_crowd_job() -> None:
    c = Correlator()
    permit = ev("permit", "planned_event", "concert", 0.0, 0.0, -3600.0, "流行影音中心 演唱會 預估2萬人")
    c.feed(replace(permit, ends_t=T0 + 3 * 3600.0), T0 - 86_400.0)
    crowd = ev("cam-crowd", "status", "crowding", 150.0, 130.0, 600.0, "影像分析：人群聚集", "N-CCTV-7")
    camera = ev("cam-off", "status", "offline", 150.0, 130.0, 1800.0, "路口監視器 離線 comms_lost", "N-CCTV-7")
    for it in (replace(crowd, feed="cctv", agency="police"), camera):
        c.feed(it, it.t + 10.0)
    c.tick(T0 + 6 * 3600.0)
    assert c.explained_by("cam-crowd") == c.where("permit")  # the concert's crowd, held aside (nobody works it)
    assert c.where("cam-off") != c.where("permit")
