"""Which services are down, from their freshest beats (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from common.health import (
    BROKER_GRACE_S,
    DatabaseAway,
    ProcessHealth,
    ProcessState,
    TableRefusal,
    assess,
    broker_lost_since,
    refusals_from,
    supervision_stopped,
    unwatched,
    while_database_away,
)

T = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)


def test_required_services_come_first_and_a_missing_one_is_stale() -> None:
    out = assess([("ingest", T, 2.0), ("kpi", T, 500.0), ("ops", T, 31.0)], ("ingest", "alerts", "ops"), 30.0)
    assert [(p.service, p.stale, p.required) for p in out] == [
        ("ingest", False, True), ("alerts", True, True), ("ops", True, True), ("kpi", True, False)]
    assert out[1].last_beat is None
    assert out[1].age_s is None


def test_the_limit_itself_is_still_fresh() -> None:
    (p,) = assess([("ops", T, 30.0)], ("ops",), 30.0)
    assert not p.stale


@given(st.dictionaries(st.sampled_from(["ingest", "alerts", "ops", "kpi", "maintenance"]),
                       st.floats(0, 1e6), max_size=5),
       st.lists(st.sampled_from(["ingest", "alerts", "ops"]), unique=True))
def test_every_service_is_reported_once_and_stale_means_older_than_the_limit(
        ages: dict[str, float], required: list[str]) -> None:
    out = assess([(s, T, a) for s, a in ages.items()], required, 30.0)
    assert sorted(p.service for p in out) == sorted(set(ages) | set(required))
    for p in out:
        assert p.required == (p.service in required)
        assert p.stale == (p.service not in ages or ages[p.service] > 30.0)


def test_a_fresh_beat_cut_off_from_the_broker_past_the_limit_is_stale() -> None:
    out = assess([("ingest", T, 1.0), ("ops", T, 1.0)], ("ingest", "ops"), 3.0,
                 {"ingest": 3.5, "ops": 3.0})
    assert [(p.service, p.stale) for p in out] == [("ingest", True), ("ops", False)]


def test_a_broker_away_past_the_reconnect_grace_is_down_long_before_the_staleness_limit() -> None:
    """A broker restart of 15 s must not leave the wall saying "live" with nothing arriving:
    a cut-off longer than the reconnect attempts (1 s, then 2 s apart) is an outage."""
    out = assess([("ingest", T, 1.0), ("ops", T, 1.0), ("simulator", T, 1.0)], ("ingest", "ops"), 30.0,
                 {"ingest": BROKER_GRACE_S + 0.1, "ops": BROKER_GRACE_S, "simulator": 15.0})
    assert [(p.service, p.stale) for p in out] == [("ingest", True), ("ops", False), ("simulator", True)]
    assert BROKER_GRACE_S <= 6.0


@given(st.floats(0, 1e6), st.floats(0, 1e6), st.floats(0.5, 1e3))
def test_stale_means_silent_past_the_limit_or_cut_off_past_the_grace(
        age: float, cut_off: float, limit: float) -> None:
    (p,) = assess([("ingest", T, age)], ("ingest",), limit, {"ingest": cut_off})
    assert p.stale == (age > limit or cut_off > min(limit, BROKER_GRACE_S))


def test_a_process_cut_off_from_the_broker_is_down_since_it_lost_the_broker_not_since_its_last_beat() -> None:
    """It beats on while cut off, so its last beat is always a few seconds old: the wall's
    banner said "stopped 0 s", "stopped 4 s", "stopped 0 s" through an 18 s broker outage."""
    (p,) = assess([("ingest", T, 2.0)], ("ingest",), 30.0, {"ingest": 12.5})
    assert p.stale
    assert p.down_since == T - timedelta(seconds=12.5)


def test_a_silent_process_is_down_since_its_last_beat_and_a_healthy_one_is_not_down() -> None:
    silent, fresh, never = assess([("ingest", T, 45.0), ("ops", T, 1.0)], ("ingest", "ops", "alerts"), 30.0,
                                  {"ingest": 3.0, "ops": 2.0})
    assert (silent.service, silent.down_since) == ("ingest", T)
    assert (fresh.service, fresh.stale, fresh.down_since) == ("ops", False, None)
    assert (never.service, never.stale, never.down_since) == ("alerts", True, None)



@given(st.dictionaries(st.sampled_from(["ingest", "alerts", "ops", "simulator"]),
                       st.tuples(st.floats(0, 100), st.floats(0, 1e5)), max_size=4))
def test_the_broker_is_named_down_since_the_first_required_process_lost_it(
        beats: dict[str, tuple[float, float]]) -> None:
    """A broker stopped or hung is the part to mend, not "data intake stopped": it is down
    while a required process is down cut off from it, since the earliest such loss."""
    out = assess([(s, T - timedelta(seconds=age), age) for s, (age, _) in beats.items()], ("ingest", "ops"),
                 30.0, {s: lost for s, (_, lost) in beats.items()})
    cut = [T - timedelta(seconds=age) - timedelta(seconds=lost) for s, (age, lost) in beats.items()
           if s in ("ingest", "ops") and age <= 30.0 and lost > BROKER_GRACE_S]
    assert broker_lost_since(out) == (min(cut) if cut else None)
    assert all(p.broker_lost == (p.stale and p.service in beats and beats[p.service][0] <= 30.0
                                 and beats[p.service][1] > BROKER_GRACE_S) for p in out)

# The database's outage: no process can beat while it is away.
AWAY = DatabaseAway(since=T - timedelta(seconds=25), back=T)


def test_right_after_the_database_returns_a_process_fresh_before_it_is_not_named_down() -> None:
    """The outside tester's demo: PostgreSQL away 23 s, 6 s after its return the wall named
    alerts, ingest and ops "stopped 31-33 s" while ingest stored 767 messages a second."""
    out = assess([("ingest", T - timedelta(seconds=27), 33.0), ("ops", T - timedelta(seconds=25), 31.0)],
                 ("ingest", "ops"), 30.0, database_away=AWAY)
    assert [(p.service, p.stale, p.down_since) for p in out] == [("ingest", False, None), ("ops", False, None)]


def test_right_after_the_return_a_process_that_has_not_beaten_since_waits_on_the_database() -> None:
    """Not "up" (it has done nothing since the return) nor "down" (it reconnects by itself):
    waiting on the database, since the outage began."""
    out = assess([("ingest", T - timedelta(seconds=27), 33.0), ("ops", T + timedelta(seconds=1), 5.0)],
                 ("ingest", "ops"), 30.0, database_away=AWAY)
    assert [(p.service, p.state, p.waiting_since) for p in out] == [
        ("ingest", ProcessState.WAITING, AWAY.since), ("ops", ProcessState.UP, None)]


def test_a_process_silent_past_the_grace_after_the_return_is_down_since_the_return() -> None:
    (p,) = assess([("ops", T - timedelta(seconds=26), 26.0 + 31.0)], ("ops",), 30.0, database_away=AWAY)
    assert p.stale
    assert p.down_since == T


def test_a_process_already_stale_when_the_database_went_away_stays_down_since_its_last_beat() -> None:
    last = AWAY.since - timedelta(seconds=31)
    (p,) = assess([("ops", last, 62.0)], ("ops",), 30.0, database_away=AWAY)
    assert p.stale
    assert p.down_since == last


def test_a_process_beating_after_the_return_is_judged_by_its_own_beats() -> None:
    last = T + timedelta(seconds=2)
    (p,) = assess([("ops", last, 40.0)], ("ops",), 30.0, database_away=AWAY)
    assert p.stale
    assert p.down_since == last


@given(st.integers(0, 10**6), st.integers(0, 10**5), st.integers(0, 10**5), st.integers(1, 1000))
def test_a_silence_the_database_caused_counts_from_its_return_and_any_other_from_the_last_beat(
        beat_age_s: int, away_s: int, back_age_s: int, limit: int) -> None:
    """Over (heartbeat age, database-away interval, now), in whole seconds so that the limit
    itself is hit: a process is down exactly when it has been silent past the limit, its
    silence counted from the database's return if it was fresh when the database went away
    and has not beaten since, from its last beat otherwise; down since that moment."""
    now = T
    back = now - timedelta(seconds=back_age_s)
    since = back - timedelta(seconds=away_s)
    last = now - timedelta(seconds=beat_age_s)
    (p,) = assess([("ops", last, float(beat_age_s))], ("ops",), float(limit),
                  database_away=DatabaseAway(since=since, back=back))
    excused = last < back and last + timedelta(seconds=limit) >= since
    quiet = back if excused else last
    assert p.stale == ((now - quiet).total_seconds() > limit)
    assert p.down_since == (quiet if p.stale else None)
    # Not down and excused by the outage: waiting on the database since it went away.
    assert p.state == (ProcessState.DOWN if p.stale else ProcessState.WAITING if excused else ProcessState.UP)
    assert p.waiting_since == (since if p.state is ProcessState.WAITING else None)
    assert p.age_s == beat_age_s
    if beat_age_s <= limit:  # a process that beat within the limit is never down, whatever the database did
        assert not p.stale


@given(st.floats(0, 1e6), st.floats(0.5, 1e3))
def test_without_an_outage_the_silence_counts_from_the_last_beat(age: float, limit: float) -> None:
    (p,) = assess([("ops", T, age)], ("ops",), limit, database_away=None)
    assert p.stale == (age > limit)
    assert p.down_since == (T if p.stale else None)


def test_a_service_whose_last_beat_came_from_an_exited_process_is_down_however_young_the_beat() -> None:
    """A supervisor that reaped a child says so: the wall must not call a dead ingest live
    for the staleness limit while its restart has not beaten yet."""
    out = assess([("ingest", T, 1.0), ("ops", T, 1.0)], ("ingest", "ops"), 30.0, exited={"ingest"})
    assert [(p.service, p.stale, p.down_since) for p in out] == [("ingest", True, T), ("ops", False, None)]


# While the database cannot be read: what the last read said, each working process waiting.
_STATES = st.sampled_from(list(ProcessState))


@given(st.lists(st.tuples(st.sampled_from(["ingest", "alerts", "ops", "kpi"]), _STATES,
                          st.none() | st.integers(-10**6, 10**6)), max_size=6),
       st.integers(-10**6, 10**6))
def test_while_the_database_is_away_every_process_not_down_waits_on_it_and_a_down_one_stays_down(
        last: list[tuple[str, ProcessState, int | None]], away_s: int) -> None:
    since = T + timedelta(seconds=away_s)
    read = [ProcessHealth(name, T, 3.0, stale=state is ProcessState.DOWN, required=True,
                          down_since=T if state is ProcessState.DOWN else None, state=state,
                          waiting_since=None if state is not ProcessState.WAITING or w is None
                          else T + timedelta(seconds=w))
            for name, state, w in last]
    out = while_database_away(read, since)
    assert [p.service for p in out] == [p.service for p in read]
    for before, now in zip(read, out, strict=True):
        if before.state is ProcessState.DOWN:
            assert now == before
        else:
            assert (now.state, now.stale, now.age_s) == (ProcessState.WAITING, False, None)
            assert now.waiting_since == (before.waiting_since or since)
            assert now.last_beat == before.last_beat


def test_while_the_database_is_away_an_unknown_center_names_no_process() -> None:
    assert while_database_away((), T) == ()


def test_supervision_stops_when_a_supervisor_that_beat_goes_silent_not_while_its_children_are_up() -> None:
    """A hung supervisor's children beat on: the center is not down, but supervision has stopped."""
    out = assess([("ingest", T, 1.0), ("ops", T, 1.0), ("supervisor", T, 31.0)], ("ingest", "ops"), 30.0)
    assert not any(p.stale for p in out if p.required)
    stopped = supervision_stopped(out)
    assert stopped is not None
    assert stopped.last_beat == T


