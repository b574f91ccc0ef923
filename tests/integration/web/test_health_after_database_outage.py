"""Right after the database returns, no running process is named down.

No process can beat while PostgreSQL is away, so when it returns every beat is as old as
the outage; the processes reconnect and beat again a few seconds later (the runner's
backoff, the heartbeat's retry). Counted from those beats, the health check and the wall
named every running process stopped for that while. Here the real ``soc web``, ``soc ops
run`` and ``soc ingest run`` run on a private instance whose PostgreSQL is stopped for
longer than the staleness limit and started again: the first health answer with the
database up names none of them, and each beats again after the return.
"""

from __future__ import annotations

import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import httpx
import pytest

from common import services as svc
from common.settings import Settings
from tests import http_calls
from tests.fix_services import ROOT, stop_processes, subprocess_env
from tests.integration.ops_center.ops_helpers import wait_for
from tests.integration.web.web_helpers import migrated_with_admin
from tests.security.conftest import start_web, stop_web

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The staleness limit here: the outage is longer, so every beat is stale when it returns.
STALE_AFTER_S = 6.0
SERVICES = ("ops", "ingest")


def _health(url: str) -> dict[str, object] | None:
    try:
        body: dict[str, object] = http_calls.get(f"{url}/api/health", timeout=10).json()
    except httpx.HTTPError:
        return None
    return body


def test_right_after_the_database_returns_no_running_process_is_named_down(
        settings: Settings, private_layout: svc.Layout, tmp_path: Path) -> None:
    svc.up(private_layout)
    s, _ = migrated_with_admin(settings, private_layout)
    env = {"SOC_HEALTH__SERVICES": '["ops","ingest"]', "SOC_HEALTH__STALE_AFTER_S": str(STALE_AFTER_S),
           "SOC_HEALTH__BEAT_EVERY_S": "1"}
    web = start_web(s, tmp_path / "web.log", **env)
    procs: dict[str, subprocess.Popen[bytes]] = {}
    try:
        for name, argv in (("ops", ("ops", "run")), ("ingest", ("ingest", "run"))):
            with (tmp_path / f"{name}.log").open("ab") as fh:
                procs[name] = subprocess.Popen([sys.executable, "-m", "soc", *argv], cwd=ROOT,
                                               env=subprocess_env(s, **env), stdout=fh, stderr=fh)
        wait_for(lambda: (h := _health(web.url)) is not None and h["status"] == "ok", 120,
                 "/api/health ok with ops and ingest beating")

        svc.pg_down(private_layout)
        stopped = time.monotonic()
        wait_for(lambda: (h := _health(web.url)) is not None and h["database"] == "unreachable", 60,
                 "the health check saying the database is unreachable")
        # The outage under test: longer than the staleness limit, so no beat survives it fresh.
        wait_for(lambda: time.monotonic() - stopped > STALE_AFTER_S + 2, 60, "an outage past the limit")
        svc.pg_up(private_layout)
        back = wait_for(lambda: (h := _health(web.url)) is not None and h["database"] == "up" and h, 60,
                        "the health check reading the database again")
        assert isinstance(back, dict)
        assert all(p.poll() is None for p in procs.values())
        assert back["down"] == [], back
        assert back["status"] == "ok", back

        # Each beats again after the return (their beats were older than the outage).
        def beat_after_return() -> bool:
            h = _health(web.url)
            if h is None or h["database"] != "up":
                return False
            beats = {str(p["service"]): p["last_beat"] for p in h["processes"]}  # type: ignore[attr-defined]
            return all(beats.get(name) and datetime.fromisoformat(str(beats[name])) > datetime.fromisoformat(
                str(back["checked_at"])) for name in SERVICES)

        wait_for(beat_after_return, 60, "ops and ingest beating after the return")
    finally:
        stop_processes(procs.values())
        stop_web(web)
        for name in (*procs, "web"):
            print(f"--- {name} log ---\n" + (tmp_path / f"{name}.log").read_text(errors="replace")[-3000:])
