"""Hostile payloads on every feed, through the real broker, a real ingest worker and
the database: nothing is lost, nothing kills the worker.

The parser's totality is shown field by field in
``tests/unit/ingest/test_ingest_payloads_edges.py``; here the same documents and
edges (huge integers, ``1e99999``, NaN and Infinity, lone surrogates, NUL, deep
nesting, wrong types, duplicate keys, long strings) and Hypothesis timestamps
(year 1 to 9999, offsets of ±23:59 and beyond, zone names, epoch milliseconds of
any size) are published over MQTT with each feed's own account. Every message
must end stored or quarantined with a reason (the counters balance, one
quarantine row per quarantined message, never the bug guard ``parser_error``),
and the worker must still be running and storing afterwards.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from common.settings import Settings
from ingest.consumer import Consumer
from tests.integration.ingest.ingest_helpers import (
    assert_balanced,
    close,
    counters,
    publish_all,
    publisher,
    register,
    running_worker,
    wait_until,
)
from tests.unit.ingest.test_ingest_payloads_edges import VALID, Raw, _paths, _replace, dump

pytestmark = pytest.mark.integration

#: The edges sent into every field (the unit test sends all of them; over MQTT a sample
#: of each kind keeps the run short).
SENT_EDGES = [
    "1" + "0" * 400, "-" + "9" * 4301, "1e99999", "-0", "4.9e-324", "1.8e308", "NaN", "-Infinity",
    "true", "null", '""', '"12"', "[]", '{"a":1}', '"\\ud800"', '"a\\udc00b"', '"\\u0000"',
    '"' + "x" * 100_000 + '"', "[" * 5000 + "]" * 5000, '{"a":' * 3000 + "1" + "}" * 3000,
]

#: A feed account per domain (the broker's ACL lets each write only its own tree).
ACCOUNT = {"disaster": "disaster", "traffic": "traffic", "police": "police",
           "citizen": "citizen", "fire": "fire"}
#: Feeds whose sources are registered devices, and the kind the registry needs.
REGISTERED = {"rain", "water_level", "flood", "fire_alarm", "vd", "parking", "signal", "cctv"}


def _rename(doc: Any, old: str, new: str) -> Any:
    """``doc`` with every string equal to ``old`` (the topic's source id) replaced."""
    if isinstance(doc, dict):
        return {k: _rename(v, old, new) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_rename(v, old, new) for v in doc]
    return new if doc == old else doc


def _fresh(doc: Any) -> Any:
    """``doc`` with its times moved to an hour ago (the unit test's clock is 2016)."""
    recent = (datetime.now(UTC) - timedelta(hours=1)).isoformat()
    if isinstance(doc, dict):
        return {k: _fresh(v) for k, v in doc.items()}
    if isinstance(doc, list):
        return [_fresh(v) for v in doc]
    if isinstance(doc, str) and doc.startswith("2016-06-02T"):
        return recent
    return doc


def _feeds(uid: str) -> dict[str, dict[str, Any]]:
    """The valid documents on topics whose source ids are this test's own."""
    out: dict[str, dict[str, Any]] = {}
    for topic, doc in VALID.items():
        parts = topic.split("/")
        sid = parts[4]
        parts[4] = f"{sid}-{uid}"
        out["/".join(parts)] = _fresh(_rename(doc, sid, parts[4]))
    return out


@pytest.fixture(scope="module")
def uid() -> str:
    import uuid

    return uuid.uuid4().hex[:8]


@pytest.fixture(scope="module")
def worker(db_settings: Settings, db_dsn: str, uid: str) -> Iterator[tuple[Consumer, threading.Thread]]:
    """One ingest worker for the module, in its own thread; the module's sensors registered."""
    register(db_dsn, [(t.split("/")[4], t.split("/")[3]) for t in _feeds(uid)
                      if t.split("/")[3] in REGISTERED])
    with running_worker(db_settings, f"t-hostile-{uid}", f"g{uid}") as running:
        yield running


def _send(settings_: Settings, messages: list[tuple[str, bytes]]) -> None:
    by_domain: dict[str, list[tuple[str, bytes]]] = {}
    for topic, payload in messages:
        by_domain.setdefault(topic.split("/")[2], []).append((topic, payload))
    for domain, items in by_domain.items():
        client = publisher(settings_, ACCOUNT[domain])
        try:
            publish_all(client, items, timeout=120)
        finally:
            close(client)


def _accounted(db_dsn: str, uid: str, sent: int, before: dict[str, int]) -> dict[str, int]:
    """Wait until the worker has counted ``sent`` more messages of this module's sources."""
    def done() -> bool:
        return counters(db_dsn, "")["received"] - before["received"] >= sent

    wait_until(done, 300, f"{sent} messages counted")
    return counters(db_dsn, "")


def _reasons(db_dsn: str, uid: str) -> dict[str, int]:
    with psycopg.connect(db_dsn) as conn:
        rows = conn.execute("SELECT reason, count(*) FROM quarantine WHERE topic LIKE %s GROUP BY reason",
                            (f"%-{uid}%",)).fetchall()
    return {str(r): int(n) for r, n in rows}


def _check(db_dsn: str, uid: str, sent: int, before: dict[str, int],
           worker: tuple[Consumer, threading.Thread]) -> None:
    after = _accounted(db_dsn, uid, sent, before)
    assert after["received"] - before["received"] == sent, (before, after)
    assert_balanced({k: after[k] - before[k] for k in after})
    reasons = _reasons(db_dsn, uid)
    assert sum(reasons.values()) == after["quarantined"], (reasons, after)
    assert "parser_error" not in reasons, reasons
    assert worker[1].is_alive()


def test_every_edge_in_every_field_of_every_feed_is_stored_or_quarantined(
    db_settings: Settings, db_dsn: str, uid: str, worker: tuple[Consumer, threading.Thread],
) -> None:
    feeds = _feeds(uid)
    messages: list[tuple[str, bytes]] = []
    for topic, doc in feeds.items():
        messages.append((topic, dump(doc).encode()))
        for path in _paths(doc):
            for edge in SENT_EDGES:
                text = dump(_replace(doc, path, Raw(edge)))
                messages.append((topic, text.encode("utf-8", "surrogatepass")))
        for key in doc:  # the key twice: the edge first, then last
            body = dump(doc)[1:-1]
            messages.append((topic, ("{" + f"{json.dumps(key)}:" + '"\\ud800",' + body + "}").encode()))
            messages.append((topic, ("{" + body + f",{json.dumps(key)}:" + "1e99999}").encode()))
        messages.append((topic, b"\xed\xa0\x80{\x00}"))  # a raw surrogate and NUL: not UTF-8 JSON
    before = counters(db_dsn, "")
    _send(db_settings, messages)
    _check(db_dsn, uid, len(messages), before, worker)


OFFSETS = st.one_of(
    st.sampled_from(["Z", "z", "+00:00", "-00:00", "+08:00", "+23:59", "-23:59", "+24:00", "+99:99",
                     "+0800", "+08", "", " Asia/Taipei", "[Asia/Taipei]", "+08:00[Asia/Taipei]",
                     "+08:00:00.5", "\x00", "+\u0660\u0668:00"]),
    st.text(max_size=6),
)


@st.composite
def timestamps(draw: st.DrawFn) -> object:
    """A value for a ``ts``: ISO text at the edges of dates and offsets, or epoch milliseconds."""
    kind = draw(st.integers(0, 2))
    if kind == 0:
        moment = draw(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59)))
        digits = draw(st.sampled_from(["", ".5", ".123456", ".1234567890123", ","]))
        return moment.strftime("%Y-%m-%dT%H:%M:%S").rjust(19, "0") + digits + draw(OFFSETS)
    if kind == 1:
        return draw(st.one_of(st.integers(), st.integers(-(10**30), 10**30),
                              st.sampled_from([2**63, -(2**63) - 1, 253402300800000, -62135596800001])))
    return draw(st.sampled_from(["+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                                 "2016-02-30T00:00:00Z", "2016-06-02T24:00:00Z", "2016-06-02T23:59:60Z",
                                 "2016-W22-4T09:20:00Z", "2016-154T09:20:00Z", "20160602T092000Z",
                                 "infinity", "-infinity", "epoch", "now", "today"]))


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(values=st.lists(st.tuples(st.integers(0, 10_000), timestamps()), min_size=20, max_size=60))
def test_any_timestamp_on_any_feed_is_stored_or_quarantined(
    db_settings: Settings, db_dsn: str, uid: str, worker: tuple[Consumer, threading.Thread],
    values: list[tuple[int, object]],
) -> None:
    feeds = _feeds(uid)
    targets = [(topic, path) for topic, doc in feeds.items() for path in _paths(doc)
               if path and isinstance(path[-1], str)
               and path[-1] in {"ts", "sent", "createdAt", "updatedAt", "DataCollectTime", "start", "end"}]
    messages = []
    for pick, value in values:
        topic, path = targets[pick % len(targets)]
        doc = _replace(feeds[topic], path, value)
        messages.append((topic, json.dumps(doc, ensure_ascii=False).encode("utf-8", "surrogatepass")))
    before = counters(db_dsn, "")
    _send(db_settings, messages)
    _check(db_dsn, uid, len(messages), before, worker)


