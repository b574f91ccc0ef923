"""A permit's later version (its ``status``, docs/mqtt.md): cancelled or amended.

Described situations: a concert's permit is issued a day ahead for a hall (7 pm to
10 pm). The organiser calls it off in the afternoon: the police cancel the permit. The
coordinator expects the concert's card to leave the wall, withdrawn with the permit's
cancellation as its reason, and a crowd the hall's camera sees at 8 pm (people who did
not hear, or something else) is not the concert's: it is placed as the crowd rules say.
Another concert's permit is amended: it moves to the stadium 3 km away, an hour later.
It is still the same event and the same card, still only planned; a crowd at the
stadium during the new hours is its audience, one at the hall at the old hour is not.
"""

from __future__ import annotations

from dataclasses import replace

from common.vocabulary import PermitStatus
from ops_center.changes import Withdrawn
from ops_center.correlate import Correlator
from ops_center.incidents import CapSeverity, IncidentState, Item, ItemKind, Withdrawal

X0, Y0, T0 = 214_000.0, 2_676_000.0, 1_779_476_400.0  # the hall; T0 the concert's start
H = 3600.0


def item(key: str, feed: str, category: str, agency: str, dx: float, dy: float, dt: float, source: str = "") -> Item:
    return Item(key, ItemKind.EVENT, agency, feed, category, CapSeverity.UNKNOWN, X0 + dx, Y0 + dy, T0 + dt, source)


def permit() -> Item:
    base = item("permit", "planned_event", "concert", "police", 0.0, 0.0, 0.0, "PE-1")
    return replace(base, text="演唱會", ends_t=T0 + 3 * H, issued_t=T0 - 24 * H, area_m=200.0,
                   permit_status=PermitStatus.APPROVED)


def crowd(key: str, dx: float, dy: float, dt: float) -> Item:
    return item(key, "cctv", "crowding", "police", dx, dy, dt, "cam-" + key)


def cancelled(first: Item, at: float) -> Item:
    return replace(first, key="permit-cancelled", follows=first.key, issued_t=at,
                   permit_status=PermitStatus.CANCELLED)


def test_a_cancelled_permit_alone_is_withdrawn_with_its_cancellation() -> None:
    c = Correlator()
    first = permit()
    c.feed(first, T0 - 24 * H)
    inc = c.where("permit")
    assert inc is not None
    off = cancelled(first, T0 - 4 * H)
    changes = c.feed(off, T0 - 4 * H)
    assert [ch for ch in changes if isinstance(ch, Withdrawn)] == [Withdrawn(inc, off)]
    snap = c.snapshot(inc)
    assert snap.withdrawn
    assert snap.state is not IncidentState.OPEN
    why = Withdrawal.of(off)
    assert "撤銷" in why.zh
    assert "Cancelled" in why.en


def test_a_crowd_after_the_cancellation_is_not_the_concert_s() -> None:
    c = Correlator()
    first = permit()
    c.feed(first, T0 - 24 * H)
    c.feed(cancelled(first, T0 - 4 * H), T0 - 4 * H)
    late = crowd("hall", 50.0, 0.0, 1 * H)
    c.feed(late, late.t + 60.0)
    assert c.explained_by("hall") is None
    assert c.where("hall") != c.where("permit")


def test_a_crowd_held_before_the_cancellation_stays_the_concert_s() -> None:
    """The permit explained the crowd queueing at 6 pm; the concert called off at 7 pm
    (the doors shut) explains nothing later."""
    c = Correlator()
    first = permit()
    c.feed(first, T0 - 24 * H)
    queue = crowd("queue", 50.0, 0.0, -1 * H)
    c.feed(queue, queue.t + 60.0)
    inc = c.where("permit")
    assert c.explained_by("queue") == inc
    c.feed(cancelled(first, T0), T0)
    assert c.explained_by("queue") == inc
    late = crowd("late", 60.0, 0.0, 1 * H)
    c.feed(late, late.t + 60.0)
    assert c.explained_by("late") is None


def amended(first: Item) -> Item:
    """Moved to the stadium 3 km east, an hour later (8 pm to 11 pm)."""
    return replace(first, key="permit-amended", follows=first.key, x=X0 + 3000.0, t=T0 + H, ends_t=T0 + 4 * H,
                   issued_t=T0 - 6 * H, permit_status=PermitStatus.AMENDED)


def test_an_amended_permit_is_the_same_planned_event() -> None:
    c = Correlator()
    first = permit()
    c.feed(first, T0 - 24 * H)
    c.feed(amended(first), T0 - 6 * H)
    inc = c.where("permit")
    assert c.where("permit-amended") == inc
    snap = c.snapshot(inc)
    assert snap.planned  # still only its permit: no job
    assert snap.last_evidence_t == T0 + 4 * H


def test_an_amended_permit_explains_its_new_place_not_its_old() -> None:
    c = Correlator()
    first = permit()
    c.feed(first, T0 - 24 * H)
    c.feed(amended(first), T0 - 6 * H)
    inc = c.where("permit")
    stadium = crowd("stadium", 3050.0, 0.0, 2 * H)
    c.feed(stadium, stadium.t + 60.0)
    assert c.explained_by("stadium") == inc
    hall = crowd("hall", 50.0, 0.0, 2 * H)
    c.feed(hall, hall.t + 60.0)
    assert c.explained_by("hall") is None


def test_an_amended_permit_s_later_start_moves_its_arrivals() -> None:
    """Moved to the next evening at the same hall: a crowd at the first evening's doors
    is not its audience."""
    c = Correlator()
    first = permit()
    c.feed(first, T0 - 24 * H)
    later = replace(first, key="permit-amended", follows=first.key, t=T0 + 24 * H, ends_t=T0 + 27 * H,
                    issued_t=T0 - 6 * H, permit_status=PermitStatus.AMENDED)
    c.feed(later, T0 - 6 * H)
    early = crowd("doors", 50.0, 0.0, 0.5 * H)
    c.feed(early, early.t + 60.0)
    assert c.explained_by("doors") is None
    assert c.where("doors") != c.where("permit")
    audience = crowd("next-doors", 60.0, 0.0, 24.5 * H)
    c.feed(audience, audience.t + 60.0)
    assert c.explained_by("next-doors") == c.where("permit")


def test_a_cancelled_permit_s_job_goes_on_as_its_reports_but_not_to_the_permit_s_end() -> None:
    """The police were already at the hall managing the queue when the concert was called
    off at 7 pm: their job goes on, with the cancellation in it, but the permit's 10 pm end
    no longer keeps it going."""
    c = Correlator()
    first = permit()
    c.feed(first, T0 - 24 * H)
    control = replace(item("control", "incident", "crowd_control", "police", 30.0, 0.0, -0.5 * H, "P-1"),
                      text="演唱會入場排隊管制")
    c.feed(control, control.t + 60.0)
    inc = c.where("permit")
    assert c.where("control") == inc
    changes = c.feed(cancelled(first, T0), T0)
    assert not [ch for ch in changes if isinstance(ch, Withdrawn)]
    assert c.where("permit-cancelled") == inc
    snap = c.snapshot(inc)
    assert not snap.withdrawn
    assert snap.last_evidence_t <= T0


def test_a_cancellation_whose_permit_was_never_read_opens_nothing() -> None:
    """The center comes up after the permit was issued and reads only its cancellation: an
    event that will not take place is no planned event on the wall."""
    c = Correlator()
    off = replace(cancelled(permit(), T0 - 4 * H), follows=None)
    c.feed(off, T0 - 4 * H)
    assert c.where("permit-cancelled") is None
    assert c.incident_ids() == []
