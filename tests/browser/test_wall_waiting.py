"""While the database is away the wall says which processes wait on it, and they come back.

A private TimescaleDB + Mosquitto, the real ``soc web``, ``soc ingest run``, ``soc alerts
run`` and ``soc ops run``, and a headless Chromium on the wall. PostgreSQL is stopped for
20 s while a feed account publishes readings:

* ``/api/health`` answers 503 naming the database down and ``waiting`` naming ingest, the
  alert engine and the ops center, each ``waiting`` in ``processes``;
* the wall's banner names each as waiting on the database and for how long (zh-TW and
  English), and no panel heading says live;
* started again, every process beats again by itself, ``/api/health`` is 200 with nobody
  down or waiting, the banner goes, the ingest and incident panels are live again;
* every reading published during the outage is stored exactly once.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, expect

from common import services as svc
from common.db import connect
from common.settings import Settings
from tests import http_calls
from tests.browser.conftest import private_wall
from tests.fix_services import ROOT, stop_processes, subprocess_env
from tests.integration.ingest.ingest_helpers import counters, publish_floods, register
from tests.integration.ops_center.ops_helpers import wait_for

pytestmark = [pytest.mark.integration, pytest.mark.slow]

SERVICES = ("ingest", "alerts", "ops")
OUTAGE_S = 20.0
#: Readings published while the database is away.
N = 300


def _health(url: str) -> httpx.Response | None:
    try:
        return http_calls.get(f"{url}/api/health", timeout=15)
    except httpx.HTTPError:
        return None


def _live(part: str) -> str:
    return f"section .age[data-age=live][data-parts={part}]"


def test_the_wall_names_the_processes_waiting_on_the_database_and_they_come_back(
    settings: Settings, private_layout: svc.Layout, browser: Browser, tmp_path: Path, artifacts: Path,
) -> None:
    s, token = private_wall(settings, private_layout)
    sid = f"WAIT-{uuid.uuid4().hex[:6]}"
    register(s.db.conninfo(), [(sid, "flood")])
    port = svc.free_port()
    url = f"http://127.0.0.1:{port}"
    env = subprocess_env(s, SOC_WEB__PORT=str(port), SOC_HEALTH__SERVICES='["ingest","alerts","ops"]',
                         SOC_HEALTH__BEAT_EVERY_S="1")
    procs: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name, argv in (("web", ("web",)), ("ingest", ("ingest", "run")), ("alerts", ("alerts", "run")),
                           ("ops", ("ops", "run"))):
            with (tmp_path / f"{name}.log").open("ab") as fh:
                procs[name] = subprocess.Popen([sys.executable, "-m", "soc", *argv], cwd=ROOT, env=env,
                                               stdout=fh, stderr=fh)
        wait_for(lambda: (r := _health(url)) is not None and r.status_code == 200, 180,
                 "200 from /api/health with ingest, alerts and ops beating")

        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(f"{url}/static/wall.html#token={token}")
        expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
        expect(page.locator("#health")).to_be_hidden()
        expect(page.locator(_live("ingest"))).to_have_text("即時", timeout=30_000)

        svc.pg_down(private_layout)
        stopped = time.monotonic()
        base = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
        publish_floods(s, sid, N, base)  # accepted by the broker while nothing can be stored

        waiting = wait_for(lambda: (r := _health(url)) is not None and r.json()["database"] == "unreachable" and r,
                           30, "/api/health saying the database is unreachable")
        assert isinstance(waiting, httpx.Response)
        body = waiting.json()
        assert waiting.status_code == 503
        assert body["down"] == ["database"], body
        assert body["waiting"] == list(SERVICES), body
        assert {p["service"]: p["state"] for p in body["processes"] if p["required"]} == dict.fromkeys(
            SERVICES, "waiting"), body

        banner = page.locator("#health")
        expect(banner).to_contain_text("資料庫 已停止", timeout=30_000)
        for part in ("資料接收服務", "警報引擎", "事件關聯與派工引擎"):
            expect(banner).to_contain_text(f"{part} 等待資料庫")
        for part in ("ingest", "ops"):
            expect(page.locator(_live(part)).first).not_to_have_text("即時")
        page.screenshot(path=str(artifacts / "wall-waiting-on-database.png"))
        page.locator("#lang").click()
        expect(banner).to_contain_text("data intake waiting on the database for")
        expect(banner).to_contain_text("correlation and dispatch engine waiting on the database for")
        page.locator("#lang").click()

        wait_for(lambda: time.monotonic() - stopped >= OUTAGE_S, 60, "a 20 s outage")
        svc.pg_up(private_layout)
        returned = datetime.now(UTC)

        def all_back() -> bool:
            r = _health(url)
            if r is None or r.status_code != 200:
                return False
            h = r.json()
            beats = {p["service"]: p["last_beat"] for p in h["processes"]}
            return (h["down"] == [] and h["waiting"] == []
                    and all(beats.get(n) and datetime.fromisoformat(beats[n]) > returned for n in SERVICES))

        wait_for(all_back, 120, "ingest, alerts and ops beating again after the return, nobody waiting")
        assert all(p.poll() is None for p in procs.values()), {n: p.poll() for n, p in procs.items()}
        expect(banner).to_be_hidden(timeout=30_000)
        expect(page.locator(_live("ingest"))).to_have_text("即時", timeout=30_000)
        expect(page.locator(_live("ops")).first).to_have_text("即時", timeout=30_000)
        page.close()

        wait_for(lambda: counters(s.db.conninfo(), sid)["received"] >= N, 120, "the outage's readings received")
        c = counters(s.db.conninfo(), sid)
        assert (c["stored"], c["duplicate"], c["quarantined"]) == (N, c["received"] - N, 0), c
        with connect(s) as conn:
            row = conn.execute("SELECT count(*), count(DISTINCT time) FROM readings WHERE sensor_id = %s",
                               (sid,)).fetchone()
        assert row == (N, N)
    finally:
        if not svc.status(private_layout)[0].running:
            svc.pg_up(private_layout)
        stop_processes(procs.values())
        for name in procs:
            print(f"--- {name} log ---\n" + (tmp_path / f"{name}.log").read_text(errors="replace")[-3000:])
