"""Batch store against the real TimescaleDB: rows, duplicates, quarantine, counters, replay."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from common.audit import cli_actor
from common.settings import Settings
from ingest.errors import MessageRejectedError
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store
from soc.cli import main
from tests.integration.ingest.ingest_helpers import EVERY_PAYLOAD_REASON, assert_balanced, counters, register
from tests.unit.ingest.ingest_strategies import NOW, REGISTRY, messages

pytestmark = pytest.mark.integration


def _msgs(store: Store, settings: Settings, pairs: list[tuple[str, bytes]], now: datetime) -> list[Message]:
    registry = store.load_registry()
    limits = limits_from(settings)
    return [Message(t, p, parse_or_reject(t, p, now, registry, limits)) for t, p in pairs]


def test_store_counts_duplicates_and_quarantines(db_settings: Settings, db_dsn: str, unique_id: str) -> None:
    sid = f"FL-{unique_id}"
    register(db_dsn, [(sid, "flood"), (f"FA-{unique_id}", "fire_alarm")])
    now = datetime.now(UTC)
    ts = (now - timedelta(minutes=1)).isoformat()
    old = (now - timedelta(hours=2)).isoformat()
    good = [
        (f"soc/v1/disaster/flood/{sid}", json.dumps({"ts": ts, "value": 12}).encode()),
        (f"soc/v1/disaster/flood/{sid}", json.dumps({"batch": [{"ts": ts, "value": 12}]}).encode()),
        (f"soc/v1/disaster/fire_alarm/FA-{unique_id}", json.dumps({"ts": ts, "state": "alarm"}).encode()),
        (f"soc/v1/disaster/flood/{sid}", json.dumps({"ts": old, "value": 3}).encode()),  # late
    ]
    bad = [
        (f"soc/v1/disaster/flood/{sid}", b"\xff"),
        (f"soc/v1/disaster/flood/{sid}", b"{"),
        (f"soc/v1/disaster/flood/{sid}", json.dumps({"ts": ts, "value": "x"}).encode()),
        (f"soc/v1/disaster/flood/{sid}", json.dumps({"ts": ts[:19], "value": 1}).encode()),
        (
            f"soc/v1/disaster/flood/{sid}",
            json.dumps({"ts": (now + timedelta(days=1)).isoformat(), "value": 1}).encode(),
        ),
        (f"soc/v1/disaster/flood/{sid}", json.dumps({"ts": ts, "value": 5000}).encode()),
        (f"soc/v1/disaster/flood/{sid}", b" " * 300_000),
        (f"soc/v1/disaster/flood/NOPE-{unique_id}", json.dumps({"ts": ts, "value": 1}).encode()),
        (f"soc/v1/weather/flood/{sid}", json.dumps({"ts": ts, "value": 1}).encode()),
    ]
    with psycopg.connect(db_dsn) as conn:
        store = Store(conn)
        tally = store.store_batch(_msgs(store, db_settings, good + bad, now))
        t = tally.total()
        # The second flood message repeats the first's key inside the same batch.
        assert (t.received, t.stored, t.duplicate, t.quarantined, t.late) == (13, 3, 1, 9, 1)
        again = store.store_batch(_msgs(store, db_settings, good, now)).total()
        assert (again.stored, again.duplicate, again.late) == (0, 4, 1)
        n = conn.execute("SELECT count(*) FROM readings WHERE sensor_id = %s", (sid,)).fetchone()
        assert n == (2,)
        reasons = conn.execute("SELECT reason FROM quarantine ORDER BY reason").fetchall()
        assert sorted(r for (r,) in reasons) == EVERY_PAYLOAD_REASON
        raw = conn.execute("SELECT payload FROM quarantine WHERE reason = 'invalid_utf8'").fetchone()
        assert raw == (b"\xff",)
        # The fire alarm has no location of its own: it takes its device's.
        geom = conn.execute("SELECT ST_AsText(geom) FROM events WHERE feed = 'fire_alarm'").fetchone()
        assert geom == ("POINT(120.6564 24.1819)",)
    c = counters(db_dsn, "")
    assert_balanced(c)
    assert (c["received"], c["late"]) == (17, 2)


def test_new_readings_go_straight_in_and_a_known_key_falls_back_to_the_staged_path(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    """Both ways readings enter ``readings``, with per-message outcomes and counters exact."""
    sids = [f"WL-{unique_id}-{i}" for i in range(3)]
    register(db_dsn, [(s, "water_level") for s in sids])
    now = datetime.now(UTC)

    def msg(sid: str, minutes_ago: int, value: float = 1.5) -> tuple[str, bytes]:
        ts = (now - timedelta(minutes=minutes_ago)).isoformat()
        return (f"soc/v1/disaster/water_level/{sid}", json.dumps({"ts": ts, "value": value}).encode())

    def rows(conn: psycopg.Connection) -> list[tuple[str, float]]:
        conn.commit()
        got = conn.execute(
            "SELECT sensor_id, value FROM readings WHERE sensor_id = ANY(%s) ORDER BY sensor_id, time", (sids,)
        ).fetchall()
        conn.commit()  # store_batch's own transaction, not a savepoint in this one
        return [(s, v) for s, v in got]

    with psycopg.connect(db_dsn) as conn:
        store = Store(conn)
        # All new: the direct COPY takes the whole batch.
        t = store.store_batch(_msgs(store, db_settings, [msg(s, 5) for s in sids], now)).total()
        assert (t.stored, t.duplicate, t.rows_stored) == (3, 0, 3)
        assert (store.direct_batches, store.staged_batches) == (1, 0)
        # One key already present among new ones: refused as a whole, staged, exact per message.
        batch = [msg(sids[0], 4), msg(sids[1], 5, value=9.0), msg(sids[2], 4)]
        t = store.store_batch(_msgs(store, db_settings, batch, now)).total()
        assert (t.stored, t.duplicate, t.rows_stored, t.rows_duplicate) == (2, 1, 2, 1)
        assert (store.direct_batches, store.staged_batches) == (1, 1)
        # The first message keeps its value; nothing from the refused COPY stayed behind.
        assert rows(conn) == [(sids[0], 1.5), (sids[0], 1.5), (sids[1], 1.5), (sids[2], 1.5), (sids[2], 1.5)]
        # A key twice inside one batch, after the staged-only run: first message wins.
        store._staged_only = 0
        t = store.store_batch(_msgs(store, db_settings, [msg(sids[0], 3), msg(sids[0], 3, value=7.0)], now)).total()
        assert (t.stored, t.duplicate) == (1, 1)
        assert store.staged_batches == 2
        # While staged-only, new keys are still stored (and counted) exactly.
        t = store.store_batch(_msgs(store, db_settings, [msg(sids[1], 2)], now)).total()
        assert (t.stored, t.duplicate, store.staged_batches) == (1, 0, 3)
        assert len(rows(conn)) == 7
    c = counters(db_dsn, source_prefix=f"WL-{unique_id}")
    assert_balanced(c)
    assert (c["received"], c["stored"], c["duplicate"]) == (9, 7, 2)


def test_batches_stored_inside_the_callers_transaction_count_once(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    """Replay stores inside its own transaction: staging rows of an earlier call must not count again."""
    sid = f"WL-{unique_id}"
    register(db_dsn, [(sid, "water_level")])
    now = datetime.now(UTC)
    msgs = [
        (
            f"soc/v1/disaster/water_level/{sid}",
            json.dumps({"ts": (now - timedelta(minutes=m)).isoformat(), "value": 1}).encode(),
        )
        for m in (3, 2, 2)  # the third repeats the second: staged path
    ]
    with psycopg.connect(db_dsn) as conn:
        store = Store(conn)
        conn.execute("SELECT 1")  # the caller's transaction is open from here on
        for i in range(3):
            store.store_batch(_msgs(store, db_settings, msgs[i : i + 1], now))
            store._staged_only = 0
        store.store_batch(_msgs(store, db_settings, msgs[:2], now))
    c = counters(db_dsn, source_prefix=sid)
    assert_balanced(c)
    assert (c["received"], c["stored"], c["duplicate"]) == (5, 2, 3)


@pytest.fixture(scope="module")
def registered_reader(db_dsn: str) -> Iterator[psycopg.Connection[Any]]:
    """The strategies' sensors registered, and an autocommit connection to read the counters
    through: opened once, not twice for each of the examples below."""
    register(db_dsn, [(sid, kind) for sid, kind in REGISTRY.items()])
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        yield conn


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(batch=st.lists(messages, min_size=1, max_size=60))
def test_every_generated_message_is_stored_duplicate_or_quarantined(
    db_settings: Settings, db_dsn: str, registered_reader: psycopg.Connection[Any], batch: list[tuple[str, bytes]]
) -> None:
    """Thousands of generated messages through parse + store: each one lands, counters balance."""
    with psycopg.connect(db_dsn) as conn:
        before_q = conn.execute("SELECT count(*) FROM quarantine").fetchone()
        before = counters(registered_reader)
        store = Store(conn)
        msgs = _msgs(store, db_settings, batch, NOW + timedelta(minutes=1))
        t = store.store_batch(msgs).total()
        after_q = conn.execute("SELECT count(*) FROM quarantine").fetchone()
    rejected = sum(isinstance(m.result, MessageRejectedError) for m in msgs)
    assert t.received == len(batch)
    assert t.quarantined == rejected
    assert t.stored + t.duplicate == len(batch) - rejected
    assert before_q is not None
    assert after_q is not None
    assert after_q[0] - before_q[0] == rejected
    after = counters(registered_reader)
    assert_balanced(after)
    assert after["received"] - before["received"] == len(batch)


def test_quarantine_list_and_replay_after_registering(
    db_settings: Settings,
    db_dsn: str,
    unique_id: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    sid = f"WL-{unique_id}"
    now = datetime.now(UTC)
    pair = (
        f"soc/v1/disaster/water_level/{sid}",
        json.dumps({"ts": (now - timedelta(minutes=2)).isoformat(), "value": 157.41}).encode(),
    )
    with psycopg.connect(db_dsn) as conn:
        store = Store(conn)
        t = store.store_batch(_msgs(store, db_settings, [pair], now)).total()
    assert t.quarantined == 1
    monkeypatch.setenv("SOC_DB__NAME", db_settings.db.name)
    assert main(["quarantine", "list", "--reason", "unregistered_source"]) == 0
    assert sid in capsys.readouterr().out
    register(db_dsn, [(sid, "water_level")])
    assert main(["quarantine", "replay", "--reason", "unregistered_source"]) == 0
    replayed = capsys.readouterr().out
    assert "stored 1" in replayed
    with psycopg.connect(db_dsn) as conn:
        assert conn.execute("SELECT value FROM readings WHERE sensor_id = %s", (sid,)).fetchall() == [(157.41,)]
        pending = conn.execute(
            "SELECT count(*) FROM quarantine WHERE source_id = %s AND replayed_at IS NULL", (sid,)
        ).fetchone()
        assert pending == (0,)
        # The command line's replay is audited like the API's (one command: ingest.quarantine.replay).
        audited = conn.execute(
            "SELECT actor, subject_id, detail FROM audit_log WHERE action = 'quarantine.replay'"
            " ORDER BY id DESC LIMIT 1"
        ).fetchone()
        assert audited == (cli_actor(), "unregistered_source", {"count": int(replayed.split()[1].rstrip(":"))})
    assert main(["ingest", "stats"]) == 0
    out = capsys.readouterr().out
    assert sid in out
    assert "ok" in out
    assert_balanced(counters(db_dsn, "WL-"))


def test_ingest_horizon_holds_back_for_open_transactions(db_dsn: str, unique_id: str) -> None:
    """Contract 4: rows below the horizon are committed; a late commit is not skipped."""
    sid = f"HZ-{unique_id}"
    sql_count = "SELECT count(*) FROM readings WHERE sensor_id = %s AND received_at >= %s AND received_at < %s"
    with psycopg.connect(db_dsn) as writer, psycopg.connect(db_dsn, autocommit=True) as reader:
        writer.execute(
            "INSERT INTO readings (time, sensor_id, metric, value) VALUES (now(), %s, 'flood_depth_cm', 1)",
            (sid,),
        )
        row = writer.execute("SELECT now()").fetchone()
        assert row is not None
        started = row[0]
        h0 = datetime(2000, 1, 1, tzinfo=UTC)
        h1 = reader.execute("SELECT ingest_horizon()").fetchone()
        assert h1 is not None
        assert h1[0] <= started  # the open transaction holds the horizon back
        assert reader.execute(sql_count, (sid, h0, h1[0])).fetchone() == (0,)
        writer.commit()
        h2 = reader.execute("SELECT ingest_horizon()").fetchone()
        assert h2 is not None
        assert h2[0] > started
        # The next window [h1, h2) sees the row that committed late.
        assert reader.execute(sql_count, (sid, h1[0], h2[0])).fetchone() == (1,)


def _notes(listener: psycopg.Connection, timeout: float = 0.5) -> list[dict[str, object]]:
    return [json.loads(n.payload) for n in listener.notifies(timeout=timeout, stop_after=50)]


def test_a_committed_batch_announces_its_new_sources_to_the_wall(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    """NOTIFY soc_ingest_seen: sent at commit only, for new rows only, with status."""
    sid, dev = f"FL-{unique_id}", f"FA-{unique_id}"
    register(db_dsn, [(sid, "flood"), (dev, "fire_alarm")])
    now = datetime.now(UTC).replace(microsecond=0)
    t1, t2 = now - timedelta(seconds=30), now - timedelta(seconds=10)
    batch = [
        (f"soc/v1/disaster/flood/{sid}", json.dumps({"ts": t1.isoformat(), "value": 12}).encode()),
        (f"soc/v1/disaster/flood/{sid}", json.dumps({"ts": t2.isoformat(), "value": 14}).encode()),
        (f"soc/v1/disaster/fire_alarm/{dev}/status", json.dumps({"ts": t1.isoformat(), "state": "offline"}).encode()),
        (f"soc/v1/disaster/flood/{sid}", b"{"),
    ]
    with psycopg.connect(db_dsn, autocommit=True) as listener, psycopg.connect(db_dsn) as conn:
        listener.execute("LISTEN soc_ingest_seen")
        store = Store(conn, notify_seen=True)
        msgs = _msgs(store, db_settings, batch, now)
        store.store_batch([])  # creates the session's staging tables outside the rolled-back block
        # Rolled back with its enclosing transaction: nothing is announced.
        with conn.transaction(force_rollback=True):
            store.store_batch(msgs)
        assert _notes(listener) == []
        store.store_batch(msgs)
        assert _notes(listener) == [{"seen": {sid: int(t2.timestamp() * 1000)}, "status": {dev: "offline"}}]
        # Redelivered: every row is a duplicate, nothing new to announce.
        store.store_batch(_msgs(store, db_settings, batch, now))
        assert _notes(listener) == []
        # Switched off: rows stored, nothing announced.
        later = now - timedelta(seconds=5)
        quiet = Store(conn, notify_seen=False)
        quiet.store_batch(
            _msgs(
                quiet,
                db_settings,
                [(f"soc/v1/disaster/flood/{sid}", json.dumps({"ts": later.isoformat(), "value": 1}).encode())],
                now,
            )
        )
        assert _notes(listener) == []


def test_counters_keep_each_sources_newest_reading_time(db_settings: Settings, db_dsn: str, unique_id: str) -> None:
    """``last_reading_time`` = max(readings.time) of the source, through new, late, repeated and bad messages."""
    sid = f"RN-{unique_id}"
    register(db_dsn, [(sid, "rain")])
    now = datetime.now(UTC).replace(microsecond=0)
    topic = f"soc/v1/disaster/rain/{sid}"

    def rain(minutes_ago: int) -> tuple[str, bytes]:
        return (
            topic,
            json.dumps(
                {"ts": (now - timedelta(minutes=minutes_ago)).isoformat(), "values": {"NOW": 1.0, "RAIN": 2.0}}
            ).encode(),
        )

    def newest(conn: psycopg.Connection) -> tuple[object, object]:
        row = conn.execute(
            "SELECT (SELECT last_reading_time FROM ingest_counters WHERE source_id = %(s)s),"
            " (SELECT max(time) FROM readings WHERE sensor_id = %(s)s)",
            {"s": sid},
        ).fetchone()
        conn.commit()
        assert row is not None
        return row[0], row[1]

    with psycopg.connect(db_dsn) as conn:
        store = Store(conn)
        store.store_batch(_msgs(store, db_settings, [rain(20), rain(10), rain(30)], now))
        assert newest(conn) == (now - timedelta(minutes=10), now - timedelta(minutes=10))
        # An older (late) reading and a repeat do not move it back; a bad message does not move it.
        store.store_batch(_msgs(store, db_settings, [rain(40), rain(10), (topic, b"{")], now))
        assert newest(conn) == (now - timedelta(minutes=10), now - timedelta(minutes=10))
        store.store_batch(_msgs(store, db_settings, [rain(1)], now))
        assert newest(conn) == (now - timedelta(minutes=1), now - timedelta(minutes=1))


def test_a_batch_the_database_refuses_is_bisected_and_only_the_bad_message_quarantined(
    db_settings: Settings, db_dsn: str, unique_id: str
) -> None:
    """A row that cannot be written (a parser bug) must not stop the worker nor block the batch.

    Through the worker's own commit path: one message among 200 carries a reading
    Python cannot dump (a value that is not a number) and one a reading the
    database refuses (NUL in text). Both are quarantined as ``store_failed`` with
    their raw bytes; the 198 others are stored; the worker's commit returns.
    """
    from dataclasses import replace as dc_replace

    from ingest.consumer import Consumer, _DbSlot
    from ingest.payloads import Parsed
    from ingest.store import prepare

    sid = f"BS-{unique_id}"
    register(db_dsn, [(sid, "flood")])
    now = datetime.now(UTC)
    base = now - timedelta(minutes=30)
    topic = f"soc/v1/disaster/flood/{sid}"
    pairs = [(topic, json.dumps({"ts": (base + timedelta(seconds=i)).isoformat(), "value": i % 90}).encode())
             for i in range(200)]
    with psycopg.connect(db_dsn) as conn:
        msgs = _msgs(Store(conn), db_settings, pairs, now)
    for i, bad in ((57, "not a number"), (143, None)):
        parsed = msgs[i].result
        assert isinstance(parsed, Parsed)
        r = parsed.readings[0]
        reading = dc_replace(r, value=bad) if bad is not None else dc_replace(r, metric="flood\x00depth_cm")
        msgs[i] = Message(msgs[i].topic, msgs[i].payload, dc_replace(parsed, readings=(reading,)))
    consumer = Consumer(db_settings, client_id=f"bs-{unique_id}")
    slot = _DbSlot()
    try:
        tally = consumer._commit(msgs, prepare(msgs), slot)
    finally:
        consumer._drop_store(slot)
    assert tally is not None
    t = tally.total()
    assert (t.received, t.stored, t.quarantined) == (200, 198, 2)
    with psycopg.connect(db_dsn) as conn:
        rows = conn.execute(
            "SELECT reason, payload FROM quarantine WHERE source_id = %s ORDER BY payload", (sid,)
        ).fetchall()
        n = conn.execute("SELECT count(*) FROM readings WHERE sensor_id = %s", (sid,)).fetchone()
    assert sorted(bytes(p) for _, p in rows) == sorted([pairs[57][1], pairs[143][1]])
    assert {r for r, _ in rows} == {"store_failed"}
    assert n == (198,)
    c = counters(db_dsn, sid)
    assert_balanced(c)
    assert (c["stored"], c["quarantined"]) == (198, 2)
