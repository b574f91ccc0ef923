"""A police report filed as ``road_reopened`` travels the real broker and ingest worker into
the database, and the ops service places it in the job at its scene.

Expected values come from the situation (docs/mqtt.md, police `incident` `road_reopened`;
tests/unit/ops_center/test_ops_correlate_reopened_category.py): a crash closes a junction's
lanes, the wreck waits 75 minutes for the crane, then another patrol files the road reopened
with a few words ("路口拖吊完成") and names no report it follows: it ends the crash's job.
"""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.dispatch import load_routing
from ops_center.service import OpsService
from tests.integration.ingest.ingest_helpers import close, publish_all, publisher, running_worker, wait_until

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")


def _report(ts: datetime, category: str, text: str, **more: object) -> bytes:
    doc = {"ts": ts.isoformat(), "category": category, "severity": "Moderate", "unit": "第六分局",
           "location": {"type": "Point", "coordinates": [120.6480, 24.1830]}, "text": text, **more}
    return json.dumps(doc, ensure_ascii=False).encode()


def _stored(conn: psycopg.Connection, sources: list[str]) -> int:
    row = conn.execute("SELECT count(*) FROM events WHERE source_id = ANY(%s)", (sources,)).fetchone()
    return row[0] if row else 0


def placed(c: psycopg.Connection, sources: list[str]) -> dict[str, tuple[str, str]]:
    """Run the ops service over what is stored until every source is in an incident (or 30 s
    passed): source id -> (incident id, incident type)."""
    svc = OpsService(c, ROUTING, idle_after_s=None)
    svc.start()
    deadline = time.monotonic() + 30
    while True:
        svc.poll_once()
        rows = c.execute(
            "SELECT m.source_id, i.incident_id, i.type FROM ops_incident_members m"
            " JOIN ops_incidents i USING (incident_id) WHERE m.source_id = ANY(%s)",
            (sources,),
        ).fetchall()
        if len(rows) == len(sources) or time.monotonic() > deadline:
            return {s: (i, t) for s, i, t in rows}


def test_a_road_reopened_report_through_the_broker_ends_the_crash_job(db_settings: Settings, unique_id: str) -> None:
    crash, reopened = f"R-{unique_id}-crash", f"R-{unique_id}-open"
    t0 = datetime.now(UTC) - timedelta(minutes=90)
    with running_worker(db_settings, f"reopen-{unique_id}"):
        pub = publisher(db_settings, "police")
        try:
            publish_all(pub, [
                (f"soc/v1/police/incident/{crash}", _report(t0, "injury_accident", "汽機車碰撞 封閉外側車道")),
                (f"soc/v1/police/incident/{reopened}",
                 _report(t0 + timedelta(minutes=75), "road_reopened", "路口拖吊完成")),
            ])
        finally:
            close(pub)
        with connect(db_settings, autocommit=True) as c:
            wait_until(lambda: _stored(c, [crash, reopened]) == 2, 30, "both reports stored")
    with connect(db_settings, autocommit=True) as c:
        rows = placed(c, [crash, reopened])
        category = c.execute("SELECT category FROM events WHERE source_id = %s", (reopened,)).fetchone()
    assert category == ("road_reopened",)
    assert rows.get(crash) is not None
    assert rows.get(reopened) == rows[crash]
