"""``common.logging.Sparse``: an event clients can cause at will, logged at most once
per interval with the count since the last line."""

from __future__ import annotations

import itertools
import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from common.logging import Sparse


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_a_burst_is_one_line_and_the_next_line_counts_what_was_held(
    caplog: pytest.LogCaptureFixture,
) -> None:
    clock = Clock()
    sparse = Sparse(logging.getLogger("t.sparse"), "body_unparseable", every_s=60.0, clock=clock)
    with caplog.at_level(logging.INFO, logger="t.sparse"):
        written = [sparse.hit(path="/api/auth/token") for _ in range(1000)]
        clock.now = 60.0
        sparse.hit(path="/api/auth/token")
    assert written.count(True) == 1
    assert [r.getMessage() for r in caplog.records] == [
        "body_unparseable count=1 path=/api/auth/token",
        "body_unparseable count=1000 path=/api/auth/token",
    ]
    assert all(r.levelno == logging.WARNING for r in caplog.records)


@given(gaps=st.lists(st.floats(min_value=0.0, max_value=1e6, allow_nan=False), max_size=300),
       every_s=st.floats(min_value=1e-3, max_value=1e4))
def test_lines_are_at_least_an_interval_apart_and_count_every_hit(
    gaps: list[float], every_s: float
) -> None:
    clock = Clock()
    lines: list[tuple[float, int]] = []

    class Catch(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            count = int(record.getMessage().split("count=")[1].split()[0])
            lines.append((clock.now, count))

    logger = logging.getLogger("t.sparse.prop")
    logger.propagate = False
    handler = Catch()
    logger.addHandler(handler)
    try:
        sparse = Sparse(logger, "e", every_s=every_s, clock=clock)
        held = 0
        for gap in gaps:
            clock.now += gap
            held = 0 if sparse.hit() else held + 1
    finally:
        logger.removeHandler(handler)
    assert all(b[0] - a[0] >= every_s for a, b in itertools.pairwise(lines))
    assert sum(c for _, c in lines) + held == len(gaps)
    assert bool(lines) == bool(gaps)
