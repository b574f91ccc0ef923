"""The supervision policy of ``soc demo`` (pure: times are plain numbers)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from common.backoff import Backoff
from common.supervise import ANSWER_GAP_S, START_LIMIT_GRACES, Action, ChildState, reached_since


def _child(beats: bool = True) -> ChildState:
    c = ChildState("ops", beats, stale_after_s=30, grace_s=60, reset_after_s=60,
                   backoff=Backoff(base_s=1, factor=2, cap_s=8))
    c.started(0.0)
    return c


def test_an_exited_child_is_restarted_after_a_growing_capped_delay() -> None:
    c = _child()
    now = 0.0
    ceilings = []
    for _ in range(6):
        now += 1  # it dies one second after each start
        delay = c.exited(now)
        assert c.decide(now, beat_age_s=None, db_up_for_s=None) is Action.NONE
        assert c.decide(now + delay, beat_age_s=None, db_up_for_s=None) is Action.START
        now += delay
        c.started(now)
        ceilings.append(delay)
    assert ceilings[0] <= 1
    assert max(ceilings) <= 8
    assert ceilings[-1] >= 4  # grew towards the cap (jitter keeps it within [cap/2, cap])
    assert c.restarts == 6


def test_the_backoff_starts_over_after_a_good_run() -> None:
    c = _child()
    for i in range(5):
        c.exited(float(i))
        c.started(float(i))
    c.started(100.0)
    assert c.exited(100.0 + 61) <= 1  # ran 61 s: the first delay again


def test_a_stale_heartbeat_is_killed_only_when_it_can_be_judged() -> None:
    c = _child()
    # start-up grace
    assert c.decide(59, beat_age_s=None, db_up_for_s=1000) is Action.NONE
    # the supervisor cannot reach the database, or only just again: nobody could beat
    assert c.decide(500, beat_age_s=400, db_up_for_s=None) is Action.NONE
    assert c.decide(500, beat_age_s=400, db_up_for_s=29) is Action.NONE
    # the database has been there a full period and this process did not beat
    assert c.decide(500, beat_age_s=31, db_up_for_s=30) is Action.KILL
    assert c.decide(500, beat_age_s=None, db_up_for_s=30) is Action.KILL
    assert c.decide(500, beat_age_s=5, db_up_for_s=30) is Action.NONE


def test_a_child_without_heartbeat_is_supervised_by_its_exit_alone() -> None:
    c = _child(beats=False)
    assert c.decide(1000, beat_age_s=None, db_up_for_s=1000) is Action.NONE


@given(st.lists(st.tuples(st.floats(0, 1e4), st.one_of(st.none(), st.floats(0, 1e4)),
                          st.one_of(st.none(), st.floats(0, 1e4))), max_size=50))
def test_a_running_child_is_never_started_twice(steps: list[tuple[float, float | None, float | None]]) -> None:
    c = _child()
    for now, age, db_up in steps:
        assert c.decide(now, beat_age_s=age, db_up_for_s=db_up) is not Action.START


def test_a_late_answer_starts_the_reach_of_the_database_anew() -> None:
    every = 2.0
    since = reached_since(None, None, 10.0, every)
    assert since == 10.0
    # Answers in time keep the reach going.
    assert reached_since(since, 10.0, 12.0, every) == 10.0
    assert reached_since(since, 12.0, 12.0 + every + ANSWER_GAP_S, every) == 10.0
    # The database kept the read waiting (a frozen server): the reach begins again, so
    # a child whose beat waited on the same server is not judged for a full stale period.
    late = 12.0 + every + ANSWER_GAP_S + 0.1
    assert reached_since(since, 12.0, late, every) == late
    c = _child()
    assert c.decide(100.0, beat_age_s=45.0, db_up_for_s=100.0 - reached_since(since, 55.0, 100.0, every)) \
        is Action.NONE


def test_a_start_that_makes_progress_past_its_grace_is_not_killed() -> None:
    """A start slowed by a loaded host keeps using CPU (its progress reading grows) though it has
    not beaten: it is still starting, not hung, and is left to come up."""
    c = _child()
    cpu = 0.0
    for now in range(0, 300, 2):
        cpu += 0.01  # a little CPU every round: imports, connections, replay on a starved host
        assert c.decide(float(now), beat_age_s=None, db_up_for_s=1000, progress=cpu) is Action.NONE
    assert c.decide(300.0, beat_age_s=1, db_up_for_s=1000, progress=cpu + 0.01) is Action.NONE  # it beat


def test_a_start_that_stops_making_progress_is_killed_a_stale_period_after_its_last() -> None:
    """A start that hangs (stopped, blocked forever) uses no CPU: once it has run its grace it
    is killed when its last progress is older than the stale limit."""
    c = _child()
    assert c.decide(0.0, beat_age_s=None, db_up_for_s=1000, progress=0.1) is Action.NONE
    assert c.decide(50.0, beat_age_s=None, db_up_for_s=1000, progress=2.0) is Action.NONE  # last progress
    assert c.decide(60.0, beat_age_s=None, db_up_for_s=1000, progress=2.0) is Action.NONE
    assert c.decide(80.0, beat_age_s=None, db_up_for_s=1000, progress=2.0) is Action.NONE
    assert c.decide(80.5, beat_age_s=None, db_up_for_s=1000, progress=2.0) is Action.KILL
    # one that hung from the start is killed at its grace
    h = _child()
    assert h.decide(1.0, beat_age_s=None, db_up_for_s=1000, progress=0.1) is Action.NONE
    assert h.decide(60.0, beat_age_s=None, db_up_for_s=1000, progress=0.1) is Action.KILL


def test_a_start_that_progresses_without_ever_beating_is_killed_at_the_bound() -> None:
    """A start spinning without ever beating (a busy hang) is spared only up to START_LIMIT_GRACES
    graces."""
    c = _child()
    now, cpu = 0.0, 0.0
    while now < START_LIMIT_GRACES * 60 - 1:
        assert c.decide(now, beat_age_s=None, db_up_for_s=1000, progress=cpu) is Action.NONE
        now, cpu = now + 1, cpu + 1
    assert c.decide(START_LIMIT_GRACES * 60.0, beat_age_s=None, db_up_for_s=1000, progress=cpu) is Action.KILL


def test_progress_never_spares_a_child_whose_beat_is_old() -> None:
    """Progress judges only a start that has not beaten: a loop that beat and stopped (busy or
    not) is killed for its old beat."""
    c = _child()
    assert c.decide(100.0, beat_age_s=5, db_up_for_s=1000, progress=1.0) is Action.NONE
    assert c.decide(130.0, beat_age_s=31, db_up_for_s=1000, progress=9.0) is Action.KILL


@given(st.lists(st.tuples(st.floats(0, 1e4), st.one_of(st.none(), st.floats(0, 1e3))), max_size=60))
def test_no_start_lives_unbeaten_past_the_bound(steps: list[tuple[float, float | None]]) -> None:
    """Whatever the progress readings, a start that never beats is killed by START_LIMIT_GRACES
    graces after it began, and one whose readings stopped changing a stale period after the
    last change (past its grace)."""
    c = _child()
    last, changed_at = None, 0.0
    for now, reading in sorted(steps, key=lambda s: s[0]):
        if reading is not None and last is not None and reading != last:
            changed_at = now
        if reading is not None:
            last = reading
        action = c.decide(now, beat_age_s=None, db_up_for_s=1000, progress=reading)
        if now >= START_LIMIT_GRACES * 60 or (now >= 60 and now - changed_at > 30):
            assert action is Action.KILL
            return
