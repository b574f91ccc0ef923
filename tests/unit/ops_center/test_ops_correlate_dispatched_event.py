"""A coordinator's dispatch turns a planned event into a job.

Described situation: a concert runs 19:00-22:00 under a police permit (it arrived the day
before). From 17:20 its audience arrives: the car park 600 m away reports full, the detector
in front of the venue a slow-down, a camera the pavement crowded; the center holds them
aside as the concert's expected effects. At 19:30 the coordinator sees the crowd at the
gate pressing and dispatches the fire brigade's ambulances to the concert from the console.
From that moment the concert is a job like any other: no longer planned, what its permit
held aside is its evidence, and the audience's effects after it (a second car park full at
20:10) join it instead of being held aside. The decision is the coordinator's, so it is
the same whatever came before it, and applied again at the same point it gives the same job.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ops_center.changes import Joined
from ops_center.correlate import Correlator
from ops_center.incidents import IncidentState, JoinVia
from tests.unit.ops_center.test_ops_correlate_audience import T0, concert, item

EARLY = (
    item("carpark", "parking", "full", "traffic", 450.0, -400.0, -100 * 60.0, "pk-south"),
    item("road", "rule", "congestion", "traffic", -10.0, 5.0, -80 * 60.0, "vd-2"),
    item("pavement", "cctv", "crowding", "police", -250.0, 170.0, -70 * 60.0, "cam-7"),
)
LATER = item("carpark2", "parking", "full", "traffic", -300.0, 350.0, 70 * 60.0, "pk-north")
DISPATCH_AT = T0 + 30 * 60.0


def held_concert() -> tuple[Correlator, str]:
    c = Correlator()
    c.feed(concert(), T0 - 86_400.0)
    for it in EARLY:
        c.feed(it, it.t + 60.0)
    inc = c.where("permit")
    assert inc is not None
    assert c.snapshot(inc).planned
    assert {c.explained_by(it.key) for it in EARLY} == {inc}
    return c, inc


def test_the_dispatch_makes_the_planned_concert_a_job_and_its_held_effects_its_evidence() -> None:
    c, inc = held_concert()
    changes = c.dispatched(inc, DISPATCH_AT)
    assert changes is not None
    snap = c.snapshot(inc)
    assert not snap.planned, "a concert the coordinator dispatched to is still shown as planned"
    assert snap.held == ()
    assert [m.item.key for m in snap.members] == ["permit", "carpark", "road", "pavement"]
    assert [(ch.incident_id, ch.item_key, ch.via) for ch in changes if isinstance(ch, Joined)] == [
        (inc, it.key, JoinVia.PULLED) for it in EARLY]
    assert {it.key: c.where(it.key) for it in EARLY} == {it.key: inc for it in EARLY}
    assert all(c.explained_by(it.key) is None for it in EARLY)
    assert not set(c.left_out()) & {it.key for it in EARLY}, "a report the job holds is still left out"


def test_after_the_dispatch_the_audience_s_effects_join_the_job() -> None:
    c, inc = held_concert()
    c.dispatched(inc, DISPATCH_AT)
    c.feed(LATER, LATER.t + 60.0)
    assert c.where(LATER.key) == inc
    assert c.explained_by(LATER.key) is None


def test_without_the_dispatch_the_concert_stays_planned() -> None:
    c, inc = held_concert()
    c.feed(LATER, LATER.t + 60.0)
    assert c.snapshot(inc).planned
    assert c.explained_by(LATER.key) == inc


def test_a_dispatch_to_a_job_or_to_an_unknown_incident_changes_nothing() -> None:
    c, inc = held_concert()
    c.dispatched(inc, DISPATCH_AT)
    before = c.snapshot(inc)
    assert c.dispatched(inc, DISPATCH_AT + 60.0) is None
    assert c.snapshot(inc) == before
    assert c.dispatched("inc-nope", DISPATCH_AT) is None


@settings(max_examples=60, deadline=None)
@given(
    order=st.permutations(range(len(EARLY) + 1)),
    at=st.floats(min_value=-120 * 60.0, max_value=60 * 60.0, allow_nan=False, allow_infinity=False),
)
def test_the_same_feeds_and_dispatch_rebuild_the_same_job(order: list[int], at: float) -> None:
    """The dispatch among the audience's effects in any order and at any time: wherever it
    falls, nothing is held aside after it, and a second correlator given the same sequence
    (a replay) rebuilds the same incident."""
    feeds = [*EARLY, LATER]

    def run() -> tuple[Correlator, str]:
        c = Correlator()
        now = T0 - 86_400.0
        c.feed(concert(), now)
        inc = c.where("permit")
        assert inc is not None
        done = False
        for i in order:
            it = feeds[i]
            now = max(now, it.t + 60.0)
            if not done and T0 + at <= now:
                c.dispatched(inc, now)
                done = True
            c.feed(it, now)
        if not done:
            c.dispatched(inc, now)
        return c, inc

    (a, inc_a), (b, inc_b) = run(), run()
    snap = a.snapshot(inc_a)
    assert not snap.planned
    assert snap.held == ()
    assert all(a.explained_by(it.key) is None for it in feeds)
    assert a.snapshot(inc_a) == b.snapshot(inc_b)


def test_a_dispatch_after_the_concert_went_quiet_makes_the_quiet_event_a_job() -> None:
    """An hour after the concert's end the event is quiet, still planned; the coordinator
    dispatches to it (the audience's cars still block the road): it is a job, quiet as before,
    its held effects its evidence."""
    c, inc = held_concert()
    c.tick(T0 + 4 * 3600.0)
    assert c.snapshot(inc).state is IncidentState.QUIET
    assert c.dispatched(inc, T0 + 4 * 3600.0) is not None
    snap = c.snapshot(inc)
    assert (snap.state, snap.planned, snap.held) == (IncidentState.QUIET, False, ())
    assert [m.item.key for m in snap.members] == ["permit", "carpark", "road", "pavement"]
