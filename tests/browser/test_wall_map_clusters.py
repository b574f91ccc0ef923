"""The wall's map on a typhoon night with 300 open incidents: markers that cannot be
placed apart are gathered by place into one marker with their count, coloured by the
most severe of them, most urgent drawn on top, none drawn over another, and every
incident reachable by click and keyboard (a cluster opens the list of its incidents)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from playwright.sync_api import Browser, Page, expect

from common.settings import Settings
from geo.service import run_geo_load
from tests.api.conftest import LiveApp
from tests.browser.conftest import click_until_open, settle
from tests.browser.test_wall_reading import SQL_ASSIGNMENT, SQL_INCIDENT

N_INCIDENTS = 300
TYPES = ("flood", "fire", "traffic", "crowd")
SEVERITIES = ("Minor", "Moderate", "Severe", "Extreme")
RANK = {s: i for i, s in enumerate(SEVERITIES)}
#: Twelve reports of one building: the same place, which no zoom would part.
SAME_PLACE = range(100, 112)


@pytest.fixture(scope="module")
def seeded(live_app: LiveApp, db_settings: Settings, db_dsn: str) -> dict[str, dict[str, object]]:
    """Seed the night; each incident's number, severity, overdue flag and urgency rank."""
    return seed_night(db_settings, db_dsn)


