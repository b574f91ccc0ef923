"""Units of work cut by time, so a long task keeps its loop beating whatever its data's size.

A service beats from its main loop between units of work (:mod:`common.runner`), so
the longest stretch without a beat is the longest unit. A unit cut by a count (5,000
log entries, 5,000 rows) takes as long as its rows and the machine's load make it,
and a supervisor that kills a child after ``SOC_HEALTH__STALE_AFTER_S`` without a
beat kills one that is only slow; a unit cut by time takes about its budget
(``SOC_HEALTH__UNIT_S``) plus its one indivisible piece (a statement, one item).

* :class:`UnitTimer`: for work done piece by piece in memory (a replay, a loop over
  incidents): :meth:`UnitTimer.due` says the unit's time is spent, the caller yields to
  the loop and the next unit starts.
* :class:`BatchSize` (pure: time is an argument): for work sized before it starts (a
  bounded delete, the replay log's prune): the next batch's size from the
  time the last one took: small first, up while it is fast, down when it overran the budget.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


class UnitTimer:
    """Says when the current unit of work has used its ``budget_s``; :meth:`next` starts the next one.

    Cheap enough to ask after every piece (one monotonic clock read).
    """

    __slots__ = ("_budget_s", "_clock", "_ends", "units")

    def __init__(self, budget_s: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._budget_s = budget_s
        self._clock = clock
        self._ends = clock() + budget_s
        #: Units started since the first (calls of :meth:`next`): 0 while the work is one unit.
        self.units = 0

    def due(self) -> bool:
        """True once the current unit has taken its budget."""
        return self._clock() >= self._ends

    def next(self) -> None:
        """Start the next unit (after the caller yielded)."""
        self._ends = self._clock() + self._budget_s
        self.units += 1


@dataclass(slots=True)
class BatchSize:
    """The size of the next batch, kept to about ``budget_s`` per batch.

    Starts at ``least``: a first batch's cost is unknown (a backlog met right after a
    long replay, on a loaded machine) and it must not outlast a beat. A batch that took
    under half the budget doubles the next one (never above ``most``); one that took
    longer than the budget scales the next one down in proportion (never below
    ``least``: one batch must still make progress). So a backlog is taken in batches
    the loop can beat between, as large as the machine's load allows.
    """

    budget_s: float
    most: int
    least: int = 50
    size: int = field(init=False)

    def __post_init__(self) -> None:
        self.least = max(1, min(self.least, self.most))
        self.size = self.least

    def took(self, seconds: float, rows: int | None = None) -> int:
        """Record that a batch took ``seconds``; returns the next batch's size.

        ``rows``: how many rows that batch held, when fewer than :attr:`size` (a batch
        that found less work says nothing about a full one unless it overran).
        """
        held = self.size if rows is None else max(1, min(rows, self.size))
        if seconds > self.budget_s:
            self.size = max(self.least, min(self.size, int(held * self.budget_s / seconds)))
        elif seconds < self.budget_s / 2 and held >= self.size:
            self.size = min(self.most, self.size * 2)
        return self.size
