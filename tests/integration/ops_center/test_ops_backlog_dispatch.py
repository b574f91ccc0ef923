"""A backlog is correlated and routed as its rows were when they came one by one.

After a database outage ingest commits the backlog at once, and the ops center reads it in one
poll: a fire whose 119 case was dispatched, on scene and closed within the hour, then an hour
and more of other reports. By the end of that batch the fire has gone quiet (its window and
grace after the close have passed); it was a live job while its rows were fed, and read one
by one it was routed then. Expected result from the routing table (ops_center/routing.yaml):
a fire goes to the fire bureau, the police and environment, however the rows were batched.
A case's updates committed in one transaction are read in the order they were sent (where no
alerts evaluator runs, commit order alone would give them in their keys' order: closed first).
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
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store
from ops_center.dispatch import load_routing
from ops_center.service import OpsService

pytestmark = pytest.mark.integration

ROUTING = load_routing(Path(__file__).parents[3] / "ops_center" / "routing.yaml")
T0 = datetime(2026, 10, 17, 16, 17, tzinfo=UTC)
WORKSHOP = (120.6648, 24.1896)
ELSEWHERE = (120.6420, 24.1700)  # 3 km away


def _case(case_id: str, at: datetime, status: str, category: str, where: tuple[float, float],
          text: str = "") -> tuple[str, dict[str, object]]:
    return (f"soc/v1/fire/119/{case_id}",
            {"ts": at.isoformat(), "category": category, "status": status,
             "location": {"type": "Point", "coordinates": list(where)}, **({"text": text} if text else {})})


def _messages(u: str, t0: datetime) -> list[tuple[str, dict[str, object]]]:
    """The workshop fire's case (dispatched, on scene 8 min later, closed after the hour), then
    an ambulance case across the district two hours after the dispatch."""
    fire = f"F-{u}"
    return [
        _case(fire, t0, "dispatched", "fire", WORKSHOP, "強風致電線走火 鐵皮工廠起火"),
        _case(fire, t0 + timedelta(minutes=8), "on_scene", "fire", WORKSHOP),
        _case(fire, t0 + timedelta(hours=1), "closed", "fire", WORKSHOP),
        _case(f"A-{u}", t0 + timedelta(hours=2), "dispatched", "ambulance", ELSEWHERE, "路倒 救護車出勤"),
    ]


def _store(conn: psycopg.Connection, settings: Settings, msg: tuple[str, dict[str, object]]) -> None:
    """Store one message as ingest does (its own transaction), received 5 s after it was sent."""
    store = Store(conn)
    topic, doc = msg
    payload = json.dumps(doc, ensure_ascii=False).encode()
    at = datetime.fromisoformat(str(doc["ts"])) + timedelta(seconds=5)
    result = parse_or_reject(topic, payload, at, store.load_registry(), limits_from(settings))
    assert store.store_batch([Message(topic, payload, result)]).total().stored == 1


def _agencies(conn: psycopg.Connection, source_id: str) -> set[str]:
    rows = conn.execute(
        "SELECT DISTINCT a.agency FROM ops_assignments a WHERE a.state <> 'cancelled' AND a.incident_id IN "
        "(SELECT incident_id FROM ops_incident_members WHERE source_id = %s)", (source_id,)).fetchall()
    return {str(r[0]) for r in rows}


def _state(conn: psycopg.Connection, source_id: str) -> set[str]:
    rows = conn.execute(
        "SELECT DISTINCT i.state FROM ops_incidents i JOIN ops_incident_members m USING (incident_id)"
        " WHERE m.source_id = %s", (source_id,)).fetchall()
    return {str(r[0]) for r in rows}


def test_a_fire_dispatched_and_closed_within_a_backlog_is_routed_as_when_read_one_by_one(
        db_settings: Settings, unique_id: str) -> None:
    live, backlog = f"{unique_id}a", f"{unique_id}b"
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        for msg in _messages(live, T0):  # as they came: a poll after each
            _store(w, db_settings, msg)
            svc.poll_once()
        # the same a day later, committed while the center could not read (an outage): one
        # poll reads them all, in the order they came
        for msg in _messages(backlog, T0 + timedelta(days=1)):
            _store(w, db_settings, msg)
        # one poll reads them all, but the reader's commit window may keep the newest row for
        # the next poll (the live case's last one comes first then): poll until all four are read
        read: list[str] = []
        for _ in range(20):
            read += [k for k in svc.poll_once().keys if f"-{backlog}|" in k]
            if len(read) >= 4:
                break
            time.sleep(0.5)
        assert len(read) == 4, read
        assert _state(c, f"F-{backlog}") == {"quiet"}  # gone quiet by the end of the batch
        assert _agencies(c, f"F-{live}") == _agencies(c, f"F-{backlog}") == {"fire", "police", "environment"}
        assert _agencies(c, f"A-{backlog}") == {"fire"}  # the ambulance's rescue job, open


def test_a_case_s_updates_committed_at_once_are_read_in_the_order_they_were_sent(
        db_settings: Settings, unique_id: str) -> None:
    fire = f"F-{unique_id}c"
    msgs = _messages(f"{unique_id}c", T0 + timedelta(days=2))[:3]
    with connect(db_settings) as w, connect(db_settings, autocommit=True) as c:
        svc = OpsService(c, ROUTING, idle_after_s=None)
        svc.start()
        store = Store(w)
        batch = []
        for topic, doc in msgs:  # one transaction, as ingest commits a backlog
            payload = json.dumps(doc, ensure_ascii=False).encode()
            at = datetime.fromisoformat(str(doc["ts"])) + timedelta(seconds=5)
            batch.append(Message(topic, payload, parse_or_reject(topic, payload, at, store.load_registry(),
                                                                 limits_from(db_settings))))
        assert store.store_batch(batch).total().stored == 3
        svc.poll_once()
        logged = [str(k) for (k,) in c.execute(
            "SELECT item_key FROM ops_feed_log WHERE item_key LIKE %s ORDER BY seq", (f"event:{fire}|%",))]
        assert [k.split("|")[2] for k in logged] == ["dispatched", "on_scene", "closed"]
        seed = c.execute(
            "SELECT h.detail ->> 'seed' FROM ops_incident_history h JOIN ops_incident_members m USING (incident_id)"
            " WHERE m.source_id = %s AND h.action = 'opened'", (fire,)).fetchone()
        assert seed == (logged[0],)  # the dispatch opened the fire, not its close
