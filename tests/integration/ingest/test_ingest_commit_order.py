"""A batch the database refused is stored before the batches received after it.

Ingest stores consecutive batches on two database threads. When the database goes away
(``pg_ctl stop``) each thread holds a batch and tries it again after its own backoff, so
the batch received later could commit first: its rows became visible, with the earlier
``received_at``, while the earlier batch was still waiting to try again. The ops center
reads in that order, and a 119 case's ``on_scene`` and ``closed`` read before the
dispatch they follow named no report (none was stored), opened a fire of their own, and
the dispatch, read seconds later, another one: the typhoon's workshop fire ended as two
incidents after the chaos test's database stops (docs/benchmarks/chaos.md).

The fault here is the database refusing the one batch that holds the dispatch, with a
serialization failure (SQLSTATE 40001, transient), until the test lets it through, while
the real ``soc ingest run`` receives the case's updates: the moment of an outage at which
one thread's batch failed and the other's is about to be tried, held for as long as the
test needs. Meanwhile the ops service polls as it does every few milliseconds. Expected
(docs/mqtt.md, "QoS, sessions and acknowledgement"): nothing received after a refused batch is stored before it, so
the case is one fire with its three reports, as when nothing fails.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common import services as svc
from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.service import OpsService
from tests.fix_services import ROOT, subprocess_env
from tests.integration.ingest import ingest_helpers as ih

pytestmark = pytest.mark.integration

ROUTING = load_routing(ROOT / "ops_center" / "routing.yaml")
WORKSHOP = (120.6648, 24.1896)
#: How long the updates are given to become visible while the dispatch's batch is refused.
HELD_S = 6.0

# The fault: a dispatch of a case named in ``ingest_test_refused`` is refused as a
# serialization failure, which ingest retries as it retries an outage.
SQL_FAULT = """
CREATE TABLE IF NOT EXISTS ingest_test_refused (source_id text PRIMARY KEY);
CREATE OR REPLACE FUNCTION ingest_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.event_key = 'dispatched' AND EXISTS (SELECT 1 FROM ingest_test_refused r WHERE r.source_id = NEW.source_id)
    THEN
        RAISE EXCEPTION 'refused by the test' USING ERRCODE = '40001';
    END IF;
    RETURN NEW;
END $$;
DROP TRIGGER IF EXISTS ingest_test_refuse ON events;
CREATE TRIGGER ingest_test_refuse BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION ingest_test_refuse();
"""


@contextmanager
def _ingest_process(s: Settings, client_id: str, log_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], object]]:
    """A real ``soc ingest run`` (its output in ``log_path``), subscribed, and a publisher of
    the fire bureau's account; stopped, with its broker session purged, when the block ends."""
    with log_path.open("ab") as fh:
        worker = subprocess.Popen(
            [sys.executable, "-m", "soc", "ingest", "run", "--group", "", "--client-id", client_id],
            cwd=ROOT,
            env=subprocess_env(s),
            stdout=fh,
            stderr=fh,
        )
    pub = ih.publisher(s, "fire")
    try:
        ih.wait_until(
            lambda: "mqtt_subscribed" in log_path.read_text(errors="replace") or worker.poll() is not None,
            90,
            "the worker subscribed",
        )
        yield worker, pub
    finally:
        ih.close(pub)
        worker.send_signal(signal.SIGTERM)
        try:
            worker.wait(30)
        except subprocess.TimeoutExpired:
            worker.kill()
        ih.purge_session(s, client_id)


def _case(case_id: str, at: datetime, status: str) -> tuple[str, bytes]:
    doc = {
        "ts": at.isoformat(),
        "category": "fire",
        "status": status,
        "location": {"type": "Point", "coordinates": list(WORKSHOP)},
        "text": "強風致電線走火 鐵皮工廠起火",
    }
    return f"soc/v1/fire/119/{case_id}", json.dumps(doc, ensure_ascii=False).encode()


def _stored(conn: psycopg.Connection, case_id: str) -> dict[str, datetime]:
    return {
        str(k): r for k, r in conn.execute("SELECT event_key, received_at FROM events WHERE source_id = %s", (case_id,))
    }