def test_no_supervision_warning_while_it_beats_waits_on_the_database_or_never_ran() -> None:
    assert supervision_stopped(assess([("ops", T, 1.0), ("supervisor", T, 2.0)], ("ops",), 30.0)) is None
    assert supervision_stopped(assess([("ops", T, 1.0)], ("ops",), 30.0)) is None  # compose: none ever beat
    # Both silent since a database restart that came back 5 s ago: waiting on it, not stopped.
    away = DatabaseAway(since=T - timedelta(seconds=40), back=T + timedelta(seconds=35))
    out = assess([("ops", T, 40.0), ("supervisor", T, 40.0)], ("ops",), 30.0, database_away=away)
    assert supervision_stopped(out) is None


def test_a_hung_supervisor_whose_children_beat_on_is_named_beside_one_that_beats() -> None:
    """Two supervisors: one beats, the other is silent past the limit while its children beat."""
    live, hung = (T, 1.0, 1.0), (T - timedelta(seconds=40), 41.0, 2.0)
    assert unwatched([live, hung], 30.0) == (hung[0], 41.0)
    assert unwatched([hung, live], 30.0) == (hung[0], 41.0)
    # the longest silent of two hung ones
    older = (T - timedelta(seconds=90), 91.0, 0.5)
    assert unwatched([hung, live, older], 30.0) == (older[0], 91.0)


