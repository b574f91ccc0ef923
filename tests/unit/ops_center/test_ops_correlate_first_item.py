"""The very first item a correlator is offered dates its incident by the item, not by a clock
nothing has set yet.

Described situation: the ops center starts on a fresh database (its clock at 0, no row read
yet). The first row it reads is the police permit for an evening concert, issued at 08:00 for
a concert that starts at 19:30. The wall must show the concert as known since the permit came
(08:00) with its evidence beginning at its start, never as an incident of 1970.
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, Item, ItemKind

X0, Y0 = 216_500.0, 2_674_200.0
START = 1_779_550_200.0  # 19:30, the concert's start
ISSUED = START - 11.5 * 3600.0  # 08:00, the permit issued


def permit() -> Item:
    p = Item("permit", ItemKind.EVENT, "police", "planned_event", "concert", CapSeverity.UNKNOWN, X0, Y0, START,
             "P-1", "河濱舞台 戶外音樂會 19:30-22:00 預估6,000人")
    return replace(p, ends_t=START + 2.5 * 3600.0, issued_t=ISSUED)


def test_a_permit_first_fed_at_a_clock_nothing_set_opens_its_incident_when_it_was_issued() -> None:
    c = Correlator()
    c.feed(permit(), 0.0)
    inc = c.where("permit")
    assert inc is not None, "the situation: an approved permit is on the wall by itself"
    snap = c.snapshot(inc)
    assert snap.first_evidence_t == START
    assert snap.opened_at == ISSUED, "a permit read first is dated 1970"
    assert snap.updated_at >= ISSUED


@given(lead_h=st.floats(min_value=0.0, max_value=2 * 365 * 24.0), clock=st.floats(min_value=0.0, max_value=1.0))
def test_no_incident_a_permit_opens_is_dated_before_its_permit(lead_h: float, clock: float) -> None:
    """Whatever the lead of its start over its issue (up to the two years the wire allows)
    and whatever unset clock the caller passes, the incident opens no earlier than the issue."""
    p = replace(permit(), t=ISSUED + lead_h * 3600.0, ends_t=ISSUED + lead_h * 3600.0 + 3600.0)
    c = Correlator()
    c.feed(p, clock)
    inc = c.where("permit")
    assert inc is not None
    snap = c.snapshot(inc)
    assert snap.opened_at >= ISSUED
    assert snap.first_evidence_t == p.t

