"""How far the alerts evaluator has committed: a read model for the packages downstream.

The evaluator stores its watermarks over ``readings.received_at`` and
``events.received_at`` in the transaction that stores the alerts they produced
(:mod:`alerts.service`), and each step that read rows or wrote transitions
records a :class:`Step` (migration 0032): when it committed (its transaction's
start time, which is also the ``recorded_at`` of every alert transition it wrote)
and ``through``, before which every reading and event received had been
evaluated.

A consumer that correlates alerts with the rows they were computed from (the
ops center places a police report beside the flood alerts of the same moment)
reads those rows only up to :func:`evaluated_before` of its alerts bound, and
may order both by the step that covered them (:func:`covering_step`), so that
rows arrive in the same relative order whether they were committed one by one
or as a backlog after an outage.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from alerts import repo

#: The evaluator's consumer name (``soc alerts run``).
EVALUATOR = "alerts"


@dataclass(frozen=True, slots=True)
class Step:
    """One committed evaluator step: every row received before ``through`` was evaluated by then."""

    committed_at: datetime
    through: datetime


def evaluated_before(conn: psycopg.Connection[Any], before: datetime,
                     consumer: str = EVALUATOR) -> tuple[bool, datetime | None]:
    """``(runs, through)``: whether the evaluator ever ran on this database and, if so,
    how far it had evaluated as of its last step committed before ``before`` (None: no step yet).

    Every alert transition produced from rows received before ``through`` has
    ``recorded_at < before``.
    """
    row = conn.execute(repo.SQL_PROGRESS_BEFORE, {"consumer": consumer, "before": before}).fetchone()
    if row is None or not row[1]:
        return False, None
    return True, row[0]


def steps_between(conn: psycopg.Connection[Any], lo: datetime, hi: datetime,
                  consumer: str = EVALUATOR) -> list[Step]:
    """The steps committed in ``[lo, hi)``, oldest first."""
    rows = conn.execute(repo.SQL_PROGRESS_STEPS, {"consumer": consumer, "lo": lo, "hi": hi}).fetchall()
    return [Step(c, t) for c, t in rows]


def covering_step(steps: Sequence[Step], received_at: datetime) -> Step | None:
    """The first of ``steps`` (oldest first) that had evaluated a row received at ``received_at``."""
    i = bisect.bisect_right(steps, received_at, key=lambda s: s.through)
    return steps[i] if i < len(steps) else None
