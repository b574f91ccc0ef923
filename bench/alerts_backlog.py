"""Benchmark: the alerts evaluator's start-up and steps over a large backlog, the longest stretch without a beat.

Run (against a server of yours; a throw-away database is created and dropped)::

    flock /tmp/soc-bench.lock env SOC_DB__PORT=<port> .venv/bin/python -m bench.alerts_backlog \\
        [--stations 1000] [--evaluated-min 60] [--backlog-min 60] [--rounds 2]

``--stations`` water-level stations (an expected interval of 10 s) report every 10 s, the
water rising through their levels; the first ``--evaluated-min`` minutes of readings are
already evaluated (received before the stored watermark: the start-up primes them), the
next ``--backlog-min`` minutes wait (one transaction per 10 s of readings, 1,000 readings
with 1,000 stations), as after an outage. In each round the evaluator's state is reset and
:class:`alerts.service.EvaluatorWorker` runs as ``soc alerts run`` runs it: its ``open`` unit
by unit, then steps until the backlog is evaluated. The runner beats between units and
between steps, so the longest unit or step is the longest stretch without a beat (the
stretch after the last unit of ``open`` counts as a unit).

Run from another checkout's root (``cd <worktree> && PYTHONPATH=<worktree> .venv/bin/python
<this file>``) it measures that checkout's evaluator the same way (one whose worker has no
``unit_s``: units cut by counts of ``SOC_ALERTS__BATCH_MAX``).
"""

from __future__ import annotations

import argparse
import io
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

from alerts.rules import load_rules_file
from alerts.service import EvaluatorWorker
from bench.scratch import rounds, throwaway_database
from common.db import connect
from common.settings import Settings, load_settings

EVERY_S = 10
RESET = """
TRUNCATE alerts, alert_transitions, alert_condition_state, alert_outbox, alert_cap_messages, alert_progress;
DELETE FROM alert_watermarks;
"""
SQL_WATERMARK = """
INSERT INTO alert_watermarks (consumer, readings_wm, events_wm, observed_through) VALUES ('alerts', %s, %s, %s)
"""


def fill(conn: Any, stations: int, evaluated_min: int, backlog_min: int) -> tuple[datetime, datetime]:
    """The stations and their readings; returns the watermark and the observation clock to reset to."""
    sids = [f"WL-{k:05d}" for k in range(stations)]
    with conn.cursor() as cur:
        cur.executemany(
            "INSERT INTO sensors (sensor_id, agency, kind, name, geom, expected_interval, metadata)"
            " VALUES (%s, 'disaster', 'water_level', %s, ST_SetSRID(ST_MakePoint(120.64, 24.17), 4326),"
            " interval '10 seconds', %s::jsonb)",
            [(s, s, json.dumps({"alert_levels_m": {"1": 11.0, "2": 10.5, "3": 10.0}})) for s in sids])
    now = datetime.now(UTC).replace(microsecond=0)
    t0 = now - timedelta(minutes=evaluated_min + backlog_min)
    wm = now - timedelta(minutes=backlog_min) - timedelta(hours=2)

    def copy(lo: int, hi: int, received: datetime) -> None:
        buf = io.StringIO()
        for i in range(lo, hi, EVERY_S):
            t = (t0 + timedelta(seconds=i)).isoformat()
            for k, s in enumerate(sids):
                buf.write(f"{t}\t{s}\twater_level_m\t{9.0 + 0.0001 * i + 0.001 * k}\t{received.isoformat()}\n")
        with conn.cursor().copy("COPY readings (time, sensor_id, metric, value, received_at) FROM STDIN") as cp:
            cp.write(buf.getvalue())

    for m in range(evaluated_min):
        copy(m * 60, m * 60 + 60, wm - timedelta(seconds=1))
    for b in range(evaluated_min * 60 // EVERY_S, (evaluated_min + backlog_min) * 60 // EVERY_S):
        copy(b * EVERY_S, (b + 1) * EVERY_S, wm + timedelta(milliseconds=b))
    conn.execute("VACUUM ANALYZE readings")
    return wm, t0 + timedelta(minutes=evaluated_min)


def timed(units: Iterator[object]) -> list[float]:
    """The time of each unit of an iteration (the stretch after the last yield included)."""
    times: list[float] = []
    last = time.perf_counter()
    for _ in units:
        now = time.perf_counter()
        times.append(now - last)
        last = now
    times.append(time.perf_counter() - last)
    return times


def one_run(settings: Settings, dbname: str, wm: datetime, observed: datetime) -> dict[str, float]:
    """Reset the evaluator's state, then open and step until the backlog is evaluated."""
    with connect(settings, dbname=dbname, autocommit=True) as conn:
        conn.execute(RESET)
        conn.execute(SQL_WATERMARK, (wm, wm, observed))
    rules = load_rules_file(settings.alerts.rules_file)
    worker = EvaluatorWorker(rules, (), settings.alerts.batch_max)
    if hasattr(worker, "unit_s"):
        worker.unit_s = settings.health.unit_s
    with connect(settings, dbname=dbname) as conn:
        t0 = time.perf_counter()
        opening = timed(iter(worker.open(conn, datetime.now(UTC))))
        t1 = time.perf_counter()
        steps: list[float] = []
        while True:
            began = time.perf_counter()
            busy = worker.step(conn, datetime.now(UTC))
            steps.append(time.perf_counter() - began)
            if not busy:
                break
        t2 = time.perf_counter()
        worker.close(conn)
    return {"open_s": t1 - t0, "open_units": len(opening), "open_longest_s": max(opening),
            "steps_s": t2 - t1, "steps": len(steps), "step_longest_s": max(steps),
            "longest_s": max(*opening, *steps)}


def main() -> None:
    """``python -m bench.alerts_backlog``: see the module docstring."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--stations", type=int, default=1_000)
    parser.add_argument("--evaluated-min", type=int, default=60, help="minutes of readings already evaluated")
    parser.add_argument("--backlog-min", type=int, default=60, help="minutes of readings waiting")
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    settings = load_settings()
    with throwaway_database(settings, "bench_alerts") as dbname:
        with connect(settings, dbname=dbname, autocommit=True) as conn:
            t = time.perf_counter()
            wm, observed = fill(conn, args.stations, args.evaluated_min, args.backlog_min)
            row = conn.execute("SELECT count(*) FILTER (WHERE received_at < %s), count(*) FROM readings",
                               (wm,)).fetchone()
            assert row is not None
            print(f"filled {row[1]} readings ({row[0]} evaluated, {row[1] - row[0]} waiting) "
                  f"in {time.perf_counter() - t:.1f} s; unit {settings.health.unit_s} s, "
                  f"batch_max {settings.alerts.batch_max}", flush=True)
        rounds(args.rounds, lambda: one_run(settings, dbname, wm, observed))


if __name__ == "__main__":
    main()
