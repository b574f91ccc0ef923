"""What a test's live app was doing, told when a test that uses it fails.

``tests/api/conftest.py``'s ``serve`` wraps the app in :class:`ServerWatch` and starts its
loop probe:

* the requests the server has received and not answered yet, and the latest answered
  (path without query, status, seconds taken): whether a page's request reached the server,
  and whether it was answered;
* the event loop's lag: a task sleeps :data:`PROBE_S` in turn and records by how much it
  woke late; the largest lags are kept;
* a stalled loop's stack: a thread looks every :data:`PROBE_S` whether the loop's probe
  turned, and when it has not for :data:`STALL_S` it keeps the server thread's stack once
  per stall (what the loop was running instead of serving); the report also has the stack
  of every thread of the process at the time of the failure.

Cost: four wakeups a second on the loop, one on the thread, a deque append per request.
"""

from __future__ import annotations

import asyncio
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Awaitable, Callable, MutableMapping
from itertools import count
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
                   Awaitable[None]]

#: How often the probe turns (s).
PROBE_S = 0.25
#: A loop that has not turned for this long is stalled: its stack is kept (s).
STALL_S = 2.0
#: Where a thread waits for work: such threads are named, not dumped.
IDLE_FILES = ("threading.py", "queue.py", "selectors.py")
#: How many answered requests, lags and stalls are kept (the latest).
KEEP = 40


class ServerWatch:
    """An ASGI app around ``app`` that records its requests; :meth:`start` probes its loop."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.started = time.monotonic()
        self._ids = count(1)
        self.open: dict[int, tuple[str, float]] = {}
        self.done: deque[str] = deque(maxlen=KEEP)
        self.lags: deque[tuple[float, float]] = deque(maxlen=KEEP)
        self.stalls: deque[str] = deque(maxlen=4)
        self.turned = time.monotonic()
        self.worst = 0.0
        self._thread: threading.Thread | None = None
        self._server_ident: int | None = None
        self._stop = threading.Event()
        self._probe: asyncio.Future[None] | None = None

    async def __call__(self, scope: Scope, receive: Callable[[], Awaitable[Message]],
                       send: Callable[[Message], Awaitable[None]]) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        key = next(self._ids)
        what = f"{scope.get('method', 'WS')} {scope['path']}"
        began = time.monotonic()
        self.open[key] = (what, began)
        status: list[object] = []

        async def sending(message: Message) -> None:
            if message["type"] in ("http.response.start", "websocket.accept", "websocket.close"):
                status.append(message.get("status", message["type"].split(".")[-1]))
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            del self.open[key]
            end = time.monotonic()
            self.done.append(f"{began - self.started:8.2f} s {what} -> {status[0] if status else 'no answer'}"
                             f" in {end - began:.2f} s")

    def start(self, loop: asyncio.AbstractEventLoop, server_thread: threading.Thread) -> None:
        """Probe ``loop`` (served by ``server_thread``) until :meth:`stop`."""
        self._server_ident = server_thread.ident
        self._probe = asyncio.run_coroutine_threadsafe(self._turns(), loop)  # type: ignore[assignment]
        self._thread = threading.Thread(target=self._watch, name="server-watch", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """End the probe and its thread."""
        self._stop.set()
        if self._probe is not None:
            self._probe.cancel()
        if self._thread is not None:
            self._thread.join(timeout=5)

    async def _turns(self) -> None:
        while True:
            before = time.monotonic()
            await asyncio.sleep(PROBE_S)
            self.turned = now = time.monotonic()
            lag = now - before - PROBE_S
            self.worst = max(self.worst, lag)
            if lag > 0.1:
                self.lags.append((now - self.started, lag))

    def _watch(self) -> None:
        stalled = False
        while not self._stop.wait(PROBE_S):
            idle = time.monotonic() - self.turned
            if idle < STALL_S:
                stalled = False
                continue
            if stalled or self._server_ident is None:
                continue
            stalled = True
            self.stalls.append(f"at {time.monotonic() - self.started:.2f} s the loop had not turned for"
                               f" {idle:.2f} s; the threads were in:\n{threads_now(self._server_ident)}")

    def report(self) -> str:
        """What the server was doing: open requests, the latest answered, the loop's lags
        and stalls, and every thread's stack now."""
        now = time.monotonic()
        out = [f"server up {now - self.started:.2f} s; the loop last turned {now - self.turned:.2f} s ago;"
               f" worst lag {self.worst:.2f} s",
               f"requests received and not answered ({len(self.open)}):"]
        out += [f"  {what} for {now - began:.2f} s" for what, began in list(self.open.values())]
        out += [f"last {len(self.done)} answered (seconds since the server started):",
                *(f"  {line}" for line in self.done)]
        out += ["loop lags over 0.1 s (at, lag):", *(f"  {at:8.2f} s {lag:.2f} s" for at, lag in self.lags)]
        out += ["loop stalls:", *self.stalls]
        out.append(f"threads now:\n{threads_now(self._server_ident)}")
        return "\n".join(out)


def threads_now(server_ident: int | None) -> str:
    """The innermost frames of every thread of this process that is not waiting for work (a
    lock, a queue, a selector), the server thread's always; the waiting ones by name."""
    names = {t.ident: t.name for t in threading.enumerate()}
    idle: list[str] = []
    out: list[str] = []
    for ident, frame in sys._current_frames().items():
        name = str(names.get(ident, ident))
        if ident != server_ident and frame.f_code.co_filename.endswith(IDLE_FILES):
            idle.append(name)
            continue
        out.append(f"--- {name}{' (the server)' if ident == server_ident else ''}")
        out.append("".join(traceback.format_stack(frame, limit=-12)).rstrip())
    out.append(f"--- waiting: {', '.join(sorted(idle))}")
    return "\n".join(out)
