"""Resolving an alert whose condition still holds: the operator has dealt with that
condition at that level, so the same condition does not come back as a new alert; a
rise above the level, or the condition's return after it ended, does (docs/alerts.md)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from alerts.lifecycle import Action, AlertBook, AlertState, Clear, Severity, Trigger

T0 = datetime(2016, 6, 2, 7, 0, tzinfo=UTC)
RULE, SRC = "cwa-rainfall", "C0F9T0"
LEVELS = {0: ("大雨", Severity.MODERATE), 1: ("豪雨", Severity.SEVERE), 2: ("大豪雨", Severity.SEVERE)}


def rain(minutes: float, level: int) -> Trigger:
    label, sev = LEVELS[level]
    return Trigger(rule_id=RULE, source_id=SRC, severity=sev, at=T0 + timedelta(minutes=minutes), title=label,
                   category="Met", agency="disaster", label=label, level=level, reason=f"rain {label}")


def resolved_while_holding(book: AlertBook, level: int = 1) -> int:
    a = book.apply(rain(0, level))
    assert a is not None
    assert a.alert_id is not None
    book.act(a.alert_id, AlertState.RESOLVED, at=T0 + timedelta(minutes=2), actor="coord", reason="handled")
    return a.alert_id


def test_the_same_condition_does_not_come_back_after_a_resolve_by_hand() -> None:
    book = AlertBook()
    first = resolved_while_holding(book)
    resolve = book.audit[-1]
    # the evaluator re-triggers every minute while it holds, at the level or lower
    for minute, level in [(3, 1), (4, 1), (5, 0), (6, 1)]:
        assert book.apply(rain(minute, level)) is None
    assert book.open_alerts() == []
    assert [a.alert_id for a in book.all_alerts()] == [first]
    assert resolve.action is Action.RESOLVE
    assert resolve.reason == "handled · condition still holds (豪雨): no new alert until it ends or rises above 豪雨"


def test_a_rise_above_the_resolved_level_opens_a_new_alert_that_says_so() -> None:
    book = AlertBook()
    first = resolved_while_holding(book, level=1)
    new = book.apply(rain(5, 2))  # 豪雨 -> 大豪雨, same CAP severity, higher class
    assert new is not None
    assert new.alert_id != first
    assert new.state is AlertState.RAISED
    assert new.label == "大豪雨"
    assert book.audit[-1].action is Action.RAISE
    assert book.audit[-1].reason == f"rain 大豪雨; rose above 豪雨 of alert {first}"
    assert not book.get(first).set_aside
    # the new alert is an ordinary one: a later fall and rise only update it
    book.apply(rain(6, 1))
    assert [a.alert_id for a in book.open_alerts()] == [new.alert_id]
    assert len(book.all_alerts()) == 2


def test_the_end_of_the_condition_is_recorded_and_its_return_is_a_new_alert() -> None:
    book = AlertBook()
    first = resolved_while_holding(book)
    book.apply(Clear(RULE, SRC, T0 + timedelta(minutes=30), "rain_24h below 200"))
    ended = book.get(first)
    assert not ended.set_aside
    assert ended.state is AlertState.RESOLVED
    assert ended.cleared_at == T0 + timedelta(minutes=30)
    assert (book.audit[-1].action, book.audit[-1].reason) == (
        Action.CLEAR, "condition ended after the resolve: rain_24h below 200")
    again = book.apply(rain(40, 1))
    assert again is not None
    assert again.alert_id != first
    assert again.state is AlertState.RAISED


def test_a_resolve_after_the_condition_cleared_sets_nothing_aside() -> None:
    book = AlertBook()
    a = book.apply(rain(0, 1))
    assert a is not None
    assert a.alert_id is not None
    book.apply(Clear(RULE, SRC, T0 + timedelta(minutes=1), "below"))
    book.act(a.alert_id, AlertState.RESOLVED, at=T0 + timedelta(minutes=2), actor="coord", reason="done")
    assert book.audit[-1].reason == "done"
    assert not book.get(a.alert_id).set_aside
    assert book.apply(rain(3, 0)) is not None  # a new condition: a new alert


def test_closing_a_set_aside_alert_keeps_it_set_aside() -> None:
    book = AlertBook()
    first = resolved_while_holding(book)
    book.act(first, AlertState.CLOSED, at=T0 + timedelta(minutes=3), actor="coord", reason="")
    assert book.get(first).set_aside
    assert book.apply(rain(4, 1)) is None
