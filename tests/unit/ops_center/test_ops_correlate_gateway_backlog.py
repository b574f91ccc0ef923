"""A roadside gateway's outage is the contractor's job; what its devices saw meanwhile is not.

Described situation: at night the roadside gateway at 中清路/環中路 loses its link
(comms_lost): a junction camera 360 m down 環中路 and two detectors drop within seconds,
and the offline rule raises its alerts five minutes later. Twenty-five minutes on, a car
knocks a rider down at the junction (a caller, 119, the police; the ambulance leaves for the
hospital half an hour later). The gateway comes back
after an hour and a quarter and flushes what its devices buffered (補傳): the detectors'
slow-downs, the camera's stalled car, observed while the link was down. Then the offline
rule clears its alerts ("設備恢復連線，警戒解除"), and half an hour later, the wreck towed,
the detectors' speed recovers ("車速回升，警戒解除"). The coordinator runs two jobs: the
gateway (the contractor: the silences, the returns, the clears of the silences) and the
crash (the queue the detectors and the camera saw, and the queue's end).
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind

X0, Y0, T0 = 215_166.0, 2_677_061.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN
#: device, (dx, dy) from the junction
VD1, VD3, CAM = ("SN-VD-ZQ-1", (74.0, -77.0)), ("SN-VD-HZ-3", (-8.0, 30.0)), ("SN-CCTV-HZ-JM", (-362.0, -7.0))


def ev(key: str, feed: str, cat: str, at: tuple[float, float], dt: float, text: str, src: str = "") -> Item:
    agency = {"1999": "citizen", "status": "traffic", "incident": "police", "119": "fire", "cctv": "police"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + at[0], Y0 + at[1], T0 + dt, src, text)


def rule(key: str, cat: str, device: tuple[str, tuple[float, float]], dt: float, text: str) -> Item:
    sev = CapSeverity.SEVERE if cat == "congestion" else CapSeverity.MINOR
    src, (dx, dy) = device
    return Item(key, ItemKind.ALERT, "traffic", "rule", cat, sev, X0 + dx, Y0 + dy, T0 + dt, src, text)


def night() -> Correlator:
    devices = (VD1, VD3, CAM)
    arrivals: list[tuple[float, Item]] = []
    for i, (src, at) in enumerate(devices):
        arrivals.append((5.0, ev(f"off{i}", "status", "offline", at, 0.0, "設備離線 reason=comms_lost", src)))
        text = "設備離線：逾5分鐘未回傳資料（status offline: comms_lost）"
        arrivals.append((320.0, rule(f"silent{i}", "sensor_offline", (src, at), 310.0, text)))
    crash = [
        ev("call", "1999", "traffic_accident", (-6.0, -18.0), 1500.0, "中清路環中路口有人被撞，倒在地上沒有動"),
        ev("amb", "119", "ambulance", (0.0, 0.0), 1550.0, "救護：中清路/環中路口 汽機車事故 機車騎士1名 意識模糊"),
        ev("police", "incident", "injury_accident", (0.0, 0.0), 1640.0, "中清路與環中路口 自小客車與機車碰撞，占用中"),
        replace(ev("amb2", "119", "ambulance", (0.0, 0.0), 3600.0, "救護：傷者送往醫院"), follows="amb"),
    ]
    arrivals += [(it.t - T0 + 40.0, it) for it in crash]
    for i, (src, at) in enumerate(devices):
        arrivals.append((4500.0 + i, ev(f"on{i}", "status", "online", at, 4500.0 + i, "設備恢復連線", src)))
    arrivals += [
        (4540.0, rule("slow1", "congestion", VD1, 2520.0, "中清路車輛偵測器1 平均車速 5 km/h（補傳）")),
        (4545.0, rule("slow3", "congestion", VD3, 2640.0, "環中路車輛偵測器3 平均車速 7 km/h（補傳）")),
        (4560.0, ev("cam", "cctv", "stalled_vehicle", CAM[1], 3360.0, "影像分析：車輛停滯（離線期間暫存）", CAM[0])),
    ]
    for i, (src, at) in enumerate(devices):
        arrivals.append((4620.0 + i, rule(f"back{i}", "cleared", (src, at), 4600.0 + i, "設備恢復連線，警戒解除")))
    arrivals += [
        (6500.0, rule("fast1", "cleared", VD1, 6480.0, "中清路車輛偵測器1 車速回升 37 km/h，警戒解除")),
        (6620.0, rule("fast3", "cleared", VD3, 6600.0, "環中路車輛偵測器3 車速回升 41 km/h，警戒解除")),
    ]
    c = Correlator()
    for at, it in sorted(arrivals, key=lambda a: a[0]):
        c.feed(it, T0 + at)
    c.tick(T0 + 3 * 3600.0)
    return c


def test_the_gateway_s_silences_returns_and_their_clears_are_one_job_and_not_the_crash() -> None:
    c = night()
    gateway = c.where("off0")
    assert gateway is not None
    assert c.snapshot(gateway).type is IncidentType.INFRASTRUCTURE
    keys = [f"{kind}{i}" for kind in ("off", "silent", "on", "back") for i in range(3)]
    assert {k: c.where(k) for k in keys} == dict.fromkeys(keys, gateway)


def test_what_the_gateway_s_devices_saw_while_it_was_down_is_the_crash_s_not_the_gateway_s() -> None:
    c = night()
    gateway, crash = c.where("off0"), c.where("police")
    assert crash is not None
    assert crash != gateway
    assert {c.where(k) for k in ("call", "amb", "amb2", "slow1", "slow3", "fast1", "fast3")} == {crash}
    assert c.where("cam") != gateway
