"""A rescue taken by a flood that another flood takes, all in one poll: its crew goes on to the
flood that is live at the end of the poll.

Through the database and the ops service. Expected values come from the situation (河南路, a
typhoon night): a patrol reports the street flooded 500 m west of its low point (a flood opens
there, its agencies sent) and, at the low point, cars trapped in the water (a rescue job: the
fire bureau sent). Two minutes later another patrol reports the water 40 m along from the
trapped cars: a flood opens there and takes the rescue (docs/ops_center.md, a flood opening
where a rescue job of people trapped in water stands); a minute later a report of water half
way between the two floods joins them, and the older flood takes the newer. Read in one poll,
the fire bureau's crew sent to the rescue works the older flood, the one job the console and
the wall show: not left on the rescue, and not sent a second time (docs/ops_center.md, "When
an incident is routed"). The rows are written as ingest stores them, the report between with no
source id: one with a source id joins the flood it fits best and is then a source of it, which
``measures._joins_floods`` reads as a report at that flood, so it bridges nothing. A module of
its own: a fresh database, so the reports meet no flood of another test at their place.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
import pytest

from common.db import connect
from common.settings import Settings
from ops_center.service import OpsService
from tests.integration.ops_center.ops_helpers import ROUTING, placed

pytestmark = pytest.mark.integration

LAT = 24.1742
LOW_POINT = 120.6528
M_PER_DEG = 101_600  # metres per degree of longitude at 24.17° N
INSERT = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%s, %s, 'police', 'incident', %s, %s, 'Severe', ST_SetSRID(ST_MakePoint(%s, %s), 4326), %s)
"""
WATER = "河南路積水約30公分 車道封閉中"


def _report(conn: psycopg.Connection[Any], source: str, key: str, t: datetime, category: str, text: str,
            east_m: float, lat: float = LAT) -> None:
    body = {"ts": t.isoformat(), "category": category, "severity": "Severe", "unit": "第六分局", "text": text}
    conn.execute(INSERT, (t, source, key, category, LOW_POINT + east_m / M_PER_DEG, lat,
                          json.dumps(body, ensure_ascii=False)))


def test_a_rescue_taken_by_a_flood_another_flood_takes_in_one_poll_has_its_crew_on_that_flood(
    db_settings: Settings, unique_id: str
) -> None:
    west, trapped, water = (f"T-{unique_id}-{k}" for k in ("west", "trapped", "water"))
    t0 = datetime.now(UTC) - timedelta(minutes=15)
    with connect(db_settings, autocommit=True) as c:
        _report(c, west, "w", t0, "flooding_report", WATER, -500)
        _report(c, trapped, "t", t0 + timedelta(minutes=10), "road_flooding", "河南路積水約40公分，車輛受困", 0)
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        first = placed(c, svc, [west, trapped])
        assert (first[west][1], first[trapped][1]) == ("flood", "rescue")
        older, rescue = first[west][0], first[trapped][0]
        sent = c.execute("SELECT assigned_at FROM ops_assignments WHERE incident_id = %s AND agency = 'fire'",
                         (rescue,)).fetchone()
        assert sent is not None
        with c.transaction():  # one poll reads both
            _report(c, water, "a", t0 + timedelta(minutes=12), "flooding_report", WATER, 40)
            _report(c, "", f"{unique_id}-between", t0 + timedelta(minutes=13), "flooding_report",
                    "河南路積水約35公分 車道封閉中", -250)
        rows = placed(c, svc, [west, trapped, water])
        chain = c.execute("SELECT absorbed, survivor FROM ops_merges").fetchall()
        fire = c.execute("SELECT incident_id, state, assigned_at FROM ops_assignments WHERE agency = 'fire'"
                         " ORDER BY incident_id").fetchall()
    assert {rows[k][0] for k in (west, trapped, water)} == {older}
    newer = next(a for a, s in chain if s == older)
    assert sorted(chain) == sorted([(rescue, newer), (newer, older)])
    # the crew sent to the rescue works the older flood, sent when it was sent to the rescue
    assert sorted(fire) == sorted([(rescue, "cancelled", sent[0]), (older, "assigned", sent[0])])


def test_a_rescue_opened_and_taken_in_a_chain_in_one_poll_sends_its_crew_to_the_last_flood(
    db_settings: Settings, unique_id: str
) -> None:
    # the same reports 2.2 km north (another street's low point), all read in the service's first
    # poll: the rescue is opened and taken before any agency is sent to it (outbound.taken_in_poll)
    lat = LAT + 0.02
    west, trapped, water = (f"T-{unique_id}-{k}" for k in ("west", "trapped", "water"))
    t0 = datetime.now(UTC) - timedelta(minutes=15)
    with connect(db_settings, autocommit=True) as c:
        with c.transaction():
            _report(c, west, "w", t0, "flooding_report", WATER, -500, lat)
            _report(c, trapped, "t", t0 + timedelta(minutes=10), "road_flooding", "河南路積水約40公分，車輛受困", 0,
                    lat)
            _report(c, water, "a", t0 + timedelta(minutes=12), "flooding_report", WATER, 40, lat)
            _report(c, "", f"{unique_id}-between", t0 + timedelta(minutes=13), "flooding_report",
                    "河南路積水約35公分 車道封閉中", -250, lat)
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        rows = placed(c, svc, [west, trapped, water])
        older = rows[west][0]
        chain = c.execute("SELECT count(*) FROM ops_merges m JOIN ops_merges n ON n.survivor = m.absorbed"
                          " WHERE m.survivor = %s", (older,)).fetchone()
        live = c.execute("SELECT incident_id, agency FROM ops_assignments WHERE state <> 'cancelled'"
                         " AND incident_id IN (SELECT incident_id FROM ops_incident_members WHERE source_id = ANY(%s))"
                         " ORDER BY 1, 2", ([west, trapped, water],)).fetchall()
    assert {rows[k][0] for k in (west, trapped, water)} == {older}
    assert chain == (1,)  # the newer flood, which took the rescue
    # the flood's agencies and the fire bureau's rescue crews, all on the older flood
    assert live == [(older, a) for a in sorted(["fire", "police", "public_works", "traffic", "water"])]
