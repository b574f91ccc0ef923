"""The console's open-incident list on a night of many incidents touches only what changes:
a second's tick rewrites the countdowns' text in place and replaces no row, and a new
incident adds its own row and replaces none of the others, so a page holding hundreds of
incidents (each agency's picker and button in its row) does not rebuild them all every
second while nobody touches it, nor at each change of one incident."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import psycopg
import pytest
from playwright.sync_api import Browser, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.test_pages import login
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

N = 60
ROW = "#incidents tr[data-incident]"

#: Rows and list nodes replaced, and countdown texts rewritten, from now on.
WATCH_JS = """() => {
  window.__quiet = { rows: 0, nodes: 0, texts: 0 };
  const body = document.getElementById('incidents');
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.closest && r.target.closest('.countdown')) { window.__quiet.texts += 1; continue; }
      for (const n of r.removedNodes) {
        window.__quiet.nodes += 1;
        if (n.nodeName === 'TR') window.__quiet.rows += 1;
      }
    }
  }).observe(body, { childList: true, subtree: true });
}"""


def seed(conn: psycopg.Connection[tuple[object, ...]], i: int, now: datetime) -> None:
    """A flood with the water bureau waiting for its answer and the police on their way."""
    inc, t0 = f"inc-q-{i:03d}", now - timedelta(minutes=20)
    conn.execute(
        SQL_INCIDENT,
        {
            "id": inc,
            "type": "flood",
            "sev": "Moderate",
            "lon": 120.638 + (i % 10) * 0.002,
            "lat": 24.172 + (i // 10) * 0.002,
            "t": now - timedelta(minutes=100 - i),
        },
    )
    conn.execute(SQL_ASSIGNMENT, (inc, "water", "assigned", t0, t0, None, now + timedelta(hours=2), 0))
    conn.execute(SQL_ASSIGNMENT, (inc, "police", "acknowledged", t0, t0, t0, now + timedelta(hours=1), 0))


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> None:
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        for i in range(N):
            seed(conn, i, now)


def test_a_tick_replaces_no_row_and_a_new_incident_only_adds_its_own(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: None, db_dsn: str
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    login(page, f"{live_app.url}/static/console.html", "coord")
    rows = page.locator("#incidents tr[data-incident]")
    expect(rows).to_have_count(N, timeout=30_000)
    expect(page.locator("#conn")).to_have_class("dot connected", timeout=20_000)
    page.evaluate(WATCH_JS)
    # Five ticks of the countdowns, counted by their own text being rewritten (a count, not a time).
    page.wait_for_function(f"() => window.__quiet.texts >= {5 * 2 * N}", timeout=30_000)
    quiet = page.evaluate("() => window.__quiet")
    assert quiet["rows"] == 0, f"{quiet['rows']} rows of the list replaced in five quiet ticks ({quiet})"
    assert quiet["nodes"] == 0, quiet

    # One more incident: its row is added, the others stay the very same nodes.
    page.evaluate(
        "() => document.querySelectorAll('#incidents tr[data-incident]').forEach((r) => { r.__kept = true; })"
    )
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        seed(conn, N, now)
    expect(rows).to_have_count(N + 1, timeout=20_000)
    kept = page.evaluate(
        "() => [...document.querySelectorAll('#incidents tr[data-incident]')].filter((r) => r.__kept).length"
    )
    quiet = page.evaluate("() => window.__quiet")
    assert kept == N, f"{N - kept} of the {N} rows already listed were replaced for one new incident ({quiet})"
    assert quiet["rows"] == 0, quiet
    page.close()
