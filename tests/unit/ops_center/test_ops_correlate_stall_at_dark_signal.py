"""A vehicle a camera sees standing in a dark junction minutes after it went dark is a job of its own.

Described situation: at 05:12 the controller of the 河南路 / 中平路 junction reports a fault
(flashing yellow). At 05:20 the junction's camera sees a large vehicle standing in the kerb
lane, and at 05:24 a patrol reports a lorry whose engine failed 80 m before the junction,
in the kerb lane, a tow called. The coordinator sends the signal contractor to the
controller and a tow truck to the lorry: two jobs, the camera's sighting the lorry's.

Another morning a lorry strikes the signal pole at a junction: the controller reports
its fault and, 20 s later, the junction's camera sees the lorry standing there. That is
one job: the vehicle that put the signal out, seen as it happened.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_300.0, 2_674_200.0, 1_787_289_120.0  # the junction; T0 = 05:12
U = CapSeverity.UNKNOWN


def signal_fault(dt: float = 0.0) -> Item:
    return Item(
        "sig", ItemKind.EVENT, "traffic", "signal", "fault", U, X0, Y0, T0 + dt, "SIG-10", "號誌控制器 故障 黃燈閃爍"
    )


def camera(dt: float) -> Item:
    return Item(
        "cam",
        ItemKind.EVENT,
        "police",
        "cctv",
        "stalled_vehicle",
        U,
        X0 + 8.0,
        Y0 + 5.0,
        T0 + dt,
        "CCTV-10",
        "北向外側車道大型車停滯",
        confidence=0.86,
    )


def patrol(dt: float) -> Item:
    return Item(
        "lorry",
        ItemKind.EVENT,
        "police",
        "incident",
        "stalled_vehicle",
        CapSeverity.MINOR,
        X0 - 10.0,
        Y0 - 80.0,
        T0 + dt,
        "",
        "北向 路口前80公尺 大貨車引擎故障拋錨 佔用外側車道 已叫拖吊",
    )


def fed(*items: tuple[Item, float]) -> Correlator:
    c = Correlator()
    for item, delay in items:
        c.feed(item, item.t + delay)
    return c


def test_a_lorry_seen_standing_in_a_junction_dark_for_minutes_is_the_tow_s_job() -> None:
    c = fed((signal_fault(), 6.0), (camera(480.0), 21.0), (patrol(720.0), 140.0))
    dark = c.where("sig")
    assert dark is not None
    assert c.where("lorry") is not None
    assert c.where("cam") == c.where("lorry") != dark


def test_the_vehicle_seen_as_the_signal_went_out_is_the_signal_s_job() -> None:
    c = fed((signal_fault(), 6.0), (camera(20.0), 7.0))
    assert c.where("cam") == c.where("sig") is not None