def seed_night(db_settings: Settings, db_dsn: str) -> dict[str, dict[str, object]]:
    """The 300 open incidents of the night: each one's number, severity, overdue flag and
    urgency rank, by incident id."""
    run_geo_load(db_settings)
    now = datetime.now(UTC)
    with psycopg.connect(db_dsn) as conn:
        for i in range(N_INCIDENTS):
            inc = f"inc-cl-{i:03d}"
            lon, lat = 120.640 + (i % 20) * 0.0012, 24.172 + (i // 20) * 0.0014
            if i in SAME_PLACE:
                lon, lat = 120.6520, 24.1860
            conn.execute(SQL_INCIDENT, {"id": inc, "type": TYPES[i % 4], "sev": SEVERITIES[(i * 7) % 4],
                                        "lon": lon, "lat": lat, "t": now - timedelta(minutes=400 - i)})
            t0 = now - timedelta(minutes=30)
            conn.execute(SQL_ASSIGNMENT, (inc, "police", "assigned", t0, t0, None,
                                          now + timedelta(hours=2 if i % 9 else -1), 0))
            conn.execute(SQL_ASSIGNMENT, (inc, "water", "acknowledged", t0, t0, t0, now + timedelta(hours=2), 0))
        numbers = dict(conn.execute("SELECT incident_id, number FROM ops_incidents").fetchall())
    # The board's order of urgency: overdue first, then the most severe, then the newest.
    order = sorted(range(N_INCIDENTS), key=lambda i: (i % 9 != 0, -((i * 7) % 4), -i))
    return {f"inc-cl-{i:03d}": {"num": f"#{numbers[f'inc-cl-{i:03d}']}", "sev": SEVERITIES[(i * 7) % 4],
                                "overdue": i % 9 == 0, "rank": k} for k, i in enumerate(order)}


#: Every drawn group on the map (a lone incident or a cluster), in drawing order.
GROUPS_JS = """() => [...document.querySelectorAll('#map g.incident, #map g.cluster')].map((g) => {
  const boxes = [...g.querySelectorAll('circle.marker, rect.badge')].map((n) => n.getBoundingClientRect())
    .map((b) => [b.left, b.top, b.right, b.bottom]);
  return { cluster: g.classList.contains('cluster'), id: g.dataset.incident || null,
           members: g.dataset.members ? g.dataset.members.split(' ') : [g.dataset.incident],
           count: g.querySelector('text.marker-text').textContent, cls: g.getAttribute('class'),
           top: (g.querySelector('text.badge-text') || {}).textContent || null,
           tabindex: g.getAttribute('tabindex'), label: g.getAttribute('aria-label') || '',
           boxes };
})"""


def overlaps(a: list[float], b: list[float]) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


#: The animations of the overdue halos drawn on the map (each name once).
HALO_ANIMATIONS_JS = """() => [...new Set([...document.querySelectorAll('#map .halo')]
  .map((n) => getComputedStyle(n).animationName))]"""


def check_map(page: Page, seeded: dict[str, dict[str, object]], label: str) -> list[dict[str, object]]:
    groups: list[dict[str, object]] = page.evaluate(GROUPS_JS)
    # Every incident is on the map exactly once, alone or in one cluster.
    members = [m for g in groups for m in g["members"]]  # type: ignore[attr-defined]
    assert sorted(members) == sorted(seeded), f"{label}: {len(members)} drawn of {len(seeded)}"
    assert any(g["cluster"] for g in groups), f"{label}: 300 incidents and no cluster"
    for i, a in enumerate(groups):
        for b in groups[i + 1:]:
            hits = [(x, y) for x in a["boxes"] for y in b["boxes"] if overlaps(x, y)]  # type: ignore[attr-defined]
            assert not hits, f"{label}: {a['members'][:3]} and {b['members'][:3]} drawn over each other"  # type: ignore[index]
        assert a["tabindex"] == "0", f"{label}: {a['members'][:3]} not reachable by keyboard"  # type: ignore[index]
        assert a["label"], f"{label}: {a['members'][:3]} has no label"  # type: ignore[index]
        if not a["cluster"]:
            continue
        ms = [seeded[m] for m in a["members"]]  # type: ignore[attr-defined]
        # The count with its unit (a bare number would read as an incident's), the most
        # severe's colour, the overdue halo and the most urgent's number.
        count = f"×{len(ms)}" if label.endswith(" en") else f"{len(ms)}件"
        assert a["count"] == count, f"{label}: {a['count']!r} for {len(ms)} incidents"
        worst = max((str(m["sev"]) for m in ms), key=RANK.__getitem__)
        assert f"sev-{worst}" in str(a["cls"]).split(), f"{label}: {a['cls']} for {worst}"
        assert ("overdue" in str(a["cls"]).split()) == any(m["overdue"] for m in ms), f"{label}: {a}"
        first = min(ms, key=lambda m: int(m["rank"]))  # type: ignore[call-overload]
        assert a["top"] == first["num"], f"{label}: {a['top']} shown, {first['num']} most urgent"
    # Drawn least urgent first: the group of the most urgent incident lies on top.
    top_id = min(seeded, key=lambda k: int(seeded[k]["rank"]))  # type: ignore[call-overload]
    assert top_id in groups[-1]["members"], f"{label}: the most urgent is not drawn last"  # type: ignore[operator]
    return groups


def open_list_and_check(page: Page, group: dict[str, object], seeded: dict[str, dict[str, object]],
                        label: str) -> None:
    members = group["members"]
    lst = page.locator("#cluster-list")
    expect(lst).to_be_visible()
    nums = page.locator("#cluster-list li .num").all_text_contents()
    expected = sorted(members, key=lambda m: int(seeded[m]["rank"]))  # type: ignore[arg-type, call-overload]
    assert nums == [seeded[m]["num"] for m in expected], f"{label}: {nums[:5]}"
    box, screen = lst.bounding_box(), page.viewport_size
    assert box is not None, label
    assert screen is not None, label
    assert box["x"] >= 0, label
    assert box["x"] + box["width"] <= screen["width"] + 0.5, label
    sizes = page.evaluate("""() => [...document.querySelectorAll('#cluster-list li, #cluster-list h3')]
      .map((n) => parseFloat(getComputedStyle(n).fontSize))""")
    assert min(sizes) >= 20, f"{label}: text of {min(sizes)} px in the list"


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_hundreds_of_incidents_are_clustered_apart_and_reachable(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], seeded: dict[str, dict[str, object]],
    artifacts: Path, width: int, height: int,
) -> None:
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
    expect(page.locator("#board-more")).to_contain_text("另有", timeout=60_000)
    settle(page)
    groups = check_map(page, seeded, f"{width} zh-TW")
    page.screenshot(path=str(artifacts / f"wall-clusters-{width}x{height}.png"))

    # The overdue halo pulses, but on a screen set to reduced motion (the browser fixture's).
    assert page.evaluate(HALO_ANIMATIONS_JS) == ["none"]
    page.emulate_media(reduced_motion="no-preference")
    assert page.evaluate(HALO_ANIMATIONS_JS) == ["halo"]
    page.emulate_media(reduced_motion="reduce")

    # Click: the largest cluster opens the list of its incidents, most urgent first.
    big = max((g for g in groups if g["cluster"]), key=lambda g: len(g["members"]))  # type: ignore[arg-type]
    members = " ".join(big["members"])  # type: ignore[arg-type]
    click_until_open(page, f'#map g.cluster[data-members="{members}"] circle.marker', page.locator("#cluster-list"))
    open_list_and_check(page, big, seeded, f"{width} click")
    page.screenshot(path=str(artifacts / f"wall-cluster-list-{width}x{height}.png"))
    page.keyboard.press("Escape")
    expect(page.locator("#cluster-list")).to_be_hidden()

    # Keyboard: from the language button, Tab reaches the map's markers; Enter on a
    # cluster opens its list; Escape closes it and gives the focus back to the cluster.
    page.locator("#lang").focus()
    for _ in range(len(groups) + 1):
        page.keyboard.press("Tab")
        focused = page.evaluate("() => { const g = document.activeElement; return g && g.classList"
                                " && g.classList.contains('cluster') ? g.dataset.members : null; }")
        if focused:
            break
    assert focused, f"{width}: Tab never reached a cluster"
    page.keyboard.press("Enter")
    cluster = next(g for g in groups if " ".join(g["members"]) == focused)  # type: ignore[arg-type]
    open_list_and_check(page, cluster, seeded, f"{width} keyboard")
    page.keyboard.press("Escape")
    expect(page.locator("#cluster-list")).to_be_hidden()
    assert page.evaluate("() => document.activeElement.dataset.members") == focused

    page.locator("#lang").click()
    expect(page.locator("#mode")).to_have_text("Peacetime")
    settle(page)
    check_map(page, seeded, f"{width} en")
    page.screenshot(path=str(artifacts / f"wall-clusters-{width}x{height}-en.png"))
    page.locator("#lang").click()
    assert errors == []
    page.close()
