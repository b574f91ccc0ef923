"""Structured, sparse logging named by event.

``log_event(logger, "incident_opened", incident_id=42)`` writes one line
``incident_opened incident_id=42``. Nothing per message at INFO: services keep
counters instead. :class:`UpDown` logs a dependency going away once and coming
back once, however many retries happen in between. :class:`Sparse` logs an event
that outsiders can cause at will (a malformed request) at most once per interval,
with how many happened since its last line.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from collections.abc import Callable

_SECRET_RE = re.compile(r"(password=|://[^:/@\s]+:)[^\s@]+")


#: Libraries that log every request at INFO with its whole URL (httpx: ``HTTP Request: POST
#: https://hooks.example/…?token=… "HTTP/1.1 200 OK"``): a webhook URL's token would be in
#: one line per delivery. Only their warnings are written, whatever the level.
QUIET_LIBRARIES = ("httpx", "httpcore")


def configure(level: str = "INFO") -> None:
    """Configure the root logger once, for a process entry point."""
    logging.basicConfig(
        level=level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.WARNING)


def redact(text: str) -> str:
    """Hide passwords in DSNs and conninfo strings before they reach a log."""
    return _SECRET_RE.sub(lambda m: m.group(1) + "***", text)


def log_event(logger: logging.Logger, event: str, level: int = logging.INFO, **fields: object) -> None:
    """Log ``event`` with ``key=value`` fields (values redacted of secrets)."""
    if not logger.isEnabledFor(level):
        return
    parts = [event, *(f"{k}={redact(str(v))}" for k, v in fields.items())]
    logger.log(level, " ".join(parts))


class UpDown:
    """Remembers whether a dependency is up, logging only the changes."""

    def __init__(self, logger: logging.Logger, name: str) -> None:
        self._logger = logger
        self._name = name
        self._up = True

    @property
    def up(self) -> bool:
        """Whether the dependency was last seen working."""
        return self._up

    def down(self, reason: object) -> None:
        """Record a failure; logs a warning only on the first one after being up."""
        if self._up:
            self._up = False
            log_event(self._logger, f"{self._name}_unavailable", logging.WARNING, reason=reason)

    def ok(self) -> None:
        """Record a success; logs only when coming back from down."""
        if not self._up:
            self._up = True
            log_event(self._logger, f"{self._name}_available", logging.WARNING)


class Sparse:
    """Logs an event at most once every ``every_s`` seconds, counting the rest.

    For events a client can cause at will (a malformed body on every request):
    the first one is logged at once; later ones within ``every_s`` of the last
    line are only counted, and the next line says ``count=`` how many happened
    since the line before it (itself included). ``clock`` is monotonic seconds
    (tests pass their own).
    """

    def __init__(self, logger: logging.Logger, event: str, *, every_s: float = 60.0,
                 level: int = logging.WARNING,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._logger = logger
        self._event = event
        self._every_s = every_s
        self._level = level
        self._clock = clock
        self._last: float | None = None
        self._count = 0

    def hit(self, **fields: object) -> bool:
        """Count one occurrence; log it (with the count) if the interval has passed.
        Returns whether a line was written."""
        self._count += 1
        now = self._clock()
        if self._last is not None and now - self._last < self._every_s:
            return False
        self._last = now
        count, self._count = self._count, 0
        log_event(self._logger, self._event, self._level, count=count, **fields)
        return True