def test_updates_received_after_a_refused_dispatch_wait_for_it_and_join_its_fire(
    db_settings: Settings,
    services: svc.Layout,
    tmp_path: Path,
) -> None:
    s = db_settings
    case_id = f"119-{uuid.uuid4().hex[:8]}"
    cid = f"order-{case_id}"
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    log_path = tmp_path / "worker.log"
    with psycopg.connect(s.db.conninfo(), autocommit=True) as c:
        c.execute(SQL_FAULT)
        c.execute("INSERT INTO ingest_test_refused VALUES (%s)", (case_id,))
    try:
        with _ingest_process(s, cid, log_path) as (worker, pub):
            with psycopg.connect(s.db.conninfo(), autocommit=True) as c:
                ops = OpsService(c, ROUTING, idle_after_s=None)
                ops.start()
                ih.publish_all(pub, [_case(case_id, t0, "dispatched")])
                ih.wait_until(
                    lambda: "database_unavailable" in log_path.read_text(errors="replace"),
                    60,
                    "the dispatch's batch refused",
                )
                ih.publish_all(
                    pub,
                    [
                        _case(case_id, t0 + timedelta(minutes=8), "on_scene"),
                        _case(case_id, t0 + timedelta(hours=1), "closed"),
                    ],
                )
                # The updates' batch is tried while the dispatch's waits for its next attempt: the
                # ops service polls meanwhile, as it would, and reads whatever became visible.
                deadline = time.monotonic() + HELD_S
                while "on_scene" not in _stored(c, case_id) and time.monotonic() < deadline:
                    time.sleep(0.2)
                ops.poll_once()
                c.execute("DELETE FROM ingest_test_refused WHERE source_id = %s", (case_id,))
                ih.wait_until(lambda: len(_stored(c, case_id)) == 3 or worker.poll() is not None, 60, "the case stored")
                assert worker.poll() is None, log_path.read_text(errors="replace")[-3000:]
                fed: list[str] = []
                for _ in range(40):
                    fed += [k for k in ops.poll_once().keys if f":{case_id}|" in k]
                    if len(fed) >= 3:
                        break
                    time.sleep(0.25)
                stored = _stored(c, case_id)
                members = c.execute(
                    "SELECT incident_id, item_key FROM ops_incident_members WHERE source_id = %s", (case_id,)
                ).fetchall()
            # The case is one fire holding its three reports ...
            assert len(members) == 3, members
            assert len({inc for inc, _ in members}) == 1, members
            # ... because they were stored, and so read, in the order received.
            assert stored["dispatched"] < stored["on_scene"] <= stored["closed"], stored
    finally:
        with psycopg.connect(s.db.conninfo(), autocommit=True) as c:
            c.execute("DROP TRIGGER IF EXISTS ingest_test_refuse ON events")


def test_updates_published_before_their_dispatch_join_its_fire(
    db_settings: Settings,
    services: svc.Layout,
    tmp_path: Path,
) -> None:
    """The sender publishes a case's ``on_scene`` and ``closed`` before its dispatch: ingest
    stores them first, the ops service reads them in a poll of their own, and the dispatch,
    read in a later poll, is their case (docs/ops_center.md, "A follow-up is linked when it
    is read"): one fire with its three reports."""
    s = db_settings
    case_id = f"119-{uuid.uuid4().hex[:8]}"
    cid = f"order-{case_id}"
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    log_path = tmp_path / "worker.log"
    with _ingest_process(s, cid, log_path) as (worker, pub):
        with psycopg.connect(s.db.conninfo(), autocommit=True) as c:
            ops = OpsService(c, ROUTING, idle_after_s=None)
            ops.start()
            ih.publish_all(
                pub,
                [
                    _case(case_id, t0 + timedelta(minutes=8), "on_scene"),
                    _case(case_id, t0 + timedelta(hours=1), "closed"),
                ],
            )
            ih.wait_until(lambda: len(_stored(c, case_id)) == 2 or worker.poll() is not None, 60, "the updates stored")
            fed: list[str] = []
            for _ in range(40):
                fed += [k for k in ops.poll_once().keys if f":{case_id}|" in k]
                if len(fed) >= 2:
                    break
                time.sleep(0.25)
            ih.publish_all(pub, [_case(case_id, t0, "dispatched")])
            ih.wait_until(lambda: len(_stored(c, case_id)) == 3 or worker.poll() is not None, 60, "the case stored")
            assert worker.poll() is None, log_path.read_text(errors="replace")[-3000:]
            for _ in range(40):
                fed += [k for k in ops.poll_once().keys if f":{case_id}|" in k]
                if len(fed) >= 3:
                    break
                time.sleep(0.25)
            stored = _stored(c, case_id)
            members = c.execute(
                "SELECT incident_id, item_key FROM ops_incident_members WHERE source_id = %s", (case_id,)
            ).fetchall()
        # read in the order the sender published: the updates first ...
        assert stored["on_scene"] < stored["dispatched"], stored
        assert len(fed) == 3, fed
        # ... and still one fire holding the case's three reports
        assert len(members) == 3, members
        assert len({inc for inc, _ in members}) == 1, members
