"""Benchmark: the console's read of every open incident past the wall feed's cap.

Run (own instance; the benchmark creates and drops its database ``bench_console_open_<pid>``)::

    flock /tmp/soc-bench.lock env SOC_DB__PORT=<port> .venv/bin/python -m bench.console_open_incidents

When the wall feed is full (its first ``INCIDENTS_MOST``, 300, open incidents), the console
reads every open incident from ``GET /api/incidents?open_only=true&limit=1000`` (pages of
1,000, again every 10 s while its filter or its list needs them). What is measured: that
route's work in process (``ops.list_incidents`` with the place names, the assignments,
``IncidentOut`` for each, the JSON body) over a database with the project's geo layers and
``--incidents`` open incidents (default 1,000) with two assignments each; and, in the same
run as its baseline, the same read of the first 300 (what the feed itself reads for them,
``web.wall.topics.load_incidents``). Wall time per read, p50 / p99 over ``--reads`` reads after a
warm-up, the p50 of the process's CPU time per read, and the body's size.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

SQL_INCIDENTS = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
                           first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, zone)
SELECT 'inc-bench-' || g, (ARRAY['flood','fire','traffic','crowd'])[1 + g %% 4], 'open', 'Moderate', 3000,
       ARRAY['disaster'], 2, %(now)s - g * interval '1 minute', %(now)s, %(now)s - g * interval '1 minute',
       %(now)s, ST_SetSRID(ST_MakePoint(120.63 + (g %% 40) * 0.0008, 24.165 + (g / 40) * 0.0008), 4326), 'shuinan'
FROM generate_series(0, %(n)s - 1) g
"""
SQL_ASSIGNMENTS = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since, deadline)
SELECT i.incident_id, a.agency, 'assigned', 'all', %(now)s, %(now)s, %(now)s + interval '20 minutes'
FROM ops_incidents i CROSS JOIN (VALUES ('water'), ('police')) a(agency)
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--reads", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=5)
    args = parser.parse_args(argv)

    from bench.scratch import percentile, throwaway_database
    from common.db import connect
    from common.settings import load_settings
    from geo.loaders import DATA_DIR
    from geo.service import check_dataset, dataset_digest, store
    from ops_center import api as ops
    from web.routes.incidents import _incidents
    from web.wall.topics import INCIDENTS_MOST

    settings = load_settings(ROOT / ".env")
    with throwaway_database(settings, "bench_console_open") as name:
        now = datetime.now(UTC).replace(microsecond=0)
        with connect(settings, dbname=name) as conn:
            store(conn, check_dataset(DATA_DIR), prune=False, digest=dataset_digest(DATA_DIR), reason="bench")
            conn.execute(SQL_INCIDENTS, {"now": now, "n": args.incidents})
            conn.execute(SQL_ASSIGNMENTS, {"now": now})
            conn.commit()
            conn.execute("ANALYZE")
        result: dict[str, Any] = {"incidents": args.incidents, "load": os.getloadavg()[0]}
        with connect(settings, dbname=name, autocommit=True) as conn:
            for label, limit in (("feed_cap_300", INCIDENTS_MOST), (f"all_{args.incidents}", 1000)):
                times: list[float] = []
                cpu: list[float] = []
                size = 0
                for i in range(args.warmup + args.reads):
                    c0, t0 = time.process_time(), time.perf_counter()
                    rows = ops.list_incidents(conn, states=list(ops.OPEN_INCIDENT_STATES), limit=limit)
                    body = json.dumps([o.model_dump(mode="json") for o in _incidents(conn, rows, None)])
                    if i >= args.warmup:
                        times.append(time.perf_counter() - t0)
                        cpu.append(time.process_time() - c0)
                    size = len(body)
                result[label] = {"p50_ms": round(statistics.median(times) * 1000, 1),
                                 "p99_ms": round(percentile(times, 0.99) * 1000, 1),
                                 "cpu_p50_ms": round(statistics.median(cpu) * 1000, 1), "rows": len(rows),
                                 "body_kb": round(size / 1024)}
        result["load_after"] = os.getloadavg()[0]
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
