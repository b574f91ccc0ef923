"""The console's dates are Taiwan's whatever the browser's locale and zone: the history
search's days are typed and shown as YYYY-MM-DD and name Taipei days, and its times are
Taipei's on a 24-hour clock. The browser here is set to en-US in Los Angeles, where the
incident below happened on another calendar day (16 hours behind Taipei)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from playwright.sync_api import Browser, Page, Request, expect

from tests.api.conftest import LiveApp
from tests.browser.test_pages import login

TAIPEI = ZoneInfo("Asia/Taipei")
INC = "inc-dates-night"
#: 01:30 and 02:10 on 1 December in Taipei; 09:30 and 10:10 on 30 November in Los Angeles.
OPENED = datetime(2026, 11, 30, 17, 30, tzinfo=UTC)
CLOSED = datetime(2026, 11, 30, 18, 10, tzinfo=UTC)


def seed(conn: psycopg.Connection) -> None:
    """A flood incident opened and closed in the small hours of a Taipei day."""
    conn.execute(
        "INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,"
        " first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, closed_by, close_reason)"
        " VALUES (%s, 'flood', 'closed', 'Moderate', 2101, ARRAY['disaster'], 1, %s, %s, %s, %s,"
        " ST_SetSRID(ST_MakePoint(120.6556, 24.18225), 4326), 'coord', '積水退去')",
        (INC, OPENED, OPENED, OPENED, CLOSED))


@pytest.fixture(scope="module")
def page(browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str) -> Iterator[Page]:
    """The console signed in as the coordinator, in a browser set to en-US and Los Angeles."""
    with psycopg.connect(db_dsn) as conn:
        seed(conn)
    context = browser.new_context(locale="en-US", timezone_id="America/Los_Angeles",
                                  viewport={"width": 1366, "height": 768})
    p = context.new_page()
    login(p, f"{live_app.url}/static/console.html", "coord")
    expect(p.locator("#history-form")).to_be_visible(timeout=20_000)
    yield p
    context.close()


def type_day(page: Page, name: str, text: str) -> None:
    """Type ``text`` into a date field key by key, as a coordinator does."""
    field = page.locator(f"#history-form input[name={name}]")
    field.click()
    page.keyboard.press("Control+a")
    page.keyboard.press("Delete")
    page.keyboard.type(text)


def test_history_days_are_typed_and_shown_as_taipei_days(page: Page) -> None:
    assert page.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone") == "America/Los_Angeles"
    form = page.locator("#history-form")
    type_day(page, "since", "2026-12-01")
    type_day(page, "until", "2026/12/1")
    expect(form.locator("input[name=since]")).to_have_value("2026-12-01")
    expect(form.locator("#history-days")).to_have_text("日期為台北日期（YYYY-MM-DD）")
    form.locator("button[type=submit]").click()
    row = page.locator(f'#history tr[data-incident="{INC}"]')
    expect(row).to_have_count(1, timeout=20_000)
    expect(form.locator("input[name=until]")).to_have_value("2026-12-01")  # written back in Taiwan's form
    expect(row.locator("td").nth(3)).to_have_text("2026-12-01 01:30")
    expect(row.locator("td").nth(4)).to_have_text("2026-12-01 02:10")

    # The Los Angeles day of the incident is not its Taipei day.
    type_day(page, "since", "2026-11-30")
    type_day(page, "until", "2026-11-30")
    form.locator("button[type=submit]").click()
    expect(page.locator("#history")).to_contain_text("查無已結案事件", timeout=20_000)

    # English: the same days and times, in the same form.
    page.locator("#lang").click()
    type_day(page, "since", "2026-12-01")
    type_day(page, "until", "2026-12-01")
    form.locator("button[type=submit]").click()
    expect(row.locator("td").nth(3)).to_have_text("2026-12-01 01:30", timeout=20_000)
    expect(form.locator("#history-days")).to_have_text("Dates are Taipei days (YYYY-MM-DD)")
    page.locator("#lang").click()


def test_a_text_that_is_no_day_is_refused_in_the_page(page: Page) -> None:
    searches: list[str] = []

    def seen(request: Request) -> None:
        if "/api/incidents?" in request.url:
            searches.append(request.url)

    form = page.locator("#history-form")
    said = page.locator("#history-message")  # under the search form, not at the page's top
    # An answer listed first: a refused search must not leave it under the refused days.
    type_day(page, "since", "2026-12-01")
    type_day(page, "until", "2026-12-01")
    form.locator("button[type=submit]").click()
    expect(page.locator(f'#history tr[data-incident="{INC}"]')).to_have_count(1, timeout=20_000)
    page.on("request", seen)
    for bad in ("12/01/2026", "2026-02-30", "2026-13-01"):
        type_day(page, "since", bad)
        type_day(page, "until", "")
        before = datetime.now(TAIPEI).date().isoformat()
        form.locator("button[type=submit]").click()
        expect(said).to_contain_text("日期請寫成 YYYY-MM-DD（台北日期），例如 ")
        example = (said.text_content() or "").rsplit(" ", 1)[-1].rstrip("。")
        assert example in (before, datetime.now(TAIPEI).date().isoformat()), example
        assert page.evaluate("document.activeElement.name") == "since"
        expect(said).to_be_in_viewport()
        expect(page.locator("#history tr")).to_have_count(0)
    type_day(page, "since", "2026-12-08")
    type_day(page, "until", "2026-12-01")
    before = datetime.now(TAIPEI).date().isoformat()
    form.locator("button[type=submit]").click()
    expect(said).to_contain_text("起日晚於迄日：「自」請填較早的日期，例如 自 ")
    example = (said.text_content() or "").rsplit(" ", 1)[-1].rstrip("。")
    assert example in (before, datetime.now(TAIPEI).date().isoformat()), example
    expect(page.locator("#history tr")).to_have_count(0)
    expect(page.locator("#message")).to_have_text("")
    page.evaluate("() => new Promise((r) => setTimeout(r, 0))")
    page.remove_listener("request", seen)
    assert searches == []
    # A search that is taken again says nothing.
    type_day(page, "since", "2026-12-01")
    form.locator("button[type=submit]").click()
    expect(page.locator(f'#history tr[data-incident="{INC}"]')).to_have_count(1, timeout=20_000)
    expect(said).to_have_text("")


def reference_day(text: str) -> str | None:
    """What the console's parseDay answers, written again in Python."""
    m = re.fullmatch(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*"
                     r"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})"
                     r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]*",
                     unicodedata.normalize("NFKC", text))
    if not m:
        return None
    try:
        d = date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None
    return d.isoformat() if d.year >= 1000 else None


