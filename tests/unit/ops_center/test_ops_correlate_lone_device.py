"""The devices of an outage fail together; one that falls silent alone later is not that outage.

Described situation: past midnight, in dry weather, the park's sensor gateway drops: its
five pond sensors, two level gauges and the rain gauge lose their link within half a
minute, a maintenance job for the gateway's contractor. Twenty minutes later the
detector of a car park 320 m south of the nearest pond sensor loses its link, and is back
three minutes later. The coordinator keeps one job, the gateway's; the car park's
detector dropping alone, twenty minutes after the gateway's devices dropped together, is
a flap of its own (background), not a ninth device of the gateway.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_010.0, 2_675_250.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN
GATEWAY = [  # (sensor, dx, dy): the park's devices on one gateway
    ("SN-FL-1", 0.0, 675.0),
    ("SN-FL-2", 163.0, 337.0),
    ("SN-FL-3", 0.0, 0.0),
    ("SN-FL-4", 161.0, -338.0),
    ("SN-FL-5", -2.0, -674.0),
    ("SN-WL-1", 62.0, 637.0),
    ("SN-WL-2", 100.0, -526.0),
    ("SN-RG-1", 91.0, 83.0),
]


def status(key: str, state: str, sensor: str, dx: float, dy: float, dt: float) -> Item:
    text = "通訊中斷 (comms_lost)" if state == "offline" else "恢復連線"
    return Item(key, ItemKind.EVENT, "disaster", "status", state, U, X0 + dx, Y0 + dy, T0 + dt, sensor, text)


def run() -> Correlator:
    c = Correlator()
    items = [status(f"off-{s}", "offline", s, dx, dy, 4.0 * i) for i, (s, dx, dy) in enumerate(GATEWAY)]
    items += [
        status("carpark-off", "offline", "SN-PK-3", -265.0, -858.0, 20 * 60.0),
        status("carpark-on", "online", "SN-PK-3", -265.0, -858.0, 23 * 60.0),
    ]
    for it in items:
        c.feed(it, it.t + 10.0)
    c.tick(T0 + 3 * 3600.0)
    return c


def test_the_gateway_s_devices_are_one_outage() -> None:
    c = run()
    (job,) = {c.where(f"off-{s}") for s, _, _ in GATEWAY}
    assert job is not None
    assert c.snapshot(job).type is IncidentType.INFRASTRUCTURE


def test_a_device_falling_silent_alone_twenty_minutes_later_is_not_the_gateway_s() -> None:
    c = run()
    job = c.where("off-SN-FL-1")
    assert c.where("carpark-off") != job
    assert c.where("carpark-on") != job
    assert len(c.snapshot(job).members) == len(GATEWAY)
