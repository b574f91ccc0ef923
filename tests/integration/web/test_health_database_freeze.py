"""A database that stops answering without restarting is an outage to the health check too.

A frozen server (SIGSTOP of PostgreSQL and its backends: a stalled disk, a frozen host, or
a network cut that drops no connection) enforces no statement timeout and is not seen as a
restart (``pg_postmaster_start_time()`` stays). Here the real ``soc web`` runs on a private
instance with two required processes (``ops``, ``ingest``) whose beats are written by hand
up to the freeze and never after it, as processes that have not reconnected yet:

* while the database is frozen, ``/api/health`` still answers, 503 with the database
  unreachable and both processes waiting on it (``waiting``), not "down", and a request
  that needs the database is refused at once (the web's watch sees the freeze: a probe
  left unanswered is not cancelled, which on a frozen server waits as long again);
* frozen longer than the staleness limit and thawed, the first answer with the database up
  names neither down (their silence counts from the return, as after a restart) but both
  waiting on the database, and ``soc health NAME`` says the same (exit 0, waiting);
* silent the staleness limit past the return, both are down in ``/api/health`` and in
  ``soc health`` alike.

And ``soc health NAME`` after a server restart, without any web: a process fresh when the
database went away and silent since its return is waiting on the database, exit 0, as
``/api/health`` says, not down counted from its last beat. Both run on one private instance,
one after the other.
"""

from __future__ import annotations

import argparse
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from common import services as svc
from common.db import connect
from common.health import beat, run_health
from common.settings import Settings
from tests import http_calls
from tests.fix_services import private_instance
from tests.integration.ops_center.ops_helpers import wait_for
from tests.integration.web.web_helpers import migrated_with_admin
from tests.pg_freeze import frozen
from tests.security.conftest import start_web, stop_web

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: The staleness limit here, shorter than the freeze.
STALE_AFTER_S = 15.0
SERVICES = ("ops", "ingest")


def _health(url: str) -> httpx.Response | None:
    try:
        # Far over the check's own bound: what is under test is that it answers at all.
        return http_calls.get(f"{url}/api/health", timeout=15)
    except httpx.HTTPError:
        return None


def _soc_health(s: Settings, name: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``soc health NAME --max-age STALE_AFTER_S`` in this process (a new interpreter takes
    seconds to start on a loaded host, and the moment after the return is what is asked)."""
    capsys.readouterr()
    code = run_health(s, argparse.Namespace(service=name, max_age=STALE_AFTER_S))
    return code, capsys.readouterr().out


@pytest.fixture(scope="module")
def instance(settings: Settings, private_seed: Path | None) -> Iterator[tuple[svc.Layout, Settings, str]]:
    """A private instance, up and migrated with the admin ``root``: its layout, its settings and
    ``root``'s password."""
    with private_instance(settings, uuid.uuid4().hex[:10], private_seed) as layout:
        svc.up(layout)
        s, password = migrated_with_admin(settings, layout)
        yield layout, s, password


def _beat_all(s: Settings) -> None:
    with connect(s, autocommit=True) as conn:
        for name in SERVICES:
            beat(conn, name, instance=f"by-hand:{name}")


def test_a_frozen_database_is_an_outage_to_the_health_check_and_to_soc_health(
        instance: tuple[svc.Layout, Settings, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    private_layout, s, password = instance
    web = start_web(s, tmp_path / "web.log", SOC_HEALTH__SERVICES='["ops","ingest"]',
                    SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S))
    try:
        _beat_all(s)
        wait_for(lambda: (r := _health(web.url)) is not None and r.status_code == 200, 60,
                 "/api/health 200 with both beats fresh")
        _beat_all(s)  # fresh when the database freezes
        with frozen(private_layout):
            began = time.monotonic()
            during = _health(web.url)
            assert during is not None, "no answer from /api/health while the database is frozen"
            assert during.status_code == 503
            body = during.json()
            assert (body["database"], body["down"]) == ("unreachable", ["database"]), body
            assert body["waiting"] == list(SERVICES), body
            assert {p["service"]: p["state"] for p in body["processes"] if p["required"]} == {
                "ops": "waiting", "ingest": "waiting"}, body
            def refused() -> bool:
                try:
                    r = http_calls.post(f"{web.url}/api/auth/token", timeout=15,
                                   data={"username": "root", "password": password})
                except httpx.HTTPError:
                    return False
                return r.status_code == 503 and r.json()["type"] == "/problems/database-unavailable"

            wait_for(refused, 30, "a login refused at once as the database being unavailable")
            # Frozen past the staleness limit: every beat is stale when it thaws.
            wait_for(lambda: time.monotonic() - began > STALE_AFTER_S + 3, 60, "a freeze past the limit")

        back = wait_for(lambda: (r := _health(web.url)) is not None and r.json()["database"] == "up" and r, 60,
                        "the health check reading the database again")
        assert isinstance(back, httpx.Response)
        body = back.json()
        assert body["down"] == [], body
        assert body["waiting"] == list(SERVICES), body
        assert back.status_code == 200
        for name in SERVICES:
            code, out = _soc_health(s, name, capsys)
            assert code == 0, out
            assert "waiting on the database" in out, out

        # Still silent the limit past the return: down, in both.
        down = wait_for(lambda: (r := _health(web.url)) is not None and r.json()["down"] == list(SERVICES) and r,
                        60, "both named down once silent past the limit after the return")
        assert isinstance(down, httpx.Response)
        assert down.json()["waiting"] == []
        for name in SERVICES:
            code, out = _soc_health(s, name, capsys)
            assert code == 1, out
            assert "down since" in out, out
    finally:
        stop_web(web)
        print("--- web log ---\n" + (tmp_path / "web.log").read_text(errors="replace")[-4000:])


def test_soc_health_after_a_server_restart_says_what_the_health_check_says(
        instance: tuple[svc.Layout, Settings, str], capsys: pytest.CaptureFixture[str]) -> None:
    private_layout, s, _ = instance
    _beat_all(s)
    svc.pg_down(private_layout)
    stopped = time.monotonic()
    wait_for(lambda: time.monotonic() - stopped > STALE_AFTER_S + 2, 60, "an outage past the limit")
    svc.pg_up(private_layout)
    code, out = _soc_health(s, "ops", capsys)
    assert code == 0, out
    assert "waiting on the database" in out, out