def test_a_silent_supervisor_whose_children_are_silent_too_or_gone_is_not_hung() -> None:
    """Killed or stopped, it took its children with it; or the database kept everyone quiet."""
    assert unwatched([(T, 1.0, 1.0), (T, 41.0, 35.0)], 30.0) is None
    assert unwatched([(T, 1.0, 1.0), (T, 41.0, None)], 30.0) is None
    assert unwatched([(T, 30.0, 1.0)], 30.0) is None  # the limit itself is still fresh
    assert unwatched([], 30.0) is None


@given(st.lists(st.tuples(st.floats(0, 1e9), st.none() | st.floats(0, 1e9)), max_size=6),
       st.floats(0.1, 1e6))
def test_unwatched_names_a_supervisor_silent_past_the_limit_with_a_child_within_it(
        rows: list[tuple[float, float | None]], limit: float) -> None:
    out = unwatched([(T - timedelta(seconds=a), a, c) for a, c in rows], limit)
    hung = [a for a, c in rows if a > limit and c is not None and c <= limit]
    assert (out is None) == (not hung)
    if out is not None:
        assert out[1] == max(hung)


def test_refusals_are_read_one_per_table_with_the_earliest_since() -> None:
    a, b = T - timedelta(minutes=5), T - timedelta(minutes=1)
    rows = [("ingest", [{"table": "readings", "since": b.isoformat(), "sqlstate": "53100"}]),
            ("ingest", [{"table": "readings", "since": a.isoformat(), "sqlstate": "42501"},
                        {"table": "events", "since": b.isoformat()}])]
    assert refusals_from(rows) == (TableRefusal("ingest", "events", b, None),
                                   TableRefusal("ingest", "readings", a, "42501"))


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                     lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
                     max_leaves=20)
_entry = st.fixed_dictionaries({"table": st.text(max_size=12) | _json, "since": _json | st.datetimes(
    timezones=st.none() | st.just(UTC)).map(datetime.isoformat), "sqlstate": _json})


@given(st.lists(st.tuples(st.text(max_size=8), _json | st.lists(_entry | _json, max_size=4)), max_size=4))
def test_refusals_from_any_beat_detail_keep_only_well_formed_entries(rows: list[tuple[str, object]]) -> None:
    """A beat's detail is JSON any process wrote: junk, huge numbers, deep nesting, odd text,
    naive times are left out, never raised on."""
    out = refusals_from(rows)
    assert [r.table for r in out] == sorted({r.table for r in out})
    for r in out:
        assert r.table
        assert r.since.tzinfo is not None
        assert r.sqlstate is None or isinstance(r.sqlstate, str)
