"""The refusing tables' state and when the spool is drained (pure: the clock is an argument)."""

from __future__ import annotations

from datetime import UTC, datetime

from ingest.spool import DRAIN_BATCH, DRAIN_EVERY_S, Refusals

T = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)


def test_a_spool_left_by_an_earlier_process_is_drained_at_start_then_not_again_while_empty() -> None:
    r = Refusals()
    assert r.drain_due(0.0)
    r.drained(0)
    assert not r.drain_due(100.0)


def test_a_refusing_table_is_tried_again_every_period_and_its_first_refusal_is_kept() -> None:
    r = Refusals()
    assert r.drain_due(0.0)
    r.drained(0)
    r.refuse("readings", "53100", T)
    r.spooled_some(10)
    assert r.tables() == frozenset({"readings"})
    assert r.drain_due(0.0 + DRAIN_EVERY_S)
    r.drain_failed()
    r.refuse("readings", "53100", datetime(2026, 12, 6, 12, 5, tzinfo=UTC))  # still refusing
    assert not r.drain_due(DRAIN_EVERY_S + 1)
    assert r.drain_due(2 * DRAIN_EVERY_S)
    assert r.detail() == [{"table": "readings", "since": T.isoformat(), "sqlstate": "53100"}]
    r.drained(10)
    assert r.tables() == frozenset()
    assert r.detail() == []
    assert r.spooled == 10


def test_a_full_drain_takes_the_next_batch_at_once() -> None:
    r = Refusals()
    assert r.drain_due(0.0)
    r.drained(DRAIN_BATCH)
    assert r.drain_due(0.1)
    r.drained(3)
    assert not r.drain_due(0.2)


def test_messages_spooled_after_the_last_drain_are_drained_in_the_next_period() -> None:
    r = Refusals()
    assert r.drain_due(0.0)
    r.drained(0)
    r.spooled_some(0)
    assert not r.drain_due(DRAIN_EVERY_S)
    r.spooled_some(2)
    assert not r.drain_due(1.0)
    assert r.drain_due(DRAIN_EVERY_S)
