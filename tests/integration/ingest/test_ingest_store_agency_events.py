"""The new agency event shapes stored in the real database: a permit's start, end and
area; follow-ups; a 1999 update at its own time; a status reason; the balance."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import psycopg
import pytest

from common.settings import Settings
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store
from tests.integration.ingest.ingest_helpers import assert_balanced, counters, register

pytestmark = pytest.mark.integration


def _msgs(store: Store, settings: Settings, pairs: list[tuple[str, object]], now: datetime) -> list[Message]:
    registry = store.load_registry()
    limits = limits_from(settings)
    out = []
    for topic, doc in pairs:
        payload = json.dumps(doc, ensure_ascii=False).encode()
        out.append(Message(topic, payload, parse_or_reject(topic, payload, now, registry, limits)))
    return out


def test_agency_reports_keep_what_they_know(db_settings: Settings, db_dsn: str, unique_id: str) -> None:
    u = unique_id
    register(db_dsn, [(f"FA-{u}", "fire_alarm")])
    now = datetime.now(UTC).replace(microsecond=0)
    created = now - timedelta(minutes=30)
    updated = now - timedelta(minutes=2)
    start, end = now + timedelta(days=30), now + timedelta(days=30, hours=3)
    point = {"type": "Point", "coordinates": [120.6535, 24.1985]}
    square = {"type": "Polygon", "coordinates": [[[120.650, 24.184], [120.654, 24.184], [120.654, 24.188],
                                                  [120.650, 24.188], [120.650, 24.184]]]}
    case = {"caseId": f"C-{u}", "category": "flooding", "district": "西屯區", "location": point,
            "createdAt": created.isoformat(), "status": "已派工"}
    pairs: list[tuple[str, object]] = [
        (f"soc/v1/police/planned_event/P-{u}", {"ts": now.isoformat(), "category": "march", "start": start.isoformat(),
                                               "end": end.isoformat(), "area": square}),
        (f"soc/v1/police/planned_event/Q-{u}", {"ts": now.isoformat(), "category": "concert",
                                               "start": start.isoformat(), "end": end.isoformat(),
                                               "area": {**point, "radius_m": 400}}),
        (f"soc/v1/police/incident/R2-{u}", {"ts": now.isoformat(), "category": "traffic_accident", "severity": "Minor",
                                           "location": point, "unit": "第六分局", "follows": [f"R1-{u}"]}),
        (f"soc/v1/citizen/1999/C-{u}", case),
        (f"soc/v1/citizen/1999/C-{u}", {**case, "status": "已完工", "updatedAt": updated.isoformat()}),
        (f"soc/v1/fire/119/F-{u}", {"ts": now.isoformat(), "category": "fire", "location": point}),
        (f"soc/v1/disaster/fire_alarm/FA-{u}/status", {"ts": now.isoformat(), "state": "offline",
                                                       "reason": "mains_power_lost"}),
        (f"soc/v1/disaster/cap/W-{u}", {"identifier": f"W-{u}", "sender": "wra", "sent": now.isoformat(),
                                        "status": "Actual", "msgType": "Update",
                                        "references": f"wra,V-{u},{created.isoformat()}",
                                        "info": {"event": "淹水", "severity": "Severe",
                                                 "area": {"areaDesc": "經貿路", "circle": "24.1985,120.6535 0.5"}}}),
        (f"soc/v1/police/planned_event/X-{u}", {"ts": now.isoformat(), "category": "march",
                                               "start": end.isoformat(), "end": start.isoformat(), "area": square}),
    ]
    with psycopg.connect(db_dsn) as conn:
        store = Store(conn)
        t = store.store_batch(_msgs(store, db_settings, pairs, now)).total()
        assert (t.received, t.stored, t.duplicate, t.quarantined) == (9, 8, 0, 1)
        again = store.store_batch(_msgs(store, db_settings, pairs, now)).total()
        assert (again.stored, again.duplicate, again.quarantined) == (0, 8, 1)
        assert_balanced(counters(db_dsn))

        def row(source: str, key: str | None = None) -> tuple[object, ...]:
            q = ("SELECT time, ends_at, ST_AsText(area), radius_m, follows, ST_X(geom), ST_Y(geom), domain, category"
                 " FROM events WHERE source_id = %s AND (%s::text IS NULL OR event_key = %s)")
            found = conn.execute(q, (source, key, key)).fetchone()
            assert found is not None, source
            return found

        p = row(f"P-{u}")
        assert (p[0], p[1]) == (start, end)
        assert p[2] == "POLYGON((120.65 24.184,120.654 24.184,120.654 24.188,120.65 24.188,120.65 24.184))"
        assert p[3] is None
        assert p[5] == pytest.approx(120.652)
        assert p[6] == pytest.approx(24.186)
        q = row(f"Q-{u}")
        assert (q[2], q[3], q[5], q[6]) == (None, 400.0, 120.6535, 24.1985)
        assert row(f"R2-{u}")[4] == [f"R1-{u}"]
        assert row(f"C-{u}", "已派工")[0] == created
        c = row(f"C-{u}", "已完工")
        assert (c[0], c[4]) == (updated, [f"C-{u}"])
        f = row(f"F-{u}")
        assert (f[4], f[7], f[8]) == (None, "fire", "fire")
        w = row(f"W-{u}")
        assert (w[3], w[4], w[5], w[6]) == (500.0, [f"V-{u}"], 120.6535, 24.1985)
        reason = conn.execute("SELECT payload ->> 'reason' FROM events WHERE source_id = %s AND feed = 'status'",
                              (f"FA-{u}",)).fetchone()
        assert reason == ("mains_power_lost",)
        q_reason = conn.execute("SELECT reason FROM quarantine WHERE source_id = %s", (f"X-{u}",)).fetchone()
        assert q_reason == ("schema",)
