"""A sensor gateway that stops answering is the network's fault, not the flood it hid.

Described situation: in a typhoon the road's low point floods (its depth sensor, then
callers). Half an hour in, the gateway that carries the sensor and three of its
neighbours stops answering: the four devices drop within twenty seconds, their status
saying "閘道器無回應 最後心跳逾時" (the gateway does not answer, its last heartbeat timed
out) or "閘道器失聯" / "閘道器連線中斷", and come back with their backlog three quarters of
an hour later. The coordinator runs the flood (pumps, the closure, the rescue) and the
gateway (the contractor) as two jobs: the devices' silence is the link's, whatever the
words the gateway's statuses use for it, and the flood keeps the sensor's readings.
"""

from __future__ import annotations

import pytest

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 214_723.0, 2_674_359.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN
DEVICES = [("SN-FL-7", 0.0, 0.0), ("SN-FL-5", 285.0, 217.0), ("SN-WL-2", 387.0, 365.0), ("SN-PK-3", 448.0, 553.0)]


def ev(key: str, feed: str, cat: str, dx: float, dy: float, dt: float, text: str, src: str = "") -> Item:
    agency = {"1999": "citizen", "status": "disaster", "incident": "police"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + dx, Y0 + dy, T0 + dt, src, text)


def depth(key: str, dt: float, cm: int) -> Item:
    sev = CapSeverity.MODERATE if cm < 30 else CapSeverity.SEVERE
    text = f"河南路低窪處 淹水深度 {cm}cm"
    return Item(key, ItemKind.ALERT, "disaster", "rule", "flood_depth", sev, X0, Y0, T0 + dt, "SN-FL-7", text)


def night(words: str) -> Correlator:
    c = Correlator()
    items = [
        depth("d1", 0.0, 18),
        ev("call1", "1999", "flooding", -130.0, -55.0, 600.0, "河南路靠停車場這邊淹水，水淹到輪胎一半"),
        depth("d2", 900.0, 27),
        *(
            ev(f"off{i}", "status", "offline", dx, dy, 1800.0 + 5.0 * i, words, src)
            for i, (src, dx, dy) in enumerate(DEVICES)
        ),
        ev("police", "incident", "flooding_report", -20.0, 22.0, 2400.0, "河南路近中央公園南端 積水約35公分 車輛熄火"),
        *(
            ev(f"on{i}", "status", "online", dx, dy, 4500.0 + 5.0 * i, "閘道器恢復連線 補傳資料", src)
            for i, (src, dx, dy) in enumerate(DEVICES)
        ),
        depth("d3", 4600.0, 33),
    ]
    for it in items:
        c.feed(it, it.t + 15.0)
    c.tick(T0 + 3 * 3600.0)
    return c


@pytest.mark.parametrize("words", ["閘道器無回應 最後心跳逾時", "設備離線（閘道器失聯）", "閘道器連線中斷，資料未回傳"])
def test_the_devices_of_a_gateway_that_stopped_answering_are_not_the_flood_they_watched(words: str) -> None:
    c = night(words)
    flood = c.where("d1")
    assert flood is not None
    assert c.snapshot(flood).type is IncidentType.FLOOD
    assert {c.where(k) for k in ("call1", "d2", "police", "d3")} == {flood}
    silence = {c.where(f"off{i}") for i in range(len(DEVICES))} | {c.where(f"on{i}") for i in range(len(DEVICES))}
    assert flood not in silence
