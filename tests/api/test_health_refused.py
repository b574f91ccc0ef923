"""``/api/health`` while a table refuses a process's writes and the others take theirs: the
center is up (200), ``warnings`` says ``writes_refused`` and ``refused`` names the table, the
process and since when, as the process's own beat says (ingest's spool, docs/mqtt.md)."""

from __future__ import annotations

import json
import urllib.request
from datetime import UTC, datetime, timedelta

import psycopg

from common.health import beat
from tests.api.conftest import LiveApp


def _health(url: str) -> tuple[int, dict[str, object]]:
    with urllib.request.urlopen(f"{url}/api/health", timeout=30) as r:
        return r.status, json.loads(r.read())


def test_a_table_refusing_writes_is_a_warning_naming_it_and_since_when(live_app: LiveApp) -> None:
    since = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=3)
    refused = [{"table": "readings", "since": since.isoformat(), "sqlstate": "53100"}]
    with psycopg.connect(live_app.settings.db.conninfo(), autocommit=True) as conn:
        beat(conn, "ingest", {"refused": []}, instance="host-a:1")
        code, body = _health(live_app.url)
        assert (code, body["warnings"], body["refused"]) == (200, [], [])
        beat(conn, "ingest", {"refused": refused}, instance="host-a:1")
        code, body = _health(live_app.url)
        assert code == 200
        assert body["warnings"] == ["writes_refused"]
        assert body["refused"] == [{"service": "ingest", "table": "readings",
                                    "since": since.isoformat().replace("+00:00", "Z"), "sqlstate": "53100"}]
        # a process gone (its beat past the staleness limit) says nothing of the tables any more
        conn.execute("UPDATE service_heartbeats SET beat_at = now() - interval '1 hour' WHERE instance = 'host-a:1'")
        code, body = _health(live_app.url)
        assert (code, body["warnings"], body["refused"]) == (200, [], [])
