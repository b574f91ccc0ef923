"""Lost power stops no car: a queue is a power cut's only where the cut darkened signals.

Described situation: in a typhoon a feeder under the park trips: two panels switch to
their batteries, the park's devices drop with their mains, residents call about the dark.
Twenty-five minutes later a detector 340 m west of the park's car park reports
traffic crawling on 中科路: the road is flooding further south (a caller, the police),
and no signal went dark. The queue is the flood's (811-822: the power job holds no
queue), not the power cut's. Where the cut darkened the junctions (two controllers dark
beside the panels), the detector's queue is the dark junctions' and joins the cut's job.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 215_113.0, 2_675_887.0, 1_779_500_000.0
U = CapSeverity.UNKNOWN


def ev(key: str, feed: str, cat: str, dx: float, dy: float, dt: float, text: str, src: str = "") -> Item:
    agency = {"fire_alarm": "disaster", "status": "disaster", "1999": "citizen", "signal": "traffic"}[feed]
    return Item(key, ItemKind.EVENT, agency, feed, cat, U, X0 + dx, Y0 + dy, T0 + dt, src, text)


def slow(dt: float) -> Item:
    text = "中科路車輛偵測器1 平均車速 11 km/h，佔有率 38%，車流壅塞"
    return Item("slow", ItemKind.ALERT, "traffic", "rule", "congestion", CapSeverity.MODERATE,
                X0 - 320.0, Y0 - 221.0, T0 + dt, "SN-VD-ZK-1", text)  # fmt: skip


def night(dark_signals: bool) -> Correlator:
    items = [
        ev("fa1", "fire_alarm", "fault", 0.0, 0.0, 0.0, "主電源中斷，備用電源供電中", "SN-FA-1"),
        ev("fa2", "fire_alarm", "fault", 222.0, -444.0, 30.0, "市電中斷，切換備用電源", "SN-FA-2"),
        ev("off1", "status", "offline", -3.0, -1163.0, 100.0, "中央公園南滯洪池水位 離線：主電源中斷", "SN-WL-2"),
        ev("off2", "status", "offline", -12.0, -554.0, 110.0, "中央公園雨量站 離線：主電源中斷", "SN-RG-1"),
        ev("call", "1999", "streetlight", 383.0, -729.0, 780.0, "敦化路整條都暗的，是不是停電？"),
    ]
    if dark_signals:
        items += [
            ev("sig1", "signal", "fault", -320.0, -150.0, 60.0, "號誌控制器斷電（黑燈）", "SN-SIG-1"),
            ev("sig2", "signal", "fault", -300.0, 200.0, 65.0, "號誌控制器斷電（黑燈）", "SN-SIG-2"),
        ]
    items.append(slow(1500.0))
    c = Correlator()
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    c.tick(T0 + 3 * 3600.0)
    return c


def test_a_queue_beside_a_power_cut_that_darkened_no_signal_is_not_the_cut_s() -> None:
    c = night(dark_signals=False)
    cut = c.where("fa1")
    assert cut is not None
    assert {c.where(k) for k in ("fa2", "off1", "off2", "call")} == {cut}
    assert c.where("slow") != cut


def test_a_queue_at_the_junctions_the_cut_darkened_is_the_cut_s() -> None:
    c = night(dark_signals=True)
    cut = c.where("fa1")
    assert cut is not None
    assert {c.where(k) for k in ("fa2", "sig1", "sig2", "slow")} == {cut}
