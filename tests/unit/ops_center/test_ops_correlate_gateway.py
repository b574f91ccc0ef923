"""A gateway's outage is one job, however far apart the devices behind it stand.

Described situation: the park's sensor gateway serves the devices along a 1.7 km park
strip (a flood sensor and a car park at the north end, a rain gauge and a camera at the
south end, 1.6 km apart; the registry names the gateway each hangs on). At 23:10 the
gateway stops answering: within two minutes each device's status says it lost its link,
then the offline rule raises an alert for each. The coordinator sends one maintenance
crew to the gateway, not one to each end of the park. Two devices of another gateway
1.4 km east that fail in the same minutes are that other gateway's job.
"""

from __future__ import annotations

from dataclasses import replace

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind, StatusReason

X0, Y0, T0 = 216_000.0, 2_677_000.0, 1_779_476_400.0  # the park's middle; T0 = 23:10


def offline(device: str, dy: float, dt: float, gateway: str) -> Item:
    it = Item(
        f"off-{device}", ItemKind.EVENT, "disaster", "status", "offline", CapSeverity.UNKNOWN,
        X0, Y0 + dy, T0 + dt, device, reason=StatusReason.COMMS_LOST,
    )
    return replace(it, gateway=gateway)


def alert(device: str, dy: float, dt: float, gateway: str) -> Item:
    it = Item(
        f"alert-{device}", ItemKind.ALERT, "disaster", "alert", "sensor_offline", CapSeverity.MINOR,
        X0, Y0 + dy, T0 + dt, device,
    )
    return replace(it, gateway=gateway)


PARK = [("fl-north", 850.0, 0.0), ("pk-north", 780.0, 40.0), ("rg-south", -850.0, 70.0), ("cam-south", -790.0, 110.0)]


def feed_park(c: Correlator, gateway: str = "GW-PARK") -> None:
    for device, dy, dt in PARK:
        it = offline(device, dy, dt, gateway)
        c.feed(it, it.t + 5.0)
    for device, dy, dt in PARK:
        it = alert(device, dy, dt + 600.0, gateway)
        c.feed(it, it.t + 5.0)


def test_the_devices_behind_one_gateway_are_one_job_from_one_end_of_the_park_to_the_other() -> None:
    c = Correlator()
    feed_park(c)
    where = {c.where(f"{kind}-{device}") for device, _, _ in PARK for kind in ("off", "alert")}
    assert len(where) == 1
    inc = where.pop()
    assert inc is not None
    assert c.snapshot(inc).type is IncidentType.INFRASTRUCTURE


def test_two_gateways_failing_in_the_same_minutes_are_two_jobs() -> None:
    c = Correlator()
    feed_park(c)
    for device, dx, dt in (("vd-east", 0.0, 20.0), ("cam-east", 150.0, 50.0)):
        it = replace(offline(device, 0.0, dt, "GW-EAST"), x=X0 + 1400.0 + dx)
        c.feed(it, it.t + 5.0)
    park = c.where("off-pk-north")
    east = c.where("off-vd-east")
    assert park is not None
    assert east is not None
    assert east != park
    assert c.where("off-cam-east") == east
