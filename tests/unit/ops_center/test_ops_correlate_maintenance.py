"""A device offline for maintenance is a stop its owner planned: no job's evidence.

Described situation: at 19:02 the park's south cabinet loses mains power. Its flood
sensors and the underground car park's counter, all on the cabinet's gateway, go offline
one after another (one says its mains failed), and a caller reports the street lights
along the park dark. At 19:30 a vehicle detector on 中平路, 250 m east of the car park and on no gateway of
the park's, reports it is offline for a firmware update (韌體更新維護); at 20:10 it is back.
Another night a camera reports "離線（維護 maintenance）" with no reason field.

The coordinator sends Taipower and the park's contractor to the cabinet; the detector's
update is the traffic bureau's own planned work and no job of anyone's, and neither is its
return to service.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind, StatusReason

X0, Y0, T0 = 215_000.0, 2_674_800.0, 1_796_756_520.0  # the park's south cabinet; T0 = 19:02
U = CapSeverity.UNKNOWN
#: The reason a left-out item is stored with (ops_left_out, GET /api/incidents ... left out).
MAINTENANCE = "device_maintenance"


def status(
    key: str, category: str, sensor: str, dx: float, dy: float, dt: float, text: str,
    reason: StatusReason | None = None, gateway: str = "",
) -> Item:  # fmt: skip
    return Item(
        key, ItemKind.EVENT, "disaster", "status", category, U, X0 + dx, Y0 + dy, T0 + dt, sensor, text,
        reason=reason, gateway=gateway,
    )  # fmt: skip


def cabinet_outage() -> list[Item]:
    gw = "GW-CPS-01"
    return [
        status("s1", "offline", "SN-FL-003", 0, 0, 0, "滯洪池3 主電源中斷", StatusReason.MAINS_POWER_LOST, gw),
        status("s2", "offline", "SN-FL-004", 160, -330, 30, "滯洪池4 淹水感測器離線", gateway=gw),
        status("s3", "offline", "SN-WL-002", 100, -520, 36, "南滯洪池水位計離線", gateway=gw),
        status("s4", "offline", "SN-PK-005", 40, -350, 66, "地下停車場(南) 計數系統斷線", StatusReason.COMMS_LOST, gw),
        Item("c1", ItemKind.EVENT, "citizen", "1999", "streetlight", U, X0 - 80, Y0 - 680, T0 + 180, "",
             "公園南邊靠河南路那一整排路燈都不亮"),
    ]  # fmt: skip


def fed(*items: Item) -> Correlator:
    c = Correlator(retention_s=1e12)  # remembers what it left out
    for item in items:
        c.feed(item, item.t + 10.0)
    c.tick(max(item.t for item in items) + 6 * 3600.0)  # every wait ended
    return c


def test_a_detector_offline_for_its_firmware_update_is_no_job_s_evidence() -> None:
    update = status(
        "m1", "offline", "SN-VD-202", 250, -450, 1680, "中平路車輛偵測器2 韌體更新維護", StatusReason.MAINTENANCE
    )
    back = status("m2", "online", "SN-VD-202", 250, -450, 4080, "中平路車輛偵測器2 維護完成恢復連線")
    c = fed(*cabinet_outage(), update, back)
    outage = c.where("s1")
    assert outage is not None
    assert c.where("s4") == outage
    assert c.where("m1") is None
    assert c.left_out()["m1"] == MAINTENANCE
    assert c.where("m2") is None


def test_a_status_whose_text_says_maintenance_is_left_out_too() -> None:
    camera = status("m3", "offline", "SN-CCTV-007", 300, -100, 900, "環中路車輛偵測器2 離線（維護 maintenance）")
    c = fed(*cabinet_outage(), camera)
    assert c.where("m3") is None
    assert c.left_out()["m3"] == MAINTENANCE
