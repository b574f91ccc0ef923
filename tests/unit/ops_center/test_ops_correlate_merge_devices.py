"""A merge of floods does not take back a sensor that has dropped with its gateway since.

Described situation: on a plum-rain evening a low street 700 m east of the park floods
(its sensor alerts at 18 cm), then the park's pond rises (its sensor alerts at 14 cm).
Half an hour later the park's sensor gateway loses its link: within forty seconds its
five pond sensors, the two level gauges and the rain gauge go offline, the flooded
pond's sensor among them (the gateway's job, by the one-cause rule), and their offline
alerts follow ten minutes later. A patrol finds the road between the pond and the street
under water: the two floods are one water and merge. An hour and a
half later the gateway is back and every device says so. The coordinator keeps the
gateway's job whole: the pond sensor's return online is the gateway's, not the flood's
its first reading was in.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_010.0, 2_675_250.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN
GATEWAY = [  # (sensor, dx, dy): the park's devices on one gateway, the south pond's last
    ("SN-FL-1", 0.0, 675.0),
    ("SN-FL-2", 163.0, 337.0),
    ("SN-WL-1", 62.0, 637.0),
    ("SN-RG-1", 91.0, 83.0),
    ("SN-FL-3", 0.0, 0.0),
    ("SN-FL-4", 161.0, -338.0),
    ("SN-FL-5", -2.0, -674.0),
    ("SN-WL-2", 100.0, -526.0),
]
POND = {s: (dx, dy) for s, dx, dy in GATEWAY}


def alert(key: str, category: str, sensor: str, dt: float, text: str) -> Item:
    dx, dy = POND[sensor]
    return Item(
        key, ItemKind.ALERT, "disaster", "rule", category, CapSeverity.MINOR, X0 + dx, Y0 + dy, T0 + dt, sensor, text
    )


def status(key: str, state: str, sensor: str, dt: float) -> Item:
    dx, dy = POND[sensor]
    text = "離線" if state == "offline" else "恢復連線"
    return Item(key, ItemKind.EVENT, "disaster", "status", state, U, X0 + dx, Y0 + dy, T0 + dt, sensor, text)


def _run(items: list[Item]) -> Correlator:
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 5.0)
    c.tick(T0 + 6 * 3600.0)
    return c


def _gateway_drops() -> list[Item]:
    t = 1800.0
    items = [status(f"off-{s}", "offline", s, t + 5.0 * i) for i, (s, _, _) in enumerate(GATEWAY)]
    items += [
        alert(f"silent-{s}", "sensor_offline", s, t + 600.0 + 8.0 * i, "超過 10 分鐘未回傳資料")
        for i, (s, _, _) in enumerate(GATEWAY)
    ]
    items += [status(f"on-{s}", "online", s, t + 5400.0 + 3.0 * i) for i, (s, _, _) in enumerate(GATEWAY)]
    return items


def test_a_merge_of_the_flood_its_sensor_was_in_does_not_take_the_sensor_s_return() -> None:
    # a street 700 m east flooded first, then the pond; the pond's sensor dropped with the
    # gateway; later a patrol between them finds one water, and the pond's flood merges into the
    # street's: the sensor coming back online afterwards is still the gateway's
    street = Item(
        "d-street",
        ItemKind.ALERT,
        "disaster",
        "rule",
        "flood_depth",
        CapSeverity.MINOR,
        X0 + 700.0,
        Y0,
        T0,
        "SN-FL-9",
        "低窪處 淹水深度 18 cm",
    )
    patrol = Item(
        "patrol",
        ItemKind.EVENT,
        "police",
        "incident",
        "flooding_report",
        U,
        X0 + 350.0,
        Y0,
        T0 + 2700.0,
        "",
        "公園至路口路段積水約 20 公分",
    )
    c = _run(
        [alert("d-pond", "flood_depth", "SN-FL-3", 300.0, "滯洪池3 淹水深度 14 cm"), street, patrol, *_gateway_drops()]
    )
    assert c.where("d-pond") == c.where("d-street") == c.where("patrol")
    (gateway,) = {c.where(f"{kind}-{s}") for s, _, _ in GATEWAY for kind in ("off", "silent", "on")}
    assert gateway != c.where("d-pond")
