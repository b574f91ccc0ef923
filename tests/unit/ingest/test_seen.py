"""The wall's push notifications: what a batch announces, and how it is split."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from ingest.payloads import Event, Reading
from ingest.seen import MAX_PAYLOAD_BYTES, collect, payloads
from ingest.store import NOTIFY_SEPARATOR

T0 = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)
MS0 = int(T0.timestamp() * 1000)


class _R:
    def __init__(self, readings: tuple[Reading, ...] = (), events: tuple[Event, ...] = ()) -> None:
        self.readings = readings
        self.events = events


def _ev(sid: str, feed: str, t: datetime, category: str | None) -> Event:
    return Event(t, sid, "disaster", feed, category or "k", category, None, None, None, "{}")


def test_newest_time_per_source_only_from_messages_that_inserted_rows() -> None:
    results = [
        (0, _R((Reading(T0, "A", "value", 1.0), Reading(T0 + timedelta(seconds=5), "A", "x", 2.0)))),
        (1, _R((Reading(T0 + timedelta(seconds=9), "A", "value", 3.0),))),  # duplicate: inserted nothing
        (2, _R((Reading(T0 + timedelta(seconds=1), "B", "value", 1.0),))),
        (3, _R(events=(_ev("F", "fire_alarm", T0, "alarm"),))),
    ]
    seen, status = collect(results, {0: 2, 2: 1, 3: 1})
    assert seen == {"A": MS0 + 5000, "B": MS0 + 1000, "F": MS0}
    assert status == {}


def test_status_events_report_the_newest_state_and_do_not_count_as_seen() -> None:
    results = [
        (0, _R(events=(_ev("D", "status", T0 + timedelta(seconds=2), "offline"),))),
        (1, _R(events=(_ev("D", "status", T0, "online"),))),
    ]
    seen, status = collect(results, {0: 1, 1: 1})
    assert seen == {}
    assert status == {"D": "offline"}


def test_payloads_are_complete_json_objects_under_the_limit_and_lose_no_source() -> None:
    seen = {f"VD-{i:05d}-長名稱": MS0 + i for i in range(2_000)}
    status = {f"DEV-{i}": "offline" if i % 2 else "online" for i in range(300)}
    out = payloads(seen, status)
    assert len(out) > 1
    got_seen: dict[str, int] = {}
    got_status: dict[str, str] = {}
    for p in out:
        assert len(p.encode()) <= MAX_PAYLOAD_BYTES
        doc = json.loads(p)
        assert set(doc) <= {"seen", "status"}
        assert not set(doc.get("seen", {})) & set(got_seen)
        got_seen.update(doc.get("seen", {}))
        got_status.update(doc.get("status", {}))
    assert got_seen == seen
    assert got_status == status


def test_nothing_to_announce_gives_no_payload() -> None:
    assert payloads({}, {}) == []
    assert json.loads(payloads({'a"b': 1}, {})[0]) == {"seen": {'a"b': 1}}


def test_payloads_never_hold_the_separator_the_store_joins_them_with() -> None:
    """The store sends a batch's payloads as one text joined by U+001E (ingest.store)."""
    seen = {"A\x1eB": 1, "C": 2}
    out = payloads(seen, {"D\x1e": "off\x1eline"})
    assert out
    assert all(NOTIFY_SEPARATOR not in p for p in out)
    assert json.loads(out[0]) == {"seen": seen, "status": {"D\x1e": "off\x1eline"}}
