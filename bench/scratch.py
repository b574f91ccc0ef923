"""What the benchmarks share: a throw-away database, rounds and their summary, a percentile."""

from __future__ import annotations

import statistics
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg

from common.db import connect
from common.migrate import migrate
from common.settings import Settings


@contextmanager
def throwaway_database(settings: Settings, prefix: str) -> Iterator[str]:
    """The name of a fresh, migrated database on ``settings``' server, dropped on leaving
    (an autovacuum worker still on it, which the project's role may not end, is waited for)."""
    dbname = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{dbname}"'.encode())
    try:
        with connect(settings, dbname=dbname, autocommit=True) as conn:
            migrate(conn)
        yield dbname
    finally:
        with connect(settings, dbname="postgres", autocommit=True) as admin:
            for attempt in range(60):
                try:
                    admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'.encode())
                    break
                except psycopg.errors.InsufficientPrivilege:
                    if attempt == 59:
                        raise
                    time.sleep(1.0)


def rounds(n: int, one_run: Callable[[], dict[str, float]]) -> None:
    """Run ``one_run`` ``n`` times, printing each round's figures, then min / median of each."""
    runs = []
    for r in range(n):
        got = one_run()
        runs.append(got)
        print(f"round {r}:", {k: round(v, 3) for k, v in got.items()}, flush=True)
    print(f"min/median of {len(runs)}: " + ", ".join(
        f"{k} {min(x[k] for x in runs):.3f}/{statistics.median(x[k] for x in runs):.3f}" for k in runs[0]))


def percentile(values: list[float], p: float) -> float:
    """The value at fraction ``p`` of ``values`` sorted (nearest rank below; ``p`` = 1.0: the maximum)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p * len(ordered)))]
