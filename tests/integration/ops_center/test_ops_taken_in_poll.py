"""A patrol's report of cars trapped in flooding and the flood, read in one poll, through the
real broker, ingest worker, database and ops service: one job, its crews on it.

Expected values come from the situation (acceptance finding: 河南路, a typhoon night): a
patrol files ``road_flooding`` "河南路積水約40公分，車輛受困" at the street's low point; the fire
bureau is sent to the rescue. Minutes later another patrol reports the water 40 m along the
street ("河南路積水約30公分 車道封閉中"): the flood opens there and takes the rescue, whose
crews' assignment is carried over to it (docs/ops_center.md, a flood opening where a rescue job of people
trapped in water stands). Read in one poll, the rescue is opened and taken at once: its crews
are sent to the flood, the job the console and the wall show, not to the merged rescue
(docs/ops_center.md, "When an incident is routed"). A module of its own: a fresh database, so
the reports meet no flood of another test at their place.
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


def _report(ts: datetime, category: str, text: str, lon: float) -> bytes:
    doc = {
        "ts": ts.isoformat(),
        "category": category,
        "severity": "Severe",
        "unit": "第六分局",
        "location": {"type": "Point", "coordinates": [lon, 24.1742]},
        "text": text,
    }
    return json.dumps(doc, ensure_ascii=False).encode()


def _stored(conn: psycopg.Connection, sources: list[str]) -> int:
    row = conn.execute("SELECT count(*) FROM events WHERE source_id = ANY(%s)", (sources,)).fetchone()
    return row[0] if row else 0


def _placed(c: psycopg.Connection, svc: OpsService, sources: list[str]) -> dict[str, tuple[str, str]]:
    """Poll the service until every source is in an open incident (or 30 s passed): source id ->
    (incident id, incident type) of the incident it is in now."""
    deadline = time.monotonic() + 30
    while True:
        svc.poll_once()
        rows = c.execute(
            "SELECT m.source_id, i.incident_id, i.type FROM ops_incident_members m"
            " JOIN ops_incidents i USING (incident_id) WHERE m.source_id = ANY(%s) AND i.state = 'open'",
            (sources,),
        ).fetchall()
        if len(rows) == len(sources) or time.monotonic() > deadline:
            return {s: (i, t) for s, i, t in rows}


def _publish(settings: Settings, topic: str, body: bytes) -> None:
    pub = publisher(settings, "police")
    try:
        publish_all(pub, [(topic, body)])
    finally:
        close(pub)


def test_a_flood_taking_trapped_cars_within_one_batch_sends_the_fire_bureau_with_its_agencies(
    db_settings: Settings, unique_id: str
) -> None:
    # both reports stored before the service starts: its first poll opens the rescue and takes it at once
    trapped, water = f"T-{unique_id}-trapped", f"T-{unique_id}-water"
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with running_worker(db_settings, f"trapped1-{unique_id}"), connect(db_settings, autocommit=True) as c:
        _publish(
            db_settings,
            f"soc/v1/police/incident/{trapped}",
            _report(t0, "road_flooding", "河南路積水約40公分，車輛受困", 120.6528),
        )
        _publish(
            db_settings,
            f"soc/v1/police/incident/{water}",
            _report(t0 + timedelta(minutes=2), "flooding_report", "河南路積水約30公分 車道封閉中", 120.6532),
        )
        wait_until(lambda: _stored(c, [trapped, water]) == 2, 30, "both reports stored")
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        rows = _placed(c, svc, [trapped, water])
        assert rows.get(water) is not None
        flood = rows[water][0]
        # the agencies on the flood itself, where the console and the wall show them
        agencies = {
            a
            for (a,) in c.execute(
                "SELECT agency FROM ops_assignments WHERE state <> 'cancelled' AND incident_id = %s", (flood,)
            ).fetchall()
        }
        # and none on an incident it took, which is merged and shown nowhere
        hidden = c.execute(
            "SELECT incident_id, agency, state FROM ops_assignments WHERE state <> 'cancelled'"
            " AND incident_id IN (SELECT absorbed FROM ops_merges WHERE survivor = %s)",
            (flood,),
        ).fetchall()
    assert rows[water][1] == "flood"
    assert rows.get(trapped) == rows[water]
    # the flood's agencies (ops_center/routing.yaml) and the fire bureau's rescue crews
    assert (agencies, hidden) == ({"water", "public_works", "traffic", "police", "fire"}, [])
