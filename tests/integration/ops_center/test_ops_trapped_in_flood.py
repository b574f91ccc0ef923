"""A patrol's report of cars trapped in flooding, then the flood, through the real broker,
ingest worker, database and ops service: one job.

Expected values come from the situation (acceptance finding: 河南路, a typhoon night): a
patrol files ``road_flooding`` "河南路積水約40公分，車輛受困" at the street's low point; the fire
bureau is sent to the rescue. Minutes later another patrol reports the water 40 m along the
street ("河南路積水約30公分 車道封閉中"): the flood opens there and takes the rescue, whose
crews' assignment is carried over to the flood (docs/ops_center.md, a flood opening where a
rescue job of people trapped in water stands; "When an incident is routed").
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


def test_a_patrol_s_trapped_cars_and_the_flood_that_follows_are_one_job(db_settings: Settings, unique_id: str) -> None:
    trapped, water = f"T-{unique_id}-trapped", f"T-{unique_id}-water"
    t0 = datetime.now(UTC) - timedelta(minutes=10)
    with running_worker(db_settings, f"trapped-{unique_id}"), connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        _publish(
            db_settings,
            f"soc/v1/police/incident/{trapped}",
            _report(t0, "road_flooding", "河南路積水約40公分，車輛受困", 120.6528),
        )
        wait_until(lambda: _stored(c, [trapped]) == 1, 30, "the trapped report stored")
        first = _placed(c, svc, [trapped])
        assert first[trapped][1] == "rescue"
        rescue = first[trapped][0]
        fire = c.execute("SELECT agency, state FROM ops_assignments WHERE incident_id = %s", (rescue,)).fetchall()
        assert ("fire", "assigned") in fire
        _publish(
            db_settings,
            f"soc/v1/police/incident/{water}",
            _report(t0 + timedelta(minutes=2), "flooding_report", "河南路積水約30公分 車道封閉中", 120.6532),
        )
        wait_until(lambda: _stored(c, [water]) == 1, 30, "the water report stored")
        rows = _placed(c, svc, [trapped, water])
        merged = c.execute("SELECT survivor FROM ops_merges WHERE absorbed = %s", (rescue,)).fetchone()
        left = c.execute("SELECT agency, state FROM ops_assignments WHERE incident_id = %s", (rescue,)).fetchall()
        flood = rows[water][0] if rows.get(water) else ""
        carried = c.execute("SELECT agency, state FROM ops_assignments WHERE incident_id = %s AND agency = 'fire'",
                            (flood,)).fetchall()
        # a restart (the dispatch read back from the database, the correlator replayed) keeps them there
        again = OpsService(c, ROUTING, idle_after_s=None)
        again.start()
        again.poll_once()
        held = {(a.incident_id, a.agency.value, a.state.value) for a in again.dispatcher.assignments()
                if a.agency.value == "fire"}
    assert rows.get(water) is not None
    assert rows[water][1] == "flood"
    assert rows.get(trapped) == rows[water]
    assert merged == (flood,)
    # the rescue crews carry on on the flood, the job the console and the wall show
    assert (left, carried) == ([("fire", "cancelled")], [("fire", "assigned")])
    assert held == {(rescue, "fire", "cancelled"), (flood, "fire", "assigned")}


def test_a_flood_taking_trapped_cars_within_one_batch_sends_the_fire_bureau_with_its_agencies(
    db_settings: Settings, unique_id: str
) -> None:
    # both reports stored before the service starts: its first poll may open the rescue and take it at once
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
        # the agencies working on the flood, there or on a job it took (Dispatcher.dispatch, merged_from)
        agencies = {
            a
            for (a,) in c.execute(
                "SELECT agency FROM ops_assignments WHERE state <> 'cancelled' AND (incident_id = %s"
                " OR incident_id IN (SELECT absorbed FROM ops_merges WHERE survivor = %s))",
                (flood, flood),
            ).fetchall()
        }
    assert rows[water][1] == "flood"
    assert rows.get(trapped) == rows[water]
    # the flood's agencies (ops_center/routing.yaml) and the fire bureau's rescue crews
    assert agencies == {"water", "public_works", "traffic", "police", "fire"}
