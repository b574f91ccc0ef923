"""A take-back read before what it takes back (ops_center/reordered.py).

Described situation: a typhoon night; a fire panel's gateway buffers while its link is down
and forwards its queue out of order when it is back, and a QoS 1 redelivery after a
reconnect does the same. The guard resets a panel 30 s after its detector tripped, naming a
false alarm (誤報): the center reads the reset first and the alarm two seconds later. The
coordinator expects what the same two messages give in order: the alarm's job withdrawn,
nobody sent. A signal controller's restore and its fault, and a concert permit's
cancellation and the approval it cancels, come the same way. An alarm observed after the
reset (the detector tripping again) is a job; a permit approved again after its
cancellation stands.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from common.vocabulary import PermitStatus
from ops_center.changes import Opened, Quieted, Withdrawn
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind
from ops_center.policies import REASON_TAKEN_BACK

X0, Y0, T0 = 214_600.0, 2_677_900.0, 1_780_000_000.0
H = 3600.0


def device(key: str, feed: str, category: str, dt: float, text: str = "", source: str = "FA-9") -> Item:
    return Item(key, ItemKind.EVENT, "disaster", feed, category, CapSeverity.UNKNOWN, X0, Y0, T0 + dt, source, text)


def permit(key: str, issued_dt: float, status: PermitStatus, follows: str | None = None) -> Item:
    base = Item(key, ItemKind.EVENT, "police", "planned_event", "concert", CapSeverity.UNKNOWN,
                X0, Y0, T0 + 8 * H, "PE-9", "演唱會")
    return replace(base, ends_t=T0 + 11 * H, issued_t=T0 + issued_dt, area_m=200.0, permit_status=status,
                   follows=follows)


def read(items: list[Item], at: float) -> Correlator:
    """The items read in the order given, two seconds apart from ``at``."""
    c = Correlator()
    for k, item in enumerate(items):
        c.feed(item, at + 2.0 * k)
    return c


def test_a_panel_reset_read_before_its_alarm_withdraws_the_alarm_s_job() -> None:
    alarm = device("a", "fire_alarm", "alarm", 0.0)
    back = device("n", "fire_alarm", "normal", 30.0, "復歸（誤報）")
    c = Correlator()
    c.feed(back, T0 + 60.0)
    changes = c.feed(alarm, T0 + 62.0)
    job = c.where("a")
    assert job is not None
    assert [ch for ch in changes if isinstance(ch, Opened | Quieted | Withdrawn)] == [
        Opened(job, c.snapshot(job).type, "a"), Quieted(job), Withdrawn(job, back)]
    assert c.snapshot(job).withdrawn
    assert c.left_out()["n"] == REASON_TAKEN_BACK
    assert c.as_job(job) is None  # nobody to send


def test_a_signal_restore_read_before_its_fault_withdraws_the_fault_s_job() -> None:
    fault = device("f", "signal", "fault", 0.0, "號誌控制器回報故障：控制器重新啟動", "SIG-6")
    back = device("r", "signal", "restored", 360.0, "號誌恢復正常運作", "SIG-6")
    c = read([back, fault], T0 + 400.0)
    job = c.where("f")
    assert job is not None
    assert c.snapshot(job).withdrawn
    assert c.snapshot(job).state is IncidentState.QUIET


def test_an_alarm_observed_after_the_reset_is_a_job() -> None:
    back = device("n", "fire_alarm", "normal", 0.0, "復歸（誤報）")
    again = device("a", "fire_alarm", "alarm", 30.0)
    c = read([back, again], T0 + 60.0)
    job = c.where("a")
    assert job is not None
    assert not c.snapshot(job).withdrawn
    assert c.as_job(job) is not None


def test_a_reset_long_after_its_alarm_takes_nothing_back_in_either_order() -> None:
    alarm = device("a", "fire_alarm", "alarm", 0.0)
    back = device("n", "fire_alarm", "normal", 3 * H, "復歸（誤報）")
    c = read([back, alarm], T0 + 3 * H + 10.0)
    job = c.where("a")
    assert job is not None
    assert not c.snapshot(job).withdrawn


def test_a_cancellation_read_before_the_approval_it_cancels_withdraws_the_planned_event() -> None:
    approved = permit("p", -24 * H, PermitStatus.APPROVED, follows="c")
    off = permit("c", -4 * H, PermitStatus.CANCELLED)
    c = read([off, approved], T0 - 4 * H + 30.0)
    job = c.where("p")
    assert job is not None
    assert c.snapshot(job).withdrawn
    assert c.snapshot(job).state is not IncidentState.OPEN


def test_a_permit_approved_again_after_its_cancellation_stands() -> None:
    off = permit("c", -4 * H, PermitStatus.CANCELLED)
    again = permit("p", -2 * H, PermitStatus.APPROVED, follows="c")
    c = read([off, again], T0 - 2 * H + 30.0)
    job = c.where("p")
    assert job is not None
    assert not c.snapshot(job).withdrawn


@given(
    feed=st.sampled_from([("fire_alarm", "alarm", "normal"), ("signal", "fault", "restored")]),
    gap=st.floats(min_value=1.0, max_value=2 * H),
    text=st.sampled_from(["", "復歸（誤報）", "演練"]),
)
def test_a_take_back_withdraws_the_same_whatever_the_order_it_is_read_in(
    feed: tuple[str, str, str], gap: float, text: str
) -> None:
    name, on, off = feed
    alarm = device("a", name, on, 0.0)
    back = device("n", name, off, gap, text)
    in_order = Correlator()  # each read 5 s after it was observed
    for item in (alarm, back):
        in_order.feed(item, item.t + 5.0)
    held_back = read([back, alarm], back.t + 5.0)  # the alarm read 2 s after its take-back
    first, second = in_order.where("a"), held_back.where("a")
    assert first is not None
    assert second is not None
    assert held_back.snapshot(second).withdrawn == in_order.snapshot(first).withdrawn
