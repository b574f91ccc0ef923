"""Lifecycle: the transition table, re-triggers, escalation, auto-resolve, audit."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.errors import AlertNotFoundError, IllegalTransition
from alerts.lifecycle import (
    OPEN_STATES,
    TRANSITIONS,
    Action,
    AlertBook,
    AlertState,
    Clear,
    Severity,
    Trigger,
    check_transition,
    clear,
    next_deadline,
    raise_alert,
    retrigger,
    tick,
    transition,
)
from common.vocabulary import StatusReason

T0 = datetime(2016, 6, 2, 7, 0, tzinfo=UTC)


def trig(at: datetime, sev: Severity = Severity.MODERATE, source: str = "C0F9T0") -> Trigger:
    return Trigger(
        rule_id="cwa-rainfall",
        source_id=source,
        severity=sev,
        at=at,
        title="rain",
        category="Met",
        agency="disaster",
        escalate_after_s=600,
        auto_resolve_after_s=300,
    )


def test_every_state_has_a_row_and_closed_is_terminal() -> None:
    assert set(TRANSITIONS) == set(AlertState)
    assert TRANSITIONS[AlertState.CLOSED] == frozenset()
    assert AlertState.RESOLVED not in OPEN_STATES


@pytest.mark.parametrize(
    ("frm", "to"),
    [
        (AlertState.CLOSED, AlertState.RAISED),
        (AlertState.RESOLVED, AlertState.ACKNOWLEDGED),
        (AlertState.ACKNOWLEDGED, AlertState.ESCALATED),
        (AlertState.RAISED, AlertState.CLOSED),
    ],
)
def test_illegal_transitions_raise_typed_error(frm: AlertState, to: AlertState) -> None:
    with pytest.raises(IllegalTransition) as info:
        check_transition(frm, to, alert_id=7)
    assert (info.value.from_state, info.value.to_state, info.value.alert_id) == (frm, to, 7)


def test_the_device_s_reason_for_going_offline_is_a_field_of_the_condition_s_records() -> None:
    """A raise, a severity change and a recurrence keep the device's own reason as its
    field (stored in ``alert_transitions.status_reason``); the other moves carry none."""
    offline = replace(trig(T0, Severity.MINOR), status_reason=StatusReason.MAINS_POWER_LOST)
    ch = raise_alert(offline)
    assert [t.status_reason for t in ch.transitions] == [StatusReason.MAINS_POWER_LOST]
    up = retrigger(ch.alert, replace(offline, at=T0 + timedelta(minutes=1), severity=Severity.MODERATE, level=1))
    assert [(t.action, t.status_reason) for t in up.transitions] == [(Action.SEVERITY, StatusReason.MAINS_POWER_LOST)]
    cleared = clear(up.alert, T0 + timedelta(minutes=2), "status online")
    assert [t.status_reason for t in cleared.transitions] == [None]
    again = retrigger(cleared.alert, replace(offline, at=T0 + timedelta(minutes=3), severity=Severity.MODERATE,
                                             level=1, status_reason=StatusReason.COMMS_LOST))
    assert [(t.action, t.status_reason) for t in again.transitions] == [(Action.RECUR, StatusReason.COMMS_LOST)]
    ack = transition(again.alert, AlertState.ACKNOWLEDGED, at=T0 + timedelta(minutes=4), actor="op", reason="seen")
    assert [t.status_reason for t in ack.transitions] == [None]


def test_raise_then_acknowledge_is_audited_with_who_when_why() -> None:
    ch = raise_alert(trig(T0))
    assert ch.alert.state is AlertState.RAISED
    assert [t.action for t in ch.transitions] == [Action.RAISE]
    ack = transition(
        ch.alert,
        AlertState.ACKNOWLEDGED,
        at=T0 + timedelta(minutes=1),
        actor="operator-lin",
        reason="seen on the wall",
    )
    rec = ack.transitions[0]
    assert (rec.actor, rec.reason, rec.at) == (
        "operator-lin",
        "seen on the wall",
        T0 + timedelta(minutes=1),
    )
    assert (rec.from_state, rec.to_state) == (AlertState.RAISED, AlertState.ACKNOWLEDGED)
    assert ack.alert.next_escalation_at is None


def test_escalation_repeats_until_acknowledged() -> None:
    a = raise_alert(trig(T0)).alert
    assert next_deadline(a) == T0 + timedelta(seconds=600)
    assert tick(a, T0 + timedelta(seconds=599)).transitions == ()
    a = tick(a, T0 + timedelta(seconds=600)).alert
    assert (a.state, a.escalation_level) == (AlertState.ESCALATED, 1)
    a = tick(a, T0 + timedelta(seconds=1200)).alert
    assert a.escalation_level == 2
    a = transition(a, AlertState.ACKNOWLEDGED, at=T0 + timedelta(seconds=1300), actor="op", reason="").alert
    assert tick(a, T0 + timedelta(hours=5)).transitions == ()


def test_severity_up_and_down_while_open_and_rearm_after_ack() -> None:
    a = raise_alert(trig(T0)).alert
    a = transition(a, AlertState.ACKNOWLEDGED, at=T0, actor="op", reason="").alert
    down = retrigger(a, trig(T0 + timedelta(minutes=1), Severity.MINOR))
    assert down.alert.state is AlertState.ACKNOWLEDGED
    assert down.alert.severity is Severity.MINOR
    up = retrigger(down.alert, trig(T0 + timedelta(minutes=2), Severity.SEVERE))
    assert up.alert.state is AlertState.RAISED
    assert [t.action for t in up.transitions] == [Action.SEVERITY, Action.REARM]


def test_condition_records_keep_observation_time_after_people_act_on_the_wall_clock() -> None:
    # Data evaluated two hours after it was observed (a backlog, a replay): the alert
    # escalates on the wall clock at once; the water rises 5 min (observation time) after
    # the raise, clears at 10 min and comes back at 12 min. Those records say when the
    # condition changed, not when someone (or the escalation) last touched the alert.
    lag = timedelta(hours=2)
    a = raise_alert(trig(T0)).alert
    a = tick(a, T0 + lag).alert
    assert a.state is AlertState.ESCALATED
    up = retrigger(a, trig(T0 + timedelta(minutes=5), Severity.SEVERE))
    assert [(t.action, t.at) for t in up.transitions] == [(Action.SEVERITY, T0 + timedelta(minutes=5))]
    a = transition(up.alert, AlertState.ACKNOWLEDGED, at=T0 + lag + timedelta(seconds=1), actor="op",
                   reason="").alert
    a = clear(a, T0 + timedelta(minutes=10)).alert
    again = retrigger(a, trig(T0 + timedelta(minutes=12), Severity.SEVERE))
    assert [(t.action, t.at) for t in again.transitions] == [(Action.RECUR, T0 + timedelta(minutes=12))]
    a = clear(again.alert, T0 + timedelta(minutes=20)).alert
    done = tick(a, T0 + lag + timedelta(minutes=1), observed=T0 + timedelta(minutes=30))
    assert [(t.action, t.at) for t in done.transitions] == [(Action.RESOLVE, T0 + timedelta(minutes=25))]


def test_auto_resolve_after_clear_and_retrigger_cancels_it() -> None:
    book = AlertBook()
    book.apply(trig(T0))
    book.apply(Clear("cwa-rainfall", "C0F9T0", T0 + timedelta(minutes=1)))
    book.apply(trig(T0 + timedelta(minutes=3)))  # back before the 300 s elapsed
    assert book.tick(T0 + timedelta(minutes=7)) == []
    book.apply(Clear("cwa-rainfall", "C0F9T0", T0 + timedelta(minutes=8)))
    assert not [a for a in book.tick(T0 + timedelta(minutes=12)) if a.state is AlertState.RESOLVED]
    changed = book.tick(T0 + timedelta(minutes=13))
    assert [a.state for a in changed] == [AlertState.RESOLVED]
    assert book.open_alerts() == []
    # a later trigger opens a second alert, never reopens the resolved one
    book.apply(trig(T0 + timedelta(minutes=20)))
    assert [a.alert_id for a in book.all_alerts()] == [1, 2]


def test_shelving_expires_back_to_raised() -> None:
    a = raise_alert(trig(T0)).alert
    a = transition(
        a,
        AlertState.SHELVED,
        at=T0,
        actor="op",
        reason="maintenance",
        shelved_until=T0 + timedelta(hours=1),
    ).alert
    assert tick(a, T0 + timedelta(minutes=59)).transitions == ()
    a = tick(a, T0 + timedelta(hours=1)).alert
    assert a.state is AlertState.RAISED


# -- properties ---------------------------------------------------------------

SOURCES = ("A", "B")
ops = st.one_of(
    st.tuples(st.just("trigger"), st.sampled_from(SOURCES), st.sampled_from(list(Severity))),
    st.tuples(st.just("clear"), st.sampled_from(SOURCES), st.none()),
    st.tuples(st.just("act"), st.integers(1, 6), st.sampled_from(list(AlertState))),
    st.tuples(st.just("tick"), st.none(), st.none()),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(ops, st.integers(0, 900)), max_size=60))
def test_random_sequences_stay_in_the_table_and_keep_one_open_alert_per_key(
    seq: list[tuple[tuple[str, object, object], int]],
) -> None:
    book = AlertBook()
    now = T0
    for (op, arg, arg2), step in seq:
        now += timedelta(seconds=step)
        if op == "trigger":
            book.apply(trig(now, arg2, str(arg)))  # type: ignore[arg-type]
        elif op == "clear":
            book.apply(Clear("cwa-rainfall", str(arg), now))
        elif op == "act":
            try:
                a = book.get(int(str(arg)))
            except AlertNotFoundError:
                continue
            to = AlertState(str(arg2))
            legal = to in TRANSITIONS[a.state]
            try:
                book.act(
                    a.alert_id or 0,
                    to,
                    at=now,
                    actor="op",
                    reason="prop",
                    shelved_until=now + timedelta(minutes=5),
                )
                assert legal
            except IllegalTransition:
                assert not legal
        else:
            book.tick(now)
        opened = [a.key for a in book.all_alerts() if a.is_open]
        assert len(opened) == len(set(opened))
    # every audited move is an edge of the table (or a non-move record)
    for rec in book.audit:
        if rec.action in (Action.SEVERITY, Action.LEVEL, Action.CLEAR, Action.RECUR):
            assert rec.from_state == rec.to_state
        elif rec.from_state is not None:
            assert rec.to_state in TRANSITIONS[rec.from_state]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list(Severity)), min_size=1, max_size=40))
def test_retriggers_never_open_a_second_alert(sevs: list[Severity]) -> None:
    book = AlertBook()
    for i, s in enumerate(sevs):
        book.apply(trig(T0 + timedelta(seconds=i), s))
    assert len(book.all_alerts()) == 1
    assert book.all_alerts()[0].trigger_count == len(sevs)
    assert book.all_alerts()[0].severity is sevs[-1]


@given(ahead=st.integers(1, 300), ack_after=st.integers(0, 600), resolve_after=st.integers(0, 600))
@settings(max_examples=60)
def test_a_person_s_move_is_stamped_when_it_was_made_though_a_fast_device_dated_the_alert_later(
        ahead: int, ack_after: int, resolve_after: int) -> None:
    """A gauge whose clock runs ``ahead`` s fast (ingest keeps readings up to 300 s ahead) dates
    its raise and severity changes after the wall clock; the coordinator's acknowledgement and
    resolve still say when the coordinator acted (the audit log does), one apart from the other."""
    a = raise_alert(trig(T0 + timedelta(seconds=ahead))).alert
    a = retrigger(a, trig(T0 + timedelta(seconds=ahead + 1), Severity.SEVERE)).alert
    acked_at = T0 + timedelta(seconds=ack_after)
    ack = transition(a, AlertState.ACKNOWLEDGED, at=acked_at, actor="op", reason="")
    assert ack.alert.acknowledged_at == acked_at
    assert [t.at for t in ack.transitions] == [acked_at]
    assert ack.alert.updated_at == max(acked_at, a.updated_at)  # versions stay in order
    resolved_at = acked_at + timedelta(seconds=resolve_after)
    done = transition(ack.alert, AlertState.RESOLVED, at=resolved_at, actor="coord", reason="done")
    assert done.alert.resolved_at == resolved_at
    assert [t.at for t in done.transitions] == [resolved_at]
    assert done.alert.acknowledged_at == acked_at
