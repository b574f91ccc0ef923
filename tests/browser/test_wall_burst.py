"""A typhoon night's burst on the wall: 400 new incidents written by the ops center's own
service at once (the feed carries 300 of them, each a delta of one poll), then a later, more
urgent incident, which the wall must show first on its board while it stays live.

The page draws once for all the messages that came before its next frame (common.js,
``WallSocket.drawSoon``); a page that drew every delta on its own spent over a second per
drawing of 300 incidents, one per delta, and stood still for minutes, answering no ping."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from ops_center.dispatch import Mode, load_routing
from ops_center.service import OpsService, _geo_lookups
from tests.api.conftest import LiveApp
from tests.browser.conftest import expect_on_map
from tests.fix_services import ROOT
from web.wall.topics import INCIDENTS_MOST

#: The burst: this many police reports of road accidents, each its own incident (250 m apart,
#: beyond the 120 m a crash's site holds), committed in one transaction as ingest commits a batch.
N_BURST = 400
SQL_EVENT = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, severity, geom, payload)
VALUES (%(t)s, %(src)s, 'police', 'incident', %(key)s, 'accident', %(sev)s,
        ST_SetSRID(ST_MakePoint(%(lon)s, %(lat)s), 4326), '{}')
"""
SEVERITIES = ("Minor", "Moderate", "Severe")
SQL_OPEN = "SELECT count(*) FROM ops_incidents WHERE state IN ('open', 'quiet')"
SQL_NUMBER_OF = """
SELECT i.number FROM ops_incidents i JOIN ops_incident_members m USING (incident_id)
WHERE m.source_id = %s
"""


@pytest.fixture(scope="module")
def ops(db_settings: Settings, db_dsn: str, live_app: LiveApp) -> Iterator[list[BaseException]]:
    """The ops center's own service in a thread over the module's database: it correlates the
    reports into incidents and dispatches them as ``soc ops run`` does (no MQTT: its assignment
    messages are not on the wall's path). Yields where the thread's failure, if any, is kept,
    so a wait on its work ends with it rather than at its bound."""
    run_geo_load(db_settings)
    stop = threading.Event()
    failed: list[BaseException] = []
    conn = psycopg.connect(db_dsn, autocommit=True)
    svc = OpsService(conn, load_routing(ROOT / db_settings.ops.routing_file), **_geo_lookups(conn)._asdict(),
                     default_mode=Mode(db_settings.ops.mode), idle_after_s=None)

    def run() -> None:
        try:
            svc.start()
            while not stop.is_set():
                if not svc.poll_once().items:
                    stop.wait(0.1)
        except BaseException as exc:  # handed to the test's thread
            failed.append(exc)

    thread = threading.Thread(target=run, name="ops-center", daemon=True)
    thread.start()
    try:
        yield failed
    finally:
        stop.set()
        thread.join(timeout=30)
        conn.close()


def report(conn: psycopg.Connection, key: str, lon: float, lat: float, sev: str) -> None:
    """A police report of a road accident (the ``incident`` feed), as ingest stores it."""
    conn.execute(SQL_EVENT, {"t": datetime.now(UTC), "src": f"burst-{key}", "key": key, "sev": sev,
                             "lon": lon, "lat": lat})


def wait_for(conn: psycopg.Connection, sql: str, params: tuple[object, ...], done: Callable[[Any], bool],
             failed: list[BaseException]) -> Any:
    """Poll ``sql`` (one value) until ``done(value)``; bounded, and ended by the ops thread's failure."""
    deadline = time.monotonic() + 120
    while True:
        assert not failed, f"the ops center's thread failed: {failed[0]!r}"
        row = conn.execute(sql, params).fetchone()
        value = None if row is None else row[0]
        if done(value):
            return value
        assert time.monotonic() < deadline, (sql, value)
        time.sleep(0.1)


def test_the_wall_shows_a_burst_and_keeps_updating_after_it(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, ops: list[BaseException],
    artifacts: Path,
) -> None:
    page = browser.new_page(viewport={"width": 1920, "height": 1080})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
    with psycopg.connect(db_dsn, autocommit=True) as conn:
        with conn.transaction():
            for i in range(N_BURST):
                report(conn, f"b{i:04d}", 120.600 + (i % 20) * 0.0025, 24.150 + (i // 20) * 0.0025,
                       SEVERITIES[i % 3])
        wait_for(conn, SQL_OPEN, (), lambda n: n >= N_BURST, ops)
        # The burst on the map (the feed's 300, alone or gathered) and on the board.
        expect_on_map(page, INCIDENTS_MOST, timeout=60_000)
        expect(page.locator("#board article.card").first).to_be_visible()
        expect(page.locator("#board-more")).not_to_have_class("none")
        # A later change, the most urgent of all: it leads the board, and the page is live.
        report(conn, "later", 120.6528, 24.1972, "Extreme")
        number = wait_for(conn, SQL_NUMBER_OF, ("burst-later",), lambda n: n is not None, ops)
        first = page.locator("#board article.card").first
        expect(first.locator(".num")).to_have_text(f"#{number}", timeout=30_000)
        expect(page.locator("#conn.connected")).to_have_count(1)
    page.screenshot(path=str(artifacts / "wall-burst.png"))
    assert errors == []
