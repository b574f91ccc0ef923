"""Scenario passes through the real ingest worker: every message accounted as the ground truth says.

Private broker (see conftest), this module's fresh database, the fixture
registry loaded into ``sensors``, one in-process ingest worker. Tests share the
database, so they compare counter deltas and start their passes on different
seconds of the minute (their readings never share a natural key).
"""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from psycopg.types.json import Jsonb

from common.settings import Settings
from ingest.consumer import Consumer
from sim.publisher import RunOptions, run_simulation
from sim.recording import read_messages
from sim.registry import load_registry
from tests.integration.sim.sim_helpers import REGISTRY

pytestmark = pytest.mark.integration

SQL_SENSOR = """
INSERT INTO sensors (sensor_id, agency, kind, name, geom, expected_interval, metadata)
VALUES (%s, %s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326), make_interval(secs => %s), %s)
ON CONFLICT (sensor_id) DO NOTHING
"""
SQL_COUNTERS = """
SELECT coalesce(sum(received), 0), coalesce(sum(stored), 0),
       coalesce(sum(duplicate), 0), coalesce(sum(quarantined), 0)
FROM ingest_counters
"""
SQL_REASONS = "SELECT reason, count(*) FROM quarantine GROUP BY reason"


@pytest.fixture
def worker(broker: Settings, db_settings: Settings, db_dsn: str, unique_id: str) -> Iterator[Settings]:
    """Settings of the private broker and this module's database, with an ingest worker running."""
    settings = db_settings.model_copy(update={"mqtt": broker.mqtt})
    with psycopg.connect(db_dsn, autocommit=True) as conn, conn.cursor() as cur:
        cur.executemany(
            SQL_SENSOR,
            [
                (s.sensor_id, s.agency, s.kind, s.name, s.lon, s.lat, s.expected_interval_s, Jsonb({}))
                for s in load_registry(REGISTRY)
            ],
        )
    consumer = Consumer(settings, client_id=f"sim-{unique_id}", group=f"g{unique_id}")
    thread = threading.Thread(target=consumer.run, name="ingest", daemon=True)
    thread.start()
    assert consumer.subscribed.wait(30), "ingest worker did not subscribe"
    yield settings
    consumer.stop()
    thread.join(30)


def _counters(dsn: str) -> tuple[int, int, int, int]:
    with psycopg.connect(dsn) as conn:
        row = conn.execute(SQL_COUNTERS).fetchone()
    assert row is not None
    return (int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def _reasons(dsn: str) -> Counter[str]:
    with psycopg.connect(dsn) as conn:
        return Counter({str(reason): int(n) for reason, n in conn.execute(SQL_REASONS)})


@pytest.mark.parametrize(
    ("scenario", "hours", "second"),
    [("faults", 2, 7), ("typhoon", 12, 19), ("convention_event", 6, 31), ("normal_day", 4, 43)],
)
def test_every_published_message_is_stored_duplicate_or_quarantined_as_expected(
    worker: Settings, db_dsn: str, tmp_path: Path, scenario: str, hours: int, second: int
) -> None:
    truth_file, record = tmp_path / "truth.json", tmp_path / "run.jsonl"
    duration = timedelta(hours=hours)
    # In the past (speed 0 keeps observation time = simulated time), on this test's second.
    start = (datetime.now(UTC) - duration - timedelta(minutes=2)).replace(second=second, microsecond=0)
    opts = RunOptions(
        scenario, speed=0, seed=5, duration=duration, start=start, registry=REGISTRY, truth=truth_file, record=record
    )
    before, reasons_before = _counters(db_dsn), _reasons(db_dsn)
    stats = run_simulation(worker, opts)
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    total = truth["messages"]["total"]
    assert stats.acknowledged == stats.published == total

    # Poll the committed counters until every message is in (ingest commits in batches).
    deadline = time.monotonic() + 180
    while _counters(db_dsn)[0] - before[0] < total and time.monotonic() < deadline:
        time.sleep(0.2)
    received, stored, duplicate, quarantined = (a - b for a, b in zip(_counters(db_dsn), before, strict=True))
    outcomes = {"stored": 0, "duplicate": 0, "quarantined": 0, **truth["messages"]["outcomes"]}
    assert received == total
    assert (stored, duplicate, quarantined) == (outcomes["stored"], outcomes["duplicate"], outcomes["quarantined"])

    # Each injected fault was quarantined for the reason it was labelled with.
    expected = Counter(str(m.fault) for m in read_messages(record) if m.fault is not None and m.fault != "duplicate")
    assert _reasons(db_dsn) - reasons_before == expected