def _quarantined_sizes(db_dsn: str, topic: str) -> list[tuple[str, int]]:
    with psycopg.connect(db_dsn) as conn:
        rows = conn.execute("SELECT reason, octet_length(payload) FROM quarantine WHERE topic = %s"
                            " ORDER BY id", (topic,)).fetchall()
    return [(str(r), int(n)) for r, n in rows]


def test_a_message_far_over_the_payload_limit_is_refused_by_the_broker(
    db_settings: Settings, db_dsn: str, uid: str, worker: tuple[Consumer, threading.Thread],
) -> None:
    """A feed account may publish up to MQTT's 256 MB in one message: the broker refuses
    a packet over its ``max_packet_size`` (1 MiB), so no worker holds it and no
    quarantine row keeps it; a message over ``ingest.max_payload_bytes`` (256 KiB) but
    under the broker's bound is quarantined ``oversize`` as before."""
    topic = f"soc/v1/disaster/rain/BIG-{uid}"
    before = counters(db_dsn, "")
    big = b'{"ts":"' + b"x" * (16 * 1024 * 1024) + b'"}'
    client = publisher(db_settings, "disaster")
    try:
        client.publish(topic, big, qos=1).wait_for_publish(15)  # type: ignore[attr-defined]
    except (RuntimeError, ValueError, OSError):
        pass  # refused at the client (the broker's advertised maximum) or the link dropped
    finally:
        close(client)
    # Then, from another connection, a message over ingest's limit but under the broker's.
    over = b'{"ts":"' + b"y" * (300 * 1024) + b'"}'
    _send(db_settings, [(topic, over)])
    _check(db_dsn, uid, 1, before, worker)
    assert _quarantined_sizes(db_dsn, topic) == [("oversize", len(over))]
