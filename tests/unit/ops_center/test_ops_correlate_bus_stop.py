"""A bus stop's sign or shelter damaged is the transport bureau's repair, not a road job.

A caller reporting that the pole of a bus stop was knocked askew, or that the stop's name
plate fell off the shelter, asks for a repair: nobody lies in the road and no lane is
blocked, so no patrol or ambulance is sent: the call is no job's evidence, neither its
own nor that of a crash beside it, and the rush-hour slow-down on the arterial beside it
is the rush hour's. The same stop in a call about a crash in front of it, a
tree fallen on the shelter and lying on the road, or a pole knocked into the lane, is a
road job that opens at once.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from common.lexicon import Cue, cues
from ops_center.correlate import Correlator, LeftOut, Opened
from ops_center.incidents import CapSeverity, IncidentType, Item, ItemKind
from ops_center.policies import REASON_REPAIR

X0, Y0, T0 = 214_300.0, 2_676_850.0, 1_790_000_000.0


def call(key: str, category: str, text: str, dx: float = 0.0, dt: float = 0.0) -> Item:
    """A 1999 call ``dx`` metres east of the stop, ``dt`` seconds after T0."""
    return Item(key, ItemKind.EVENT, "citizen", "1999", category, CapSeverity.UNKNOWN, X0 + dx, Y0, T0 + dt, "", text)


def slowdown(key: str, dx: float, dt: float, speed: int) -> Item:
    """A vehicle detector's congestion alert on the arterial beside the stop."""
    return Item(
        key,
        ItemKind.ALERT,
        "traffic",
        "rule",
        "congestion",
        CapSeverity.MODERATE,
        X0 + dx,
        Y0 + 60.0,
        T0 + dt,
        f"VD-{key}",
        f"環中路車輛偵測器 平均車速 {speed} 公里/小時，佔有率 40%，車流壅塞",
    )


def opened_by(c: Correlator, item: Item) -> IncidentType | None:
    for change in c.feed(item, item.t):
        if isinstance(change, Opened) and c.where(item.key) == change.incident_id:
            return change.type
    return None


def test_a_stop_s_pole_knocked_askew_at_rush_hour_is_a_repair_and_the_queues_beside_it_the_rush_hour_s() -> None:
    """07:55: a caller says the bus stop's pole on 環中路 was knocked askew and asks for it
    to be repaired; the detectors along the arterial report the morning queue. The
    coordinator passes the call to the transport bureau and dispatches nobody."""
    c = Correlator()
    first = c.feed(call("stop", "other", "環中路上的公車站牌被撞歪了，請相關單位處理"), T0)
    assert first == [LeftOut("stop", REASON_REPAIR)]
    for i, (dx, dt, speed) in enumerate([(120.0, 900.0, 21), (-300.0, 1300.0, 18), (600.0, 1500.0, 22)]):
        out = c.feed(slowdown(f"q{i}", dx, dt, speed), T0 + dt)
        assert not any(isinstance(ch, Opened) for ch in out)
    c.tick(T0 + 6 * 3600.0)
    assert c.where("stop") is None
    assert all(c.where(f"q{i}") is None for i in range(3))


def test_a_name_plate_fallen_off_a_shelter_beside_a_crash_is_the_stop_s_repair_not_the_crash_s() -> None:
    """A crash on 中科路 is being worked when a caller 60 m along says the plate of the
    bus shelter there fell off: the same repair, no part of the crash's job."""
    c = Correlator()
    crash = call("crash", "traffic_accident", "中科路兩台汽車追撞，停在內線車道")
    assert opened_by(c, crash) is IncidentType.TRAFFIC
    out = c.feed(call("plate", "other", "中科路公車候車亭的站名牌掉下來了", dx=60.0, dt=300.0), T0 + 300.0)
    assert out == [LeftOut("plate", REASON_REPAIR)]
    assert c.where("plate") is None


def test_a_crash_in_front_of_a_stop_a_tree_on_its_shelter_or_its_pole_in_the_lane_open_at_once() -> None:
    """The stop only says where: a crash in front of it, a tree fallen across it onto the
    road and a pole knocked down across the lane are road jobs the patrol goes to."""
    c = Correlator()
    crash = call("crash", "other", "公車站牌前面兩台機車相撞，有人倒在地上")
    assert opened_by(c, crash) is IncidentType.TRAFFIC
    on_shelter = "黎明路三段公車站那邊樹倒了，壓在候車亭上面，等車的人只能站到馬路上。"
    tree = call("tree", "fallen_tree", on_shelter, dx=3000.0)
    assert opened_by(c, tree) is IncidentType.TRAFFIC
    pole = call("pole", "other", "環中路的公車站牌被撞倒，整支橫在車道上", dx=6000.0)
    assert opened_by(c, pole) is IncidentType.TRAFFIC


_PLACES = st.sampled_from(["環中路", "中科路", "中清路", "凱旋路", "經貿路", "河南路二段"])
_ASKS = st.sampled_from(["", "，請相關單位處理", "，要報修", "，請派人來修", "，很久了都沒人修"])


@given(place=_PLACES, ask=_ASKS, plate=st.booleans())
def test_any_call_about_a_stop_s_sign_alone_reads_as_its_repair_and_opens_nothing(
    place: str, ask: str, plate: bool
) -> None:
    text = f"{place}公車候車亭的站名牌掉下來了{ask}" if plate else f"{place}上的公車站牌被撞歪了{ask}"
    assert Cue.BUS_STOP_REPAIR in cues(text)
    assert Correlator().feed(call("s", "other", text), T0) == [LeftOut("s", REASON_REPAIR)]
