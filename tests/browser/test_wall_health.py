"""Health that tells the truth, through the real processes and a real browser.

A private TimescaleDB + Mosquitto, the real ``soc web`` and ``soc ops run``.
While ops beats, ``/api/health`` is 200 and the wall is live with no banner. A hung
``soc supervise`` (SIGSTOP) leaves it 200, with a warning that supervision has stopped,
which the wall says in both languages apart from the red banner.
After ``kill -9`` of ops, ``/api/health`` is 503 naming ops and the wall shows a
red banner naming the correlation and dispatch engine (zh-TW and English) and
for how long. With PostgreSQL stopped, ``/api/health`` answers 503 at once
(not after the pool's 30 s) and the wall names the database and the age of its data.
"""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, expect

from common import services as svc
from common.settings import Settings
from tests import http_calls
from tests.browser.conftest import private_wall
from tests.fix_services import ROOT, stop_processes, subprocess_env

pytestmark = [pytest.mark.integration, pytest.mark.slow]


def _wait(predicate: Callable[[], bool], timeout_s: float, what: str) -> None:
    deadline = time.monotonic() + timeout_s
    while not predicate():
        assert time.monotonic() < deadline, f"timed out after {timeout_s:.0f} s: {what}"
        time.sleep(0.5)


def _health(url: str) -> httpx.Response | None:
    try:
        # The timeout is the promise under test: health answers without waiting for a lost database.
        return http_calls.get(f"{url}/api/health", timeout=5)
    except httpx.TransportError:
        return None


def test_health_and_the_wall_name_what_is_down(
    settings: Settings, private_layout: svc.Layout, browser: Browser, tmp_path: Path, artifacts: Path,
) -> None:
    s, token = private_wall(settings, private_layout)
    port = svc.free_port()
    url = f"http://127.0.0.1:{port}"
    env = subprocess_env(s, SOC_WEB__PORT=str(port), SOC_HEALTH__SERVICES='["ops"]',
                         SOC_HEALTH__STALE_AFTER_S="6", SOC_HEALTH__BEAT_EVERY_S="1")
    procs: dict[str, subprocess.Popen[bytes]] = {}
    try:
        # `soc supervise kpi` starts with them (its start overlaps theirs), to be hung below.
        for name, argv in (("web", ("web",)), ("ops", ("ops", "run")), ("supervise", ("supervise", "kpi"))):
            with (tmp_path / f"{name}.log").open("ab") as fh:
                procs[name] = subprocess.Popen([sys.executable, "-m", "soc", *argv], cwd=ROOT, env=env,
                                               stdout=fh, stderr=fh)

        def healthy() -> bool:
            r = _health(url)
            return r is not None and r.status_code == 200

        _wait(healthy, 120, "200 from /api/health with ops beating")
        body = http_calls.get(f"{url}/api/health", timeout=5).json()
        assert body["database"] == "up"
        assert [p["service"] for p in body["processes"] if p["required"]] == ["ops"]
        assert body["processes"][0]["last_beat"] is not None

        # A wall that cannot read the mode (here: its token is refused) says so; it never shows 平時.
        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(f"{url}/static/wall.html#token=not-a-token")
        expect(page.locator("#conn.auth_failed")).to_have_count(1, timeout=30_000)
        expect(page.locator("#mode")).to_have_text("模式未知")
        page.locator("#lang").click()
        expect(page.locator("#mode")).to_have_text("Mode unknown")
        page.locator("#lang").click()
        page.close()

        page = browser.new_page(viewport={"width": 1920, "height": 1080})
        page.goto(f"{url}/static/wall.html#token={token}")
        expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
        expect(page.locator("#health")).to_be_hidden()
        expect(page.locator("#mode")).to_have_text("平時")

        # Supervision stops: `soc supervise kpi` hung (SIGSTOP). Every required process is up,
        # so health stays 200, but nothing would be restarted: a warning, on the wall too.
        def supervisor(state: str) -> Callable[[], bool]:
            def check() -> bool:
                r = _health(url)
                return r is not None and any(p["service"] == "supervisor" and p["state"] == state
                                             for p in r.json()["processes"])
            return check

        _wait(supervisor("up"), 60, "the supervisor beating")
        procs["supervise"].send_signal(signal.SIGSTOP)
        try:
            _wait(supervisor("down"), 60, "the hung supervisor named down")
            r = http_calls.get(f"{url}/api/health", timeout=5)
            assert r.status_code == 200, r.text
            assert r.json()["down"] == []
            assert r.json().get("warnings") == ["supervisor"], r.json()
            line = page.locator("#supervision")
            expect(line).to_be_visible(timeout=30_000)
            expect(line).to_contain_text("監控程序已停止")
            expect(line).to_contain_text("服務異常時不會自動重啟")
            expect(page.locator("#health")).to_be_hidden()  # a warning, not an outage
            page.screenshot(path=str(artifacts / "wall-supervision-stopped.png"))
            page.locator("#lang").click()
            expect(line).to_contain_text("Supervision stopped for")
            expect(line).to_contain_text("processes will not be restarted")
            page.locator("#lang").click()
        finally:
            procs["supervise"].send_signal(signal.SIGCONT)
        expect(page.locator("#supervision")).to_be_hidden(timeout=30_000)
        assert http_calls.get(f"{url}/api/health", timeout=5).json()["warnings"] == []

        # The correlation and dispatch engine dies.
        procs["ops"].send_signal(signal.SIGKILL)
        procs["ops"].wait(10)

        def ops_down() -> bool:
            r = _health(url)
            return r is not None and r.status_code == 503 and r.json()["down"] == ["ops"]

        _wait(ops_down, 60, "503 naming ops")
        banner = page.locator("#health")
        expect(banner).to_be_visible(timeout=30_000)
        expect(banner).to_contain_text("事件關聯與派工引擎 已停止")
        expect(page.locator("#conn.degraded")).to_have_count(1)
        expect(page.locator("#conn-text")).to_have_text("系統異常")
        page.screenshot(path=str(artifacts / "wall-ops-down.png"))
        page.locator("#lang").click()
        expect(banner).to_contain_text("correlation and dispatch engine down for")
        page.locator("#lang").click()

        # The database goes away: health answers at once, the wall names it and how old its data are.
        svc.pg_down(private_layout)
        began = time.monotonic()
        r = _health(url)
        assert r is not None, "no answer from /api/health within 5 s with the database down"
        assert r.status_code == 503
        assert r.json()["database"] == "unreachable"
        assert r.json()["down"] == ["database"]
        print(f"/api/health with the database down answered in {time.monotonic() - began:.2f} s")
        expect(banner).to_contain_text("資料庫 已停止", timeout=30_000)
        expect(page.locator("#health-age")).to_contain_text("資料時間")
        page.screenshot(path=str(artifacts / "wall-db-down.png"))
        page.close()
    finally:
        stop_processes(procs.values())
        for name in procs:
            print(f"--- {name} log ---\n" + (tmp_path / f"{name}.log").read_text(errors="replace")[-3000:])
