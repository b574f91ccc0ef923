"""What ingest accepts, however strange, never stops the ops center.

Hostile but well-typed documents on every event feed (texts of any Unicode up to
a few thousand characters, numbers at the edges the parser still accepts, long
lists, reports that follow themselves or nothing) are published over the real
broker with the feeds' own accounts, stored by a real ingest worker, and read by
``run_ops`` in a thread. Only documents that the parser accepts are sent (the
rejected ones are quarantined: ``tests/integration/ingest/test_ingest_hostile_feeds.py``).
After them, a fire alarm must still be turned into a dispatched incident: the
ops center has read past every hostile event and goes on working.

A 1999 case's ``status`` is the stored event's key and part of the ops center's item key,
which btree indexes hold (``ops_feed_log``, ``ops_incident_members``): at most 2,704 bytes
each, and random letters do not compress. A status over the wire's bound is quarantined
as ``schema``, so no stored key is one the ops center cannot index.

A report's free text costs the text reader time (tens of milliseconds for 2,000 characters of
words it knows, seconds for 60,000): the ops center reads the first ``ITEM_TEXT_CHARS`` of
it, and a poll whose rows take long to read beats as it goes, in units, so that neither one
report nor many make the answer watch (``db.answer_within_s``) take the poll for a lost
connection and start it again for ever.
"""

from __future__ import annotations

import json
import random
import string
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from common.db import connect
from common.settings import Settings
from ingest.errors import MessageRejectedError
from ingest.payloads import MAX_CASE_STATUS_CHARS, Limits, parse_message
from ops_center.repo import ITEM_TEXT_CHARS
from ops_center.service import run_ops
from tests.integration.ingest.ingest_helpers import counters, register, running_worker, wait_until
from tests.integration.ingest.test_ingest_hostile_feeds import REGISTERED, _feeds, _reasons, _send
from tests.integration.ops_center.test_ops_commands import open_fire_incident, running_ops
from tests.unit.ingest.test_ingest_payloads_edges import _paths, _replace

pytestmark = pytest.mark.integration

EVENT_FEEDS = {"fire_alarm", "cap", "signal", "incident", "cctv", "1999", "119", "planned_event"}

TEXT = st.one_of(
    st.text(st.characters(codec="utf-8", exclude_characters="\x00"), max_size=300),
    st.integers(1, 3000).map(lambda n: "水" * n),
    st.sampled_from(["", " ", "\u202e", "\ufeff", "'; DROP TABLE incidents;--", "%s", "{0}", "\\", "\n\r\t"]),
)
NUMBER = st.one_of(st.floats(allow_nan=False, allow_infinity=False), st.integers(-(10**18), 10**18),
                   st.sampled_from([0, -0.0, 5e-324, 1.7976931348623157e308, 120.0, 24.0, 123.0, 118.0]))


def _accepted(topic: str, doc: dict[str, Any], registry: dict[str, str]) -> bool:
    try:
        parse_message(topic, json.dumps(doc, ensure_ascii=False).encode(), now=datetime.now(UTC),
                      registry=registry, limits=Limits())
    except MessageRejectedError:
        return False
    return True


@st.composite
def hostile(draw: st.DrawFn, feeds: dict[str, dict[str, Any]],
            registry: dict[str, str]) -> tuple[str, dict[str, Any]]:
    """An event document with up to eight leaves replaced by a strange value of the same
    type, each replacement kept only if the parser still accepts the document (the
    rejected ones are quarantined, not read by the ops center)."""
    topic = draw(st.sampled_from(sorted(t for t in feeds if t.split("/")[3] in EVENT_FEEDS)))
    doc = feeds[topic]
    for _ in range(draw(st.integers(1, 8))):
        leaves = [p for p in _paths(doc) if p and not isinstance(_get(doc, p), dict | list)]
        path = draw(st.sampled_from(leaves))
        old = _get(doc, path)
        if isinstance(old, str):
            new: object = draw(TEXT)
        elif isinstance(old, bool) or old is None:
            continue
        else:
            new = draw(NUMBER)
        changed = _replace(doc, path, new)
        if _accepted(topic, changed, registry):
            doc = changed
    lists = [p for p in _paths(doc) if isinstance(_get(doc, p), list) and _get(doc, p)]
    if lists and draw(st.booleans()):
        path = draw(st.sampled_from(lists))
        changed = _replace(doc, path, _get(doc, path) * draw(st.integers(2, 500)))
        if _accepted(topic, changed, registry):
            doc = changed
    return topic, doc


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        doc = doc[step]
    return doc


