"""Benchmark: maintenance over a rollup backlog, the longest stretch without a beat.

Run (against a server of yours; a throw-away database is created and dropped)::

    flock /tmp/soc-bench.lock env SOC_DB__PORT=<port> .venv/bin/python -m bench.maintenance_backlog \\
        [--stations 1000] [--minutes 120] [--rounds 2]

The readings of :func:`bench.alerts_backlog.fill` (``--stations`` stations every 10 s over
``--minutes``, one transaction per 10 s) wait as a backlog no rollup has seen, as after a
long outage of maintenance. In each round the rollups and their watermarks are reset and
:class:`common.maintenance.MaintenanceWorker` steps as ``soc db maintain --every S`` steps
it until its pass is done; the runner beats between steps, so the longest step is the
longest stretch without a beat. Run from another checkout's root (``PYTHONPATH=<checkout>``,
with this file and ``bench/scratch.py``) it measures that checkout's worker (one whose
worker has no ``unit_s``: the whole pass's rollups in one step).
"""

from __future__ import annotations

import argparse
import time
from datetime import UTC, datetime

from bench.alerts_backlog import fill
from bench.scratch import rounds, throwaway_database
from common.db import connect
from common.maintenance import MaintenanceWorker
from common.settings import Settings, load_settings

SQL_1M_IS_TABLE = "SELECT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'readings_1m' AND relkind = 'r')"
RESET = """
TRUNCATE readings_1h, readings_1d, readings_area_1h, readings_area_1d;
DELETE FROM soc_maintenance WHERE key IN ('readings_1m', 'readings_1h');
"""


def one_run(settings: Settings, dbname: str) -> dict[str, float]:
    """Reset the rollups, then step one pass of the worker; its steps' times."""
    with connect(settings, dbname=dbname, autocommit=True) as conn:
        if conn.execute(SQL_1M_IS_TABLE).fetchone() == (True,):  # the apache edition's rollup
            conn.execute("TRUNCATE readings_1m")
        conn.execute(RESET)
        try:
            worker = MaintenanceWorker(unit_s=settings.health.unit_s)
        except TypeError:  # a checkout whose worker takes no budget
            worker = MaintenanceWorker()
        worker.open(conn, datetime.now(UTC))
        steps: list[float] = []
        t0 = time.perf_counter()
        while True:
            began = time.perf_counter()
            busy = worker.step(conn, datetime.now(UTC))
            steps.append(time.perf_counter() - began)
            if not busy:
                break
        total = time.perf_counter() - t0
        row = conn.execute("SELECT count(*) FROM readings_1h").fetchone()
    return {"total_s": total, "steps": len(steps), "longest_s": max(steps), "hours": float(row[0] if row else 0)}


def main() -> None:
    """``python -m bench.maintenance_backlog``: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--stations", type=int, default=1_000)
    parser.add_argument("--minutes", type=int, default=120, help="minutes of readings waiting")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    settings = load_settings()
    with throwaway_database(settings, "bench_maint") as dbname:
        with connect(settings, dbname=dbname, autocommit=True) as conn:
            t = time.perf_counter()
            fill(conn, args.stations, 0, args.minutes)
            print(f"filled {args.stations * args.minutes * 6} readings in {time.perf_counter() - t:.1f} s; "
                  f"unit {settings.health.unit_s} s", flush=True)
        rounds(args.rounds, lambda: one_run(settings, dbname))


if __name__ == "__main__":
    main()
