"""The replay log's prune held back by an open incident (``replay_log_hold`` of
/api/health) on the wall: a line under the banner, only while it holds, naming the
incident by number and type and how long ago its first evidence came, in both languages;
a quiet colour while the hold is within a retention past the window, the warning colour
beyond; gone once the incident no longer holds the prune."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from tests.api.conftest import LiveApp
from web.app import WallOptions

INC = "inc-log-hold-1"
RETENTION_S = 6 * 3600.0  # the default SOC_OPS__RETENTION_S


@pytest.fixture(scope="module")
def wall_options() -> WallOptions:
    """Fast polls: the hold is read every 20th poll."""
    return WallOptions(poll_interval_s=0.05, heartbeat_s=1.0, dead_after_s=30.0)


def seed_hold(dsn: str, clock: datetime, first: datetime) -> None:
    """An open incident whose one member's log entry is at ``first``, and the correlator's
    clock at ``clock``: the prune is held back when ``first`` is before ``clock`` - 12 h."""
    with psycopg.connect(dsn) as conn:
        conn.execute(
            "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies,"
            " member_count, first_evidence_at, last_evidence_at, opened_at, updated_at, centroid)"
            " VALUES (%(inc)s, 'flood', 'open', 'Moderate', 2101, ARRAY['disaster'], 1, %(t)s, %(t)s,"
            " %(t)s, %(t)s, ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326))", {"t": first, "inc": INC})
        conn.execute(
            "INSERT INTO ops_incident_members (item_key, incident_id, original_incident_id, kind, agency,"
            " feed, category, severity, signal, via, anchor, distance_m, dt_s, observed_at, joined_at, geom)"
            " VALUES ('ev:hold-1', %(inc)s, %(inc)s, 'event', 'police', 'incident', 'flooding', 'Moderate',"
            " 'flood', 'seed', true, 0, 0, %(t)s, %(t)s, ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326))",
            {"t": first, "inc": INC})
        conn.execute("INSERT INTO ops_feed_log (op, item_key, item, now_at) VALUES ('feed', 'ev:hold-1', '{}', %s)",
                     (first,))
        conn.execute("INSERT INTO ops_watermarks (consumer, events_wm, alerts_wm, clock_at) VALUES"
                     " ('ops', %(c)s, %(c)s, %(c)s) ON CONFLICT (consumer) DO UPDATE SET clock_at = %(c)s",
                     {"c": clock})


def set_clock(dsn: str, clock: datetime) -> None:
    with psycopg.connect(dsn) as conn:
        conn.execute("UPDATE ops_watermarks SET clock_at = %s", (clock,))


def hold_line(page: Page) -> dict[str, object]:
    line: dict[str, object] = page.evaluate("""() => {
      const n = document.getElementById('log-hold');
      const cs = getComputedStyle(n);
      const r = n.getBoundingClientRect();
      return { text: n.innerText, bg: cs.backgroundColor, color: cs.color, late: n.classList.contains('late'),
               px: parseFloat(cs.fontSize), right: r.right, width: innerWidth,
               overflow: n.scrollWidth > n.clientWidth + 1 };
    }""")
    return line


def test_the_wall_says_which_incident_holds_the_replay_log(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str, api: httpx.Client,
    artifacts: Path,
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=20_000)
    line = page.locator("#log-hold")
    expect(line).to_be_hidden()  # nothing holds: nothing said

    now = datetime.now(UTC)
    seed_hold(db_dsn, clock=now, first=now - timedelta(hours=14, minutes=5))
    hold = api.get("/api/health").json()["replay_log_hold"]
    assert hold is not None
    assert hold["incident_id"] == INC
    with psycopg.connect(db_dsn) as conn:
        number = conn.execute("SELECT number FROM ops_incidents WHERE incident_id = %s",
                              (INC,)).fetchone()[0]  # type: ignore[index]
    expect(line).to_be_visible(timeout=20_000)
    expect(line).to_contain_text(f"#{number}")
    expect(line).to_contain_text("淹水")
    expect(line).to_contain_text("14 小時 5 分")
    expect(line).to_contain_text("未結案")
    quiet = hold_line(page)
    assert quiet["late"] is False, quiet
    assert float(quiet["px"]) >= 20, quiet  # type: ignore[arg-type]
    assert not quiet["overflow"], quiet
    assert float(quiet["right"]) <= float(quiet["width"]), quiet  # type: ignore[arg-type]
    assert not re.search(r"inc-|replay_log|log_hold", str(quiet["text"])), quiet
    page.screenshot(path=str(artifacts / "wall-log-hold.png"))
    page.locator("#lang").click()
    expect(line).to_contain_text(f"incident #{number}")
    expect(line).to_contain_text("14 h 5 min")
    expect(line).to_contain_text("still open")
    en = hold_line(page)
    assert not en["overflow"], en
    assert float(en["right"]) <= float(en["width"]), en  # type: ignore[arg-type]
    page.locator("#lang").click()

    # Held past its window for longer than a retention (first evidence 18 h 30 min back,
    # the window 12 h): the warning colour.
    set_clock(db_dsn, now + timedelta(hours=4, minutes=25))
    expect(line).to_contain_text("18 小時 30 分", timeout=20_000)
    late = hold_line(page)
    assert late["late"] is True, late
    assert late["bg"] != quiet["bg"], (quiet, late)
    page.screenshot(path=str(artifacts / "wall-log-hold-late.png"))

    # Closed and a retention later: nothing holds, the line goes.
    with psycopg.connect(db_dsn) as conn:
        conn.execute("UPDATE ops_incidents SET state = 'closed', updated_at = %s WHERE incident_id = %s",
                     (now - timedelta(days=1), INC))
    expect(line).to_be_hidden(timeout=20_000)
    assert api.get("/api/health").json()["replay_log_hold"] is None
    page.close()