@pytest.fixture(scope="module")
def uid() -> str:
    return uuid.uuid4().hex[:8]


@pytest.fixture(scope="module")
def registry(db_dsn: str, uid: str) -> dict[str, str]:
    sensors = [(t.split("/")[4], t.split("/")[3]) for t in _feeds(uid) if t.split("/")[3] in REGISTERED]
    register(db_dsn, sensors)
    return dict(sensors)


@pytest.fixture(scope="module")
def ingest(db_settings: Settings, uid: str, registry: dict[str, str]) -> Iterator[threading.Thread]:
    with running_worker(db_settings, f"t-opshostile-{uid}", f"g{uid}") as (_, thread):
        yield thread


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_hostile_accepted_events_never_stop_the_ops_center(
    db_settings: Settings, db_dsn: str, uid: str, registry: dict[str, str], ingest: threading.Thread,
    data: st.DataObject,
) -> None:
    feeds = _feeds(uid)
    messages = [(topic, json.dumps(doc, ensure_ascii=False).encode())
                for topic, doc in data.draw(st.lists(hostile(feeds, registry), min_size=5, max_size=25))]
    before = counters(db_dsn, "")["received"]
    with running_ops(db_settings):
        _send(db_settings, messages)
        wait_until(lambda: counters(db_dsn, "")["received"] - before >= len(messages), 120,
                   "the hostile events stored")
        with connect(db_settings, autocommit=True) as conn:
            open_fire_incident(conn, f"fa-canary-{uuid.uuid4().hex[:8]}", 120.6528, 24.1972)
    assert ingest.is_alive()


def test_a_citizen_case_status_no_index_can_hold_is_quarantined_and_the_ops_center_goes_on(
    db_settings: Settings, db_dsn: str, uid: str, ingest: threading.Thread,
) -> None:
    # Random letters (incompressible), around the size at which the events key still fits
    # and the ops center's item key (the same status and more) no longer does; and at the bound.
    rnd = random.Random(1999)
    lengths = [MAX_CASE_STATUS_CHARS + 1, *range(2_600, 2_720, 8)]
    now = datetime.now(UTC).isoformat()
    messages = []
    for n in [MAX_CASE_STATUS_CHARS, *lengths]:
        case = f"C-long-{n}-{uid}"
        doc = {"caseId": case, "category": "road", "district": "西屯區", "createdAt": now,
               "location": {"type": "Point", "coordinates": [120.6564, 24.1819]},
               "status": "".join(rnd.choice(string.ascii_letters) for _ in range(n))}
        messages.append((f"soc/v1/citizen/1999/{case}", json.dumps(doc).encode()))
    before = counters(db_dsn, "")
    quarantined = _reasons(db_dsn, uid).get("schema", 0)
    with running_ops(db_settings):
        _send(db_settings, messages)
        wait_until(lambda: counters(db_dsn, "")["received"] - before["received"] >= len(messages), 120,
                   "the long statuses counted")
        with connect(db_settings, autocommit=True) as conn:
            open_fire_incident(conn, f"fa-canary-{uuid.uuid4().hex[:8]}", 120.6528, 24.1972)
    after = counters(db_dsn, "")
    assert after["stored"] - before["stored"] == 1, (before, after)
    assert _reasons(db_dsn, uid).get("schema", 0) - quarantined == len(lengths)
    assert ingest.is_alive()


#: Words the text reader knows (hazards, places, negations), for reports that cost it time.
READER_WORDS = [
    "淹水", "積水", "火災", "冒煙", "車禍", "塞車", "停電", "路樹倒塌", "坍方", "受困", "救護",
    "疏散", "封閉", "恢復通行", "不是", "沒有", "昨天", "演練", "中清路", "文心路", "地下道", "電梯",
    "失蹤", "孩子", "群眾", "聚集", "漏水", "瓦斯", "爆炸", "施工", "號誌", "故障",
]


