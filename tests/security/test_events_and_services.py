"""``GET /api/events`` answers reports stored by ingest; ``soc services`` keeps the database
password out of every process's argument list."""

from __future__ import annotations

import json
import secrets
import threading
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg

from common import services as svc
from common.settings import Settings
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store
from tests import http_calls
from tests.integration.ingest.ingest_helpers import register
from tests.security.conftest import WebProcess, bearer, login


def test_events_stored_by_ingest_are_answered_as_json_objects(
    web_server: WebProcess, db_settings: Settings, db_dsn: str
) -> None:
    sid = f"FA-{uuid.uuid4().hex[:8]}"
    register(db_dsn, [(sid, "fire_alarm")])
    now = datetime.now(UTC)
    report = {"ts": (now - timedelta(minutes=1)).isoformat(), "state": "alarm", "floor": "3F"}
    topic = f"soc/v1/disaster/fire_alarm/{sid}"
    with psycopg.connect(db_dsn) as conn:
        store = Store(conn)
        registry = store.load_registry()
        payload = json.dumps(report).encode()
        parsed = parse_or_reject(topic, payload, now, registry, limits_from(db_settings))
        assert store.store_batch([Message(topic, payload, parsed)]).total().stored == 1
        kind = conn.execute("SELECT jsonb_typeof(payload) FROM events WHERE source_id = %s",
                            (sid,)).fetchone()
        # A row as stored before the writer was fixed: the document inside a JSON string.
        conn.execute(
            "INSERT INTO events (time, source_id, domain, feed, event_key, category, payload)"
            " VALUES (%s, %s, 'disaster', 'status', 'legacy', 'offline', to_jsonb(%s::text))",
            (now - timedelta(minutes=2), sid, json.dumps({"state": "offline"})))
    assert kind == ("object",), "ingest stores a report's payload as a JSON object"
    token = login(web_server, "op")
    for params in ({}, {"feed": "fire_alarm"}, {"feed": "status"}, {"source_id": sid}):
        r = http_calls.get(f"{web_server.url}/api/events", headers=bearer(token), timeout=30,
                      params={**params, "start": (now - timedelta(hours=1)).isoformat()})
        assert r.status_code == 200, (params, r.text[:300])
    mine = [e for e in r.json() if e["source_id"] == sid]
    assert {e["feed"]: e["payload"].get("state") for e in mine} == {
        "fire_alarm": "alarm", "status": "offline"}
    assert next(e for e in mine if e["feed"] == "fire_alarm")["payload"]["floor"] == "3F"


def test_psql_variables_never_appear_in_any_process_argv(settings: Settings, services: svc.Layout) -> None:
    """The role password that ``soc services up`` sets travels as a psql variable: watch
    /proc/*/cmdline while psql runs (made to last a second) and check it arrived."""
    sentinel = f"sentinel-{secrets.token_hex(16)}"
    seen: list[str] = []
    done = threading.Event()

    def watch() -> None:
        while not done.is_set():
            for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
                try:
                    if sentinel.encode() in cmdline.read_bytes():
                        seen.append(cmdline.parent.name)
                except OSError:
                    continue

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        rt = svc.PgRuntime(services, svc.choose_backend(services))
        out = svc._psql_super(rt, "SELECT pg_sleep(1.5); SELECT :'password';", password=sentinel)
    finally:
        done.set()
        watcher.join(timeout=30)
    assert out.strip().splitlines()[-1] == sentinel, out
    assert not seen, f"the value was readable in /proc/{seen[0]}/cmdline"
