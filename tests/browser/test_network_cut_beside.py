"""A network-cut module's namespaces (``tests/netns.py``) abort no request of a browser beside it.

Chromium fails every request in flight with ``net::ERR_NETWORK_CHANGED`` when an address of
the host's network namespace comes or goes (its address tracker reads the kernel's address
messages), and the suite runs the network-cut modules on one worker while another runs the
browser modules. Chromium fails so the requests still waiting for a connection (six per
host at most). Here the worker's Chromium keeps twelve requests in flight at all times, so
that six wait (each answered after 0.3 s, the next asked at once), from a small server of the test's own, while
:func:`tests.netns.route` makes its namespaces, cuts and restores the router, and takes them
down again, three times: no request may fail.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from playwright.sync_api import Browser, Request

from tests.netns import drop, restore, route

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PAGE = b"""<!doctype html><meta charset="utf-8"><title>busy</title><body>
<script>
window.answered = 0;
for (let i = 0; i < 12; i += 1) {
  (async () => {
    for (;;) {
      try { await (await fetch("/slow?" + i + "-" + window.answered)).text(); } catch (e) { /* counted */ }
      window.answered += 1;
    }
  })();
}
</script>"""


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        if self.path.startswith("/slow"):
            time.sleep(0.3)  # the server's pace, so that one request is always in flight
            body, kind = b"ok", "text/plain"
        else:
            body, kind = PAGE, "text/html"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # the server logs nothing
        pass


@pytest.fixture
def busy_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="busy-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def test_a_network_cut_namespace_aborts_no_request_of_a_browser_beside_it(browser: Browser, busy_server: str) -> None:
    page = browser.new_page()
    failed: list[str] = []

    def on_failed(request: Request) -> None:
        failed.append(f"{request.url}: {request.failure}")

    page.on("requestfailed", on_failed)
    page.goto(busy_server + "/")
    page.wait_for_function("window.answered >= 2", timeout=60_000)
    for _ in range(3):
        with route() as path:
            drop(path)
            restore(path)
        # Requests answered after the namespaces went, so that a late abort is seen too.
        seen = page.evaluate("window.answered")
        page.wait_for_function(f"window.answered >= {seen + 24}", timeout=60_000)
    assert failed == [], failed
