"""The console's result line belongs to the latest command sent: an earlier command whose
answer arrives after a newer one was sent never writes it.

The timing is the test's, not the host's: the first command's answer is held by a route
until the second command's result is on the line, then released. A fetch wrapper marks
the moment the page has read the released answer: a task queued behind the microtasks
that resume the command's code, so whatever that code writes synchronously is written by
then. A MutationObserver records every text the result line takes. No ops service runs,
so both commands stay pending and both would be followed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import psycopg
from playwright.sync_api import APIResponse, Browser, Route, expect

from tests.api.conftest import LiveApp
from tests.browser.test_console_confirm import INC, open_dispatch, seed

#: Installed before the page's scripts: every text the result line takes, and the POSTs
#: whose answer the page has read (marked one task after ``json()`` resolves).
WATCH_JS = """
window.__resultTexts = [];
window.__postsRead = [];
document.addEventListener('DOMContentLoaded', () => {
  const node = document.getElementById('command-result');
  new MutationObserver(() => window.__resultTexts.push(node.textContent))
    .observe(node, { childList: true, characterData: true, subtree: true });
});
const pageFetch = window.fetch;
window.fetch = async (input, init) => {
  const res = await pageFetch(input, init);
  if (init && init.method === 'POST') {
    const json = res.json.bind(res);
    res.json = () => json().then((body) => {
      setTimeout(() => window.__postsRead.push(body.command_id), 0);
      return body;
    });
  }
  return res;
};
"""


def test_an_earlier_command_answered_late_never_writes_the_result_line(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str,
) -> None:
    inc = INC
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC))
    held: list[tuple[Route, APIResponse]] = []

    def hold_first(route: Route) -> None:
        # The server stores the first note now; only its answer waits for the test.
        if route.request.method == "POST" and not held:
            held.append((route, route.fetch()))
            return
        route.continue_()

    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script(WATCH_JS)
    page.route(f"**/api/incidents/{inc}/notes", hold_first)
    box = open_dispatch(page, live_app.url, inc)
    result = page.locator("#command-result")

    box.locator("input[name=note-text]").fill("第一則")
    box.locator("button[data-action=note]").click()
    for _ in range(400):  # the route's handler runs while Playwright waits
        if held:
            break
        page.wait_for_timeout(50)
    assert held, "the first note's request was not held"
    (first_route, first_answer) = held[0]
    first_id = json.loads(first_answer.text())["command_id"]

    box.locator("input[name=note-text]").fill("第二則")
    box.locator("button[data-action=note]").click()
    expect(result).to_contain_text("新增備註", timeout=20_000)
    second_text = result.text_content() or ""
    assert f"#{first_id} " not in second_text, second_text

    first_route.fulfill(response=first_answer)
    page.wait_for_function("(id) => window.__postsRead.includes(id)", arg=first_id, timeout=20_000)
    texts: list[str] = page.evaluate("window.__resultTexts")
    written = [t for t in texts if f"#{first_id} " in t]
    assert written == [], f"the earlier command #{first_id} wrote the result line: {written}"
    expect(result).to_have_text(second_text)
    page.close()


def test_a_note_carried_out_leaves_the_note_box_empty(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str], db_dsn: str,
) -> None:
    # No ops service runs: the test carries the command out in the database, and nothing
    # else about the incident changes, so no feed update redraws the detail meanwhile.
    inc = f"{INC}-note"
    with psycopg.connect(db_dsn) as conn:
        seed(conn, datetime.now(UTC), incident_id=inc)
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    box = open_dispatch(page, live_app.url, inc)
    result = page.locator("#command-result")
    note = box.locator("input[name=note-text]")
    note.fill("第二則備註：已通知里長")
    box.locator("button[data-action=note]").click()
    expect(result).to_have_attribute("data-state", "pending", timeout=20_000)
    with psycopg.connect(db_dsn) as conn:
        conn.execute("UPDATE ops_commands SET state = 'done', result = 'note added', done_at = now()"
                     " WHERE incident_id = %s AND kind = 'note'", (inc,))
    expect(result).to_contain_text("新增備註 · 完成", timeout=20_000)
    # Emptied, so a second click cannot add the same note again.
    expect(note).to_have_value("", timeout=10_000)
    box.locator("button[data-action=note]").click()
    expect(page.locator("#command-result")).to_have_text("備註不可空白。")
    with psycopg.connect(db_dsn) as conn:
        count = conn.execute("SELECT count(*) FROM ops_commands WHERE incident_id = %s", (inc,)).fetchone()
    assert count == (1,)
    page.close()
