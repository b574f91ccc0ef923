"""A wall whose own page is busy is not a wall whose server fell silent.

The page drops its socket and says 重新連線中 / "Reconnecting" when nothing has come on it for
2.5 pings (5 s with the 2 s pings): a frozen server or a half-open network, which the browser
does not notice itself. On a loaded host a drawing of hundreds of open incidents held the
page's main thread for up to 10 s (an outside test of `soc demo`: 200 open incidents at load
20): the pings kept coming but waited behind the drawing, and the silence check, run first
after it, took the page's own work for the server's silence: the header flapped between Live
and Reconnecting every 30-60 s and the socket was closed and opened again with the server up.
Here the page's main thread is held for 9 s in each of two animation frames in a row, as
drawings are, while the server pings; the socket stays open and the page never says it is
not live. A server that does fall silent is still found so (`test_wall_silent_server.py`).
"""

from __future__ import annotations

from playwright.sync_api import Browser, WebSocket, expect

from tests.api.conftest import LiveApp

#: Every connection state the header shows from now on (the dot's class).
RECORD_STATES_JS = """() => {
  window.__states = [];
  new MutationObserver(() => window.__states.push(document.getElementById('conn').className))
    .observe(document.getElementById('conn'), { attributes: true, attributeFilter: ['class'] });
}"""


def test_a_page_held_busy_longer_than_the_silence_limit_stays_live_on_its_socket(
    browser: Browser, live_app: LiveApp, accounts: dict[str, str]
) -> None:
    page = browser.new_page(viewport={"width": 1366, "height": 768})
    page.add_init_script("localStorage.setItem('soc.lang', 'zh-TW')")
    sockets: list[WebSocket] = []
    closed: list[str] = []
    page.on("websocket", lambda ws: (sockets.append(ws), ws.on("close", lambda w: closed.append(w.url))))
    page.goto(f"{live_app.url}/static/wall.html#token={accounts['wall1']}")
    expect(page.locator("#conn.connected")).to_have_count(1, timeout=30_000)
    page.evaluate(RECORD_STATES_JS)
    # The page's own work (a long drawing) holds its main thread past the silence limit.
    # Held inside an animation frame, as the wall's drawing is (WallSocket.drawSoon), twice in a row.
    page.evaluate("""() => new Promise((done) => {
      const hold = () => { const end = Date.now() + 9000; while (Date.now() < end) {} };
      requestAnimationFrame(() => { hold(); requestAnimationFrame(() => { hold(); done(); }); });
    })""")
    # Once free again: its silence check runs every second and the server pings every 2 s;
    # three checks and two pings later nothing may have taken the page for cut off.
    page.wait_for_timeout(4_000)
    states = page.evaluate("() => window.__states")
    assert set(states) <= {"dot connected"}, states
    assert closed == [], closed
    assert len(sockets) == 1
    expect(page.locator("#conn.connected")).to_have_count(1)
    page.close()
