"""Where a consumer of committed rows ends its next batch: the one cut (pure).

A consumer reads ``[lo, hi)`` of a commit-ordered column (``received_at``,
``recorded_at``: ``now()`` of the writing transaction) below the committed
horizon, in batches of about ``n`` rows. Every row of one transaction has the
same value, so a batch ends at a value (exclusive) and holds whole
transactions. Three numbers from the database decide the end: the first value
in ``[lo, hi)``, the value at offset ``n`` and, only when those two are equal,
the next greater value. The guarantees (tests/unit/common/test_commit_window.py):

* a batch is never empty while ``[lo, hi)`` holds a row, so a consumer never
  steps without progress;
* it holds at most ``n`` rows, or exactly one transaction that alone has more;
* successive batches from ``lo`` to ``hi`` read every row exactly once.
"""

from __future__ import annotations

from datetime import datetime


def needs_following(first: datetime | None, nth: datetime | None) -> bool:
    """Whether the cut needs the value after ``nth``: the first ``n + 1`` rows share one value."""
    return first is not None and nth is not None and first >= nth


def batch_end(hi: datetime, first: datetime | None, nth: datetime | None,
              following: datetime | None = None) -> datetime:
    """The exclusive end of the next batch in ``[lo, hi)``.

    ``first`` and ``nth`` are the values at offsets 0 and ``n`` of the window in
    commit order (``None`` past its end); ``following`` is the smallest value
    above ``nth`` below ``hi``, asked for only when :func:`needs_following`.
    """
    if nth is None:
        return hi  # at most n rows: take the window
    if first is not None and first < nth:
        return nth  # the rows below nth: at most n, whole transactions
    # the first transaction alone holds more than n rows: take all of it
    return following if following is not None and following < hi else hi