def _worded_cases(uid: str, count: int, chars: int) -> list[tuple[str, bytes]]:
    """``count`` citizen cases, each with a text of ``chars`` characters of :data:`READER_WORDS`."""
    rnd = random.Random(chars)
    now = datetime.now(UTC).isoformat()
    out = []
    for k in range(count):
        case = f"C-text-{chars}-{k}-{uid}"
        text = "".join(rnd.choice(READER_WORDS) for _ in range(chars))[:chars]
        doc = {"caseId": case, "category": "other", "district": "西屯區", "createdAt": now, "text": text,
               "location": {"type": "Point", "coordinates": [120.6564, 24.1819]}}
        out.append((f"soc/v1/citizen/1999/{case}", json.dumps(doc, ensure_ascii=False).encode()))
    return out


@contextmanager
def _running_ops_watched(settings: Settings, answer_within_s: float, unit_s: float) -> Iterator[None]:
    """``run_ops`` in a thread (20 ms polls) with the answer watch at ``answer_within_s``
    and steps of ``unit_s``, until the block ends; it must stop cleanly."""
    fast = settings.model_copy(update={
        "ops": settings.ops.model_copy(update={"poll_interval_ms": 20}),
        "db": settings.db.model_copy(update={"answer_within_s": answer_within_s}),
        "health": settings.health.model_copy(update={"unit_s": unit_s}),
    })
    stop = threading.Event()
    result: list[int] = []
    worker = threading.Thread(target=lambda: result.append(run_ops(fast, stop=stop)), daemon=True)
    worker.start()
    try:
        yield
    finally:
        stop.set()
        worker.join(30)
    assert result == [0]


def _stored(db_settings: Settings, db_dsn: str, messages: list[tuple[str, bytes]]) -> None:
    """Publish ``messages`` and wait until ingest has stored them: the ops center started
    next reads them in its first poll."""
    before = counters(db_dsn, "")["stored"]
    _send(db_settings, messages)
    wait_until(lambda: counters(db_dsn, "")["stored"] - before >= len(messages), 120, "the reports stored")


def _a_fire_is_dispatched(db_settings: Settings) -> None:
    with connect(db_settings, autocommit=True) as conn:
        open_fire_incident(conn, f"fa-canary-{uuid.uuid4().hex[:8]}", 120.6528, 24.1972)


def test_reports_as_long_as_the_payload_limit_allows_are_read_in_part_and_the_ops_center_goes_on(
    db_settings: Settings, db_dsn: str, uid: str, ingest: threading.Thread,
) -> None:
    # 60,000 characters of known words: about 200 KB, within the payload limit; the reader
    # takes seconds for each whole text.
    _stored(db_settings, db_dsn, _worded_cases(uid, 4, 60_000))
    with running_ops(db_settings):
        _a_fire_is_dispatched(db_settings)
    with connect(db_settings, autocommit=True) as conn:
        longest = conn.execute("SELECT max(length(item ->> 'text')) FROM ops_feed_log WHERE item_key LIKE %s",
                               (f"%C-text-60000-%-{uid}%",)).fetchone()
    assert longest is not None
    assert longest[0] == ITEM_TEXT_CHARS, longest
    assert ingest.is_alive()


def test_a_poll_of_many_long_reports_beats_in_units_and_is_never_taken_for_a_lost_answer(
    db_settings: Settings, db_dsn: str, uid: str, ingest: threading.Thread,
) -> None:
    # Each report read whole (2,000 characters: tens of milliseconds): together far longer
    # than the answer watch's 1 s, the poll's steps of 0.2 s each far shorter.
    _stored(db_settings, db_dsn, _worded_cases(uid, 80, ITEM_TEXT_CHARS))
    with _running_ops_watched(db_settings, answer_within_s=1.0, unit_s=0.2):
        _a_fire_is_dispatched(db_settings)
    assert ingest.is_alive()