DAYS = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
SEPARATORS = st.sampled_from(["-", "/", ".", "／", "－", " ", ""])
TYPED = st.one_of(
    st.builds(lambda d, a, b, pad: f"{d.year:04d}{a}{d.month:0{pad}d}{b}{d.day:0{pad}d}",
              DAYS, SEPARATORS, SEPARATORS, st.sampled_from([1, 2])),
    st.builds(lambda y, m, d: f"{y}-{m}-{d}", st.integers(-10**20, 10**20), st.integers(-99, 10**6),
              st.integers(-99, 10**6)),
    st.builds(lambda d: unicodedata.normalize("NFKC", d.isoformat()).translate(
        {c: c + 0xFEE0 for c in range(0x30, 0x3A)}), DAYS),  # full-width digits from an IME
    st.text(max_size=30),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TYPED)
def test_parse_day_answers_a_taipei_day_or_nothing(page: Page, text: str) -> None:
    got = page.evaluate("(s) => SOC.parseDay(s)", text)
    assert got == reference_day(text), (text, got)
    if got is not None:
        assert page.evaluate("(s) => SOC.parseDay(s)", got) == got


def test_parse_day_refuses_what_is_no_text(page: Page) -> None:
    for value in ("null", "undefined", "123", "1e308", "NaN", "({})", "[[[[2026]]]]", "'2026-12-01'.repeat(1000)"):
        assert page.evaluate(f"SOC.parseDay({value})") is None, value
