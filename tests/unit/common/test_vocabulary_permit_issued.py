"""When a stored permit version was issued (``common.vocabulary.permit_issued``), read back from
the event key ingest writes (``{status}@{ts in UTC}``, docs/mqtt.md).

Expected results come from the wire contract: a permit's ``ts`` is when its version was sent,
its ``start`` when the event begins; the key holds the first, the row's time the second.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from common.vocabulary import PERMIT_FEED, PermitStatus, permit_issued
from ingest.payloads import Limits, Parsed, parse_message
from tests.unit.ingest.ingest_strategies import NOW, REGISTRY

POINT = {"type": "Point", "coordinates": [120.65, 24.18]}


def test_the_key_ingest_writes_gives_the_version_s_ts_not_its_start() -> None:
    body = {"ts": "2016-06-02T08:00:00+08:00", "category": "festival", "start": "2016-06-02T19:00:00+08:00",
            "end": "2016-06-02T23:00:00+08:00", "area": {**POINT, "radius_m": 400}, "status": "cancelled"}
    out = parse_message("soc/v1/police/planned_event/PE-1", json.dumps(body).encode(), now=NOW,
                        registry=REGISTRY, limits=Limits())
    assert isinstance(out, Parsed)
    (event,) = out.events
    assert event.feed == PERMIT_FEED
    assert event.time == datetime(2016, 6, 2, 11, tzinfo=UTC)  # the evening's start
    assert permit_issued(event.feed, event.event_key) == datetime(2016, 6, 2, 0, tzinfo=UTC)


def test_another_feed_s_key_or_a_key_that_does_not_say_gives_none() -> None:
    stamp = "2016-06-02T00:00:00+00:00"
    assert permit_issued("119", f"dispatched@{stamp}") is None  # not a permit's row
    assert permit_issued(PERMIT_FEED, "approved") is None
    assert permit_issued(PERMIT_FEED, "approved@") is None
    assert permit_issued(PERMIT_FEED, "approved@yesterday") is None
    assert permit_issued(PERMIT_FEED, "approved@2016-06-02T00:00:00") is None  # no zone: no instant
    assert permit_issued(PERMIT_FEED, f"@{stamp}") == datetime(2016, 6, 2, tzinfo=UTC)


@given(status=st.sampled_from(PermitStatus),
       at=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)),
       offset=st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_any_instant_in_any_zone_is_read_back(status: PermitStatus, at: datetime, offset: int) -> None:
    local = at.astimezone(timezone(timedelta(minutes=offset)))
    assert permit_issued(PERMIT_FEED, f"{status.value}@{local.isoformat()}") == at


@given(key=st.text(max_size=200))
def test_any_text_is_read_or_refused_without_raising(key: str) -> None:
    issued = permit_issued(PERMIT_FEED, key)
    assert issued is None or (isinstance(issued, datetime) and issued.tzinfo is not None)


@given(stamp=st.one_of(st.integers(min_value=-(10**30), max_value=10**30).map(str),
                       st.floats(allow_nan=True, allow_infinity=True).map(repr),
                       st.just("9" * 5000), st.just("\ud800"), st.just("2016-06-02T00:00:00+99:00"),
                       st.just("[" * 1000 + "]" * 1000)))
def test_numbers_huge_strings_and_bad_unicode_after_the_at_give_none(stamp: str) -> None:
    assert permit_issued(PERMIT_FEED, f"approved@{stamp}") is None
