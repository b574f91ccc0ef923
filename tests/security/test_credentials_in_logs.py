"""No credential in any URL or log line: a full run of the real server, then grep its log.

The run: every role logs in; the wall page (display token in the #fragment), the
console and the planner run in headless Chromium and open their websockets; API
calls, a logout, a websocket with a ticket, a websocket tried the old way with
``?token=`` (refused). Then the server's whole output (uvicorn's access log
included, at INFO) must hold no token, no ticket and no password.

The pages run in the worker's Chromium (``browser``, ``tests/fix_browser.py``), each in a
context of its own, closed by the test.
"""

from __future__ import annotations

from playwright.sync_api import Browser, Request, expect

from tests import http_calls
from tests.api.wsclient import WallClient
from tests.security.conftest import ACCOUNTS, WebProcess, bearer, login


def _ticket(web: WebProcess, token: str) -> str:
    r = http_calls.post(f"{web.url}/api/ws-ticket", headers=bearer(token), timeout=30)
    assert r.status_code == 200, r.text
    return str(r.json()["ticket"])


def test_a_full_run_leaves_no_token_ticket_or_password_in_urls_or_the_log(
    web_server: WebProcess, browser: Browser
) -> None:
    web = web_server
    tokens = {name: login(web, name) for name in ACCOUNTS}
    secrets_seen: list[str] = [*tokens.values(), *web.passwords.values()]

    # A wall screen, the console and the planner in a real browser; every URL the
    # browser asks for is recorded.
    urls: list[str] = []

    def record(request: Request) -> None:
        urls.append(request.url)

    wall = browser.new_page()
    wall.on("request", record)
    wall.on("websocket", lambda ws: urls.append(ws.url))
    wall.goto(f"{web.url}/static/wall.html#token={tokens['wall1']}")
    # Connected (the dot is "degraded" while no other service of the center runs).
    expect(wall.locator("#conn.connected, #conn.degraded")).to_have_count(1, timeout=30_000)

    console = browser.new_page()
    console.on("request", record)
    console.on("websocket", lambda ws: urls.append(ws.url))
    console.goto(f"{web.url}/static/console.html")
    console.fill("input[name=username]", "coord")
    console.fill("input[name=password]", web.passwords["coord"])
    console.press("input[name=password]", "Enter")
    expect(console.locator("#logout")).to_be_visible(timeout=30_000)

    planner = browser.new_page()
    planner.on("request", record)
    planner.goto(f"{web.url}/static/planner.html")
    planner.fill("input[name=username]", "plan")
    planner.fill("input[name=password]", web.passwords["plan"])
    planner.press("input[name=password]", "Enter")
    expect(planner.locator("#logout")).to_be_visible(timeout=30_000)
    session_tokens = [
        str(p.evaluate("sessionStorage.getItem('soc.token')")) for p in (console, planner)
    ]
    secrets_seen += [t for t in session_tokens if t and t != "None"]
    console.click("#logout")
    expect(console.locator("input[name=username]")).to_be_visible(timeout=30_000)

    # A websocket client the way the pages connect, and one trying the old way.
    ticket = _ticket(web, tokens["wall1"])
    secrets_seen.append(ticket)
    client = WallClient(f"{web.ws_url}/ws/wall?ticket={ticket}")
    assert client.next("snapshot")["type"] == "snapshot"
    client.close()
    old_way = WallClient(f"{web.ws_url}/ws/wall?token={tokens['wall1']}")
    assert old_way.closed.wait(30)
    assert old_way.close_code == 4401, "a token in the URL must not open the wall"
    with http_calls.client(base_url=web.url, timeout=30) as api:
        for name in ("op", "coord", "plan", "root"):
            assert api.get("/api/auth/me", headers=bearer(tokens[name])).status_code == 200
        # Credentials a careless client puts in a query string are not logged either.
        api.get("/api/auth/me", params={"access_token": tokens["op"],
                                        "password": web.passwords["op"]})
        assert api.post("/api/auth/logout", headers=bearer(tokens["op"])).status_code == 204

    for page in (wall, console, planner):
        page.close()
    assert urls, "the browser made requests"
    leaked_urls = [u for u in urls for s in secrets_seen if s in u.split("#", 1)[0]]
    assert not leaked_urls, f"credentials in URLs sent to the server: {leaked_urls[:3]}"

    log = web.log()
    assert "GET /api/auth/me" in log, "the access log is on (INFO), so the grep means something"
    leaked = [s[:12] + "..." for s in secrets_seen if s in log]
    assert not leaked, f"credentials in the server log: {leaked}"


def test_docs_render_under_the_csp_without_any_other_origin(
    web_server: WebProcess, browser: Browser
) -> None:
    page = browser.new_page()
    foreign: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: foreign.append(r.url)
            if not r.url.startswith(web_server.url) and not r.url.startswith("data:") else None)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{web_server.url}/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Shuinan", timeout=30_000)
    expect(page.locator(".opblock").first).to_be_visible()
    page.close()
    assert foreign == [], foreign
    assert not [e for e in errors if "Content Security Policy" in e], errors


def test_the_walls_display_token_leaves_the_address_once_read(web_server: WebProcess, browser: Browser) -> None:
    """A wall screen opened with ``#token=`` shows no token in its address (its address bar, a
    copied link, a bookmark, its back/forward list), and keeps its wall across a reload."""
    token = login(web_server, "wall1")
    page = browser.new_page()
    page.goto(f"{web_server.url}/static/wall.html#lang=en&token={token}")
    expect(page.locator("#conn.connected, #conn.degraded")).to_have_count(1, timeout=30_000)
    address = str(page.evaluate("location.href"))
    assert token not in address, "the display token is still in the address"
    assert address.endswith("/static/wall.html#lang=en"), address  # the rest of the fragment is kept
    page.reload()
    expect(page.locator("#conn.connected, #conn.degraded")).to_have_count(1, timeout=30_000)
    assert token not in str(page.evaluate("location.href"))
    page.close()
