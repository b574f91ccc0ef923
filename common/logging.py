"""Structured, sparse logging named by event.

``log_event(logger, "incident_opened", incident_id=42)`` writes one line
``incident_opened incident_id=42``. Nothing per message at INFO: services keep
counters instead. :class:`UpDown` logs a dependency going away once and coming
back once, however many retries happen in between.
"""

from __future__ import annotations

import logging
import re
import sys

_SECRET_RE = re.compile(r"(password=|://[^:/@\s]+:)[^\s@]+")


def configure(level: str = "INFO") -> None:
    """Configure the root logger once, for a process entry point."""
    logging.basicConfig(
        level=level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )


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
