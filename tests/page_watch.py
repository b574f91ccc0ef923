"""What a browser test's pages were waiting on, told when the test fails.

A wait for a page (``expect``, ``wait_for_function``, an action's wait for its node) that
times out says only what it waited for. :class:`PageWatch` keeps, per browser context, what
tells why: the requests still pending and their ages, the requests that failed or were
answered with an error status, the console's errors and the page's uncaught exceptions.
:func:`page_state` asks each open page, within a bound, whether its scripts ran.

``tests/fix_browser.py`` puts a watch on every context the ``browser`` fixture makes and adds
:func:`report` to the failure report of a test that fails (``pytest_runtest_makereport``).
The cost is a few Python calls per request (its start, answer and end: no call back into the
browser) and one per console message while a page is open.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from weakref import WeakKeyDictionary

from playwright.sync_api import BrowserContext, ConsoleMessage, Error, Page, Request, Response

#: How many finished events of each kind a watch keeps (the latest).
KEEP = 40
#: How long a failure report waits for a page to say what it ran (ms): a renderer that is
#: stuck does not answer, and the report says so instead of waiting with it.
STATE_TIMEOUT_MS = 2_000

#: What a page tells of itself: where it is, its document's state, its scripts and whether
#: the project's common script ran (``SOC``) and its login form or app is shown.
PAGE_STATE_JS = """() => ({
  url: location.pathname + location.hash,
  readyState: document.readyState,
  scripts: [...document.scripts].map((s) => s.getAttribute('src') || 'inline'),
  socDefined: typeof SOC !== 'undefined',
  lang: document.documentElement.lang,
  loginHidden: document.getElementById('login') ? document.getElementById('login').hidden : null,
  appHidden: document.getElementById('app') ? document.getElementById('app').hidden : null,
})"""


def _path(url: str) -> str:
    """``url`` without its query: tickets and tokens stay out of the report."""
    parts = urlsplit(url)
    return parts.path if parts.scheme in ("http", "https", "ws", "wss") else url[:80]


@dataclass
class PageWatch:
    """Listens to one browser context (``watch(context)``); :meth:`lines` tells what it saw."""

    started: float = field(default_factory=time.monotonic)
    pending: dict[Request, float] = field(default_factory=dict)
    statuses: dict[Request, int] = field(default_factory=dict)
    failed: deque[str] = field(default_factory=lambda: deque(maxlen=KEEP))
    errors: deque[str] = field(default_factory=lambda: deque(maxlen=KEEP))
    finished: deque[str] = field(default_factory=lambda: deque(maxlen=KEEP))

    def _age(self, at: float) -> str:
        return f"{at - self.started:7.2f} s"

    def on_request(self, request: Request) -> None:
        self.pending[request] = time.monotonic()

    def on_response(self, response: Response) -> None:
        self.statuses[response.request] = response.status

    def on_finished(self, request: Request) -> None:
        began = self.pending.pop(request, None)
        now = time.monotonic()
        took = f"{now - began:.2f} s" if began is not None else "?"
        status = self.statuses.pop(request, "no response")
        line = f"{self._age(now)} {request.method} {_path(request.url)} -> {status} in {took}"
        self.finished.append(line)
        if isinstance(status, int) and status >= 400:
            self.failed.append(line)

    def on_failed(self, request: Request) -> None:
        began = self.pending.pop(request, None)
        self.statuses.pop(request, None)
        now = time.monotonic()
        took = f"{now - began:.2f} s" if began is not None else "?"
        self.failed.append(f"{self._age(now)} {request.method} {_path(request.url)} failed"
                           f" ({request.failure}) after {took}")

    def on_console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "warning"):
            self.errors.append(f"{self._age(time.monotonic())} console.{message.type}: {message.text[:300]}")

    def on_page_error(self, error: Error) -> None:
        self.errors.append(f"{self._age(time.monotonic())} uncaught: {str(error)[:300]}")

    def lines(self) -> list[str]:
        """What the context's pages were waiting on, and what went wrong in them."""
        now = time.monotonic()
        out = [f"pending requests ({len(self.pending)}):"]
        out += [f"  {r.method} {_path(r.url)} ({r.resource_type}) for {now - at:.2f} s"
                for r, at in sorted(self.pending.items(), key=lambda item: item[1])]
        out += ["failed or refused requests:", *(f"  {line}" for line in self.failed)]
        out += ["console errors and uncaught exceptions:", *(f"  {line}" for line in self.errors)]
        out += [f"last {len(self.finished)} finished requests (seconds since the context opened):",
                *(f"  {line}" for line in self.finished)]
        return out


#: The watch of every context the ``browser`` fixture made, while it is open.
WATCHES: WeakKeyDictionary[BrowserContext, PageWatch] = WeakKeyDictionary()


def watch(context: BrowserContext) -> PageWatch:
    """Start watching ``context`` (every page it opens); the watch is kept in :data:`WATCHES`."""
    w = WATCHES.get(context)
    if w is not None:
        return w
    w = PageWatch()
    context.on("request", w.on_request)
    context.on("response", w.on_response)
    context.on("requestfinished", w.on_finished)
    context.on("requestfailed", w.on_failed)
    context.on("console", w.on_console)
    context.on("page", lambda page: page.on("pageerror", w.on_page_error))
    for page in context.pages:
        page.on("pageerror", w.on_page_error)
    WATCHES[context] = w
    return w


def page_state(page: Page) -> str:
    """What ``page`` tells of itself (:data:`PAGE_STATE_JS`), or that it did not answer
    within :data:`STATE_TIMEOUT_MS`."""
    try:
        handle = page.wait_for_function(PAGE_STATE_JS, timeout=STATE_TIMEOUT_MS)
        state: Any = handle.json_value()
    except Error as exc:
        return f"no answer within {STATE_TIMEOUT_MS} ms ({str(exc).splitlines()[0][:200]})"
    return str(state)


def report() -> str:
    """Every watched context still open: its pages' state and what its watch saw."""
    out: list[str] = []
    for context, w in list(WATCHES.items()):
        try:
            pages = list(context.pages)
        except Error:
            continue
        out.append(f"context opened {time.monotonic() - w.started:.2f} s ago, {len(pages)} page(s)")
        out += [f"  page {page_state(page)}" for page in pages if not page.is_closed()]
        out += [f"  {line}" for line in w.lines()]
    return "\n".join(out)
