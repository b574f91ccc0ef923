"""A detention pond holding a little water is filling as built: no watch by itself.

Described situation: a summer shower over Central Park. Pond 3's depth sensor reads 9 cm
(the 1-15 cm band) and 40 minutes later its clear (2 cm): the pond took the shower as it
was built to, and nobody is sent (every author of the labelled situations reads such a
window as background). On another afternoon the same pond's sensor reads 12 cm and a
walker calls that the path beside the pond is under water, shoes soaked: the pond's path
is closed, one job holding the reading and the call (615). On a storm night the pond reads
9 cm, then 24 cm: the pond rising into the second band opens its watch.

A gateway drops on a storm morning: pond 3 reads 8 cm, four minutes later it and six other
sensors of the park go offline together (the gateway's job), and a caller then says the
pond is running over onto the path (a flood that takes the pond's reading). When the
gateway comes back, pond 3's return is the gateway's, not the flood's (476): the reading
the flood took was made before the sensor fell silent.
"""

from __future__ import annotations

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0, T0 = 214_400.0, 2_675_300.0, 1_779_471_600.0
MIN, MOD, U = CapSeverity.MINOR, CapSeverity.MODERATE, CapSeverity.UNKNOWN
POND = "detention_pond"


def pond(key: str, category: str, sev: CapSeverity, dt: float, text: str, src: str = "POND-FL-3") -> Item:
    """An alert of a pond's sensor (registered at a detention pond)."""
    return Item(key, ItemKind.ALERT, "disaster", "rule", category, sev, X0, Y0, T0 + dt, src, text, site=POND)


def call(key: str, dt: float, text: str, dx: float = 40.0, dy: float = 60.0) -> Item:
    return Item(key, ItemKind.EVENT, "citizen", "1999", "flooding", U, X0 + dx, Y0 + dy, T0 + dt, "", text)


def status(key: str, category: str, dt: float, src: str, dx: float) -> Item:
    """A device's status message, giving no reason."""
    return Item(key, ItemKind.EVENT, "disaster", "status", category, U, X0 + dx, Y0, T0 + dt, src, "")


def fed(*items: Item) -> Correlator:
    c = Correlator(retention_s=1e12)
    for it in sorted(items, key=lambda i: i.t):
        c.feed(it, it.t + 30.0)
    c.tick(T0 + 1e6)
    return c


def test_a_pond_s_shallow_reading_and_its_clear_open_nothing() -> None:
    c = fed(
        pond("r1", "flood_depth", MIN, 0.0, "中央公園滯洪池3 淹水深度 9 cm"),
        pond("r2", "cleared", MIN, 2400.0, "中央公園滯洪池3 淹水深度 2 cm"),
    )
    assert c.incident_ids() == []
    assert c.where("r1") is None
    assert c.where("r2") is None


def test_a_shallow_reading_and_a_call_at_the_pond_are_one_job() -> None:
    c = fed(
        pond("r1", "flood_depth", MIN, 0.0, "中央公園滯洪池3 淹水深度 12 cm"),
        call("c1", 700.0, "中央公園滯洪池旁邊步道淹水 走不過去 鞋子都濕了"),
    )
    assert c.where("r1") is not None
    assert c.where("c1") == c.where("r1")


def test_the_pond_rising_into_the_second_band_opens_its_watch() -> None:
    c = fed(
        pond("r1", "flood_depth", MIN, 0.0, "中央公園滯洪池3 淹水深度 9 cm"),
        pond("r2", "flood_depth", MOD, 900.0, "中央公園滯洪池3 淹水深度 24 cm"),
    )
    assert c.where("r2") is not None


def test_a_sensor_s_return_after_a_gateway_drop_is_the_gateway_s_not_the_flood_s() -> None:
    c = fed(
        pond("r1", "flood_depth", MIN, 0.0, "中央公園滯洪池3 水深 8 公分"),
        *(status(f"off{n}", "offline", 216.0 + 3 * n, f"POND-FL-{n}", 120.0 * (n - 3)) for n in range(1, 8)),
        call("c1", 1100.0, "公園西邊的步道都變成小河了，滯洪池好像滿出來"),
        status("on3", "online", 4200.0, "POND-FL-3", 0.0),
    )
    gateway = c.where("off1")
    assert gateway is not None
    assert c.where("off3") == gateway
    assert c.where("on3") == gateway
