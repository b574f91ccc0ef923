"""A storm of queued agency reports is applied in bounded steps, and none is lost.

The runner beats between the worker's steps (common/runner.py), so a step that
applied every queued report at once would go silent for as long as the queue is
long. Here 2,000 reports wait in the ops worker's queue (as the MQTT thread
leaves them); one step must leave some for the next, the steps that follow must
apply every one, and each is acknowledged only once applied.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.service import OpsWorker

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
QUEUED = 2_000


def test_queued_reports_are_applied_over_several_bounded_steps(
        db_settings: Settings, db_dsn: str, unique_id: str) -> None:
    worker = OpsWorker(db_settings, ROUTING, None)
    acked: list[int] = []
    topic = f"soc/v1/agency/fire/report/{unique_id}"
    for i in range(QUEUED):  # unparseable: each is audited as rejected
        worker.on_message(topic, b"not json", lambda i=i: acked.append(i))
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        for _ in worker.open(conn, datetime.now(UTC)):
            pass
        busy = worker.step(conn, datetime.now(UTC))
        left = worker.reports_waiting
        assert 0 < left < QUEUED, f"one step applied {QUEUED - left} of {QUEUED} queued reports"
        assert busy, "a step that left reports queued must say it found work (the next one follows at once)"
        steps = 1
        while worker.step(conn, datetime.now(UTC)):
            steps += 1
            assert steps <= QUEUED, "the steps never drained the queue"
        row = conn.execute("SELECT count(*) FROM audit_log WHERE action = 'dispatch.rejected' AND subject_id = %s",
                           (topic,)).fetchone()
        worker.close(conn)
    assert row is not None
    assert row[0] == QUEUED
    assert sorted(acked) == list(range(QUEUED))
