"""When a supervisor's children were (re)started, read from its log, for the start-up grace.

The supervisor (``soc supervise``, ``soc demo``) judges a child's beats only once the child
has run for its start-up grace (``SOC_HEALTH__START_GRACE_S``, :mod:`common.supervise`). A
fault test that means the supervisor to judge every beat waits out that grace from the
child's start, not from when every child first beat: the start-up itself counts toward it.

:class:`ChildStarts` dates each ``child_started`` / ``child_restarted`` line of the log when
:meth:`ChildStarts.poll` first sees it. The supervisor starts a child's grace before it logs
the start, so a line is never dated before the grace began: a late poll only waits longer.
A child restarted meanwhile (a start-up longer than the grace on a loaded host) is dated
anew and gets a grace of its own.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

_START = re.compile(r"child_(?:started|restarted) name=(\w+)")


class ChildStarts:
    """The (monotonic) time each child of a supervisor was last seen (re)started in ``log``."""

    def __init__(self, log: Path) -> None:
        self.log = log
        self._counts: Counter[str] = Counter()
        self.at: dict[str, float] = {}

    def poll(self) -> dict[str, float]:
        """Read the log; date the (re)starts not seen before now."""
        now = time.monotonic()
        counts = Counter(_START.findall(self.log.read_text(errors="replace")))
        for name, n in counts.items():
            if n > self._counts[name]:
                self.at[name] = now
        self._counts = counts
        return self.at

    def past_grace(self, names: Iterable[str], grace_s: float) -> bool:
        """Whether each of ``names`` has been seen started and has run ``grace_s`` since."""
        at = self.poll()
        now = time.monotonic()
        return all(name in at and now - at[name] > grace_s for name in names)
