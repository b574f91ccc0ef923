"""Benchmark: the wall feed's database read (every topic in one snapshot), per poll.

Run (own instance; the benchmark creates and drops its database ``bench_wall_feed_<pid>``)::

    flock /tmp/soc-bench.lock env SOC_DB__PORT=<port> .venv/bin/python -m bench.wall_feed

What is measured: :meth:`web.wall.feed.WallFeed._read` as the poll calls it,
inside its read-only REPEATABLE READ transaction, over a database with the
project's geo layers (zones, roads, sensor registry) and generated content: 500
open alerts (the ticker's cap) at sensors, 150 open incidents with two
assignments each, 12 hours of 10-minute readings of every rain gauge and
water-level station (rollups refreshed), a camera event per camera, counters
per sensor and a few dead letters. Two reads: the *fast* poll (alerts,
incidents, mode, health: every 0.5 s) and the *full* poll (every topic, sensor
states and ingest health included). Process wall time per read, p50 / p99 over
``--polls`` reads after a warm-up, and the p50 of the process's CPU time per
read (``cpu_p50_ms``: the Python side alone, less disturbed by the other
processes of a shared machine than the wall time). To compare code versions, run the same
command with ``PYTHONPATH`` set to the other checkout in the same window: the
module uses only ``WallFeed`` and its sources, which both sides have.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from psycopg_pool import ConnectionPool

ROOT = Path(__file__).resolve().parents[1]

SQL_ALERTS = """
INSERT INTO alerts (rule_id, source_id, state, severity, category, agency, title, geom, raised_at,
                    updated_at, label, value, last_triggered_at, escalate_after_s, auto_resolve_after_s)
SELECT 'bench_rule_' || g, s.sensor_id, (ARRAY['raised','acknowledged','escalated','shelved'])[1 + g %% 4],
       (ARRAY['Minor','Moderate','Severe','Extreme'])[1 + g %% 4], 'Met', 'disaster', 'bench alert ' || g,
       s.geom, %(now)s - g * interval '1 minute', %(now)s, '', g, %(now)s, 600, 1800
FROM (SELECT sensor_id, geom, row_number() OVER (ORDER BY sensor_id) AS r FROM sensors) s
JOIN generate_series(0, 499) g ON s.r = 1 + g %% (SELECT count(*) FROM sensors)
ON CONFLICT DO NOTHING
"""
SQL_INCIDENTS = """
INSERT INTO ops_incidents (incident_id, type, state, severity, priority, agencies, member_count,
                           first_evidence_at, last_evidence_at, opened_at, updated_at, centroid, zone,
                           sub_area)
SELECT 'inc-bench-' || g, 'flood', CASE WHEN g %% 3 = 0 THEN 'quiet' ELSE 'open' END, 'Severe', g %% 5,
       ARRAY['water','traffic'], 3, %(now)s - interval '1 hour', %(now)s, %(now)s - interval '1 hour',
       %(now)s, ST_SetSRID(ST_MakePoint(120.64 + (g %% 30) * 0.001, 24.17 + (g / 30) * 0.001), 4326),
       'shuinan', NULL
FROM generate_series(0, 149) g
"""
SQL_ASSIGNMENTS = """
INSERT INTO ops_assignments (incident_id, agency, state, ack_policy, assigned_at, state_since, deadline)
SELECT i.incident_id, a.agency, 'assigned', 'all', %(now)s, %(now)s, %(now)s + interval '20 minutes'
FROM ops_incidents i CROSS JOIN (VALUES ('water'), ('traffic')) a(agency)
"""
SQL_READINGS = """
INSERT INTO readings (time, sensor_id, metric, value)
SELECT t, s.sensor_id, m.metric, 1 + random()
FROM sensors s
JOIN (VALUES ('rain', 'rain_1h'), ('rain', 'rain_24h'), ('water_level', 'water_level_m')) m(kind, metric)
  ON m.kind = s.kind
CROSS JOIN generate_series(%(now)s - interval '12 hours', %(now)s, interval '10 minutes') t
"""
SQL_CAMERA_EVENTS = """
INSERT INTO events (time, source_id, domain, feed, event_key, category, geom, payload)
SELECT %(now)s - interval '5 minutes', sensor_id, 'traffic', 'cctv', 'bench', 'congestion', geom,
       '{"confidence": 0.8}'::jsonb
FROM sensors WHERE kind = 'cctv'
"""
SQL_COUNTERS = """
INSERT INTO ingest_counters (domain, feed, source_id, received, stored, last_reading_time)
SELECT 'disaster', kind, sensor_id, 10, 10, %(now)s - interval '1 minute' FROM sensors
ON CONFLICT DO NOTHING
"""
SQL_QUARANTINE = """
INSERT INTO quarantine (topic, payload, reason) SELECT 'soc/v1/x', '\\x00', 'invalid_json'
FROM generate_series(1, 20)
"""


def _populate(conn: Any, now: datetime) -> dict[str, int]:
    from geo.loaders import DATA_DIR
    from geo.service import check_dataset, dataset_digest, store

    store(conn, check_dataset(DATA_DIR), prune=False, digest=dataset_digest(DATA_DIR), reason="bench")
    for statement in (SQL_ALERTS, SQL_INCIDENTS, SQL_ASSIGNMENTS, SQL_READINGS, SQL_CAMERA_EVENTS,
                      SQL_COUNTERS, SQL_QUARANTINE):
        conn.execute(statement, {"now": now})
    conn.commit()
    from common.db import detect_capabilities
    from common.maintenance import run_once

    run_once(conn, detect_capabilities(conn), now)
    conn.commit()
    counts = {}
    for table in ("sensors", "alerts", "ops_incidents", "ops_assignments", "readings", "events"):
        row = conn.execute(f"SELECT count(*) FROM {table}".encode()).fetchone()
        counts[table] = int(row[0]) if row else 0
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polls", type=int, default=200)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--label", default="")
    args = parser.parse_args(argv)

    from alerts.api import load_rules_file
    from bench.scratch import percentile, throwaway_database
    from common.db import connect
    from common.settings import load_settings
    from web.wall.broadcast import Broadcaster
    from web.wall.feed import WallFeed
    from web.wall.hub import WallHub

    settings = load_settings(ROOT / ".env")
    with throwaway_database(settings, "bench_wall_feed") as name, \
            ConnectionPool(settings.db.conninfo(name), min_size=1, max_size=1, open=False) as pool:
        now = datetime.now(UTC).replace(microsecond=0)
        with connect(settings, dbname=name) as conn:
            counts = _populate(conn, now - timedelta(seconds=30))
        rules = load_rules_file(ROOT / settings.alerts.rules_file)
        feed = WallFeed(settings, pool, Broadcaster(WallHub(epoch="bench")),
                        silence_factor=rules.silence_factor())
        sources = feed._sources
        fast = tuple(s for s in sources if s.every == 1)
        result: dict[str, Any] = {"label": args.label, "code": str(Path(sys.modules["web"].__file__ or "").parent),
                                  "counts": counts, "load": os.getloadavg()[0]}
        for kind, due, sensors in (("fast", fast, False), ("full", sources, True)):
            times: list[float] = []
            cpu: list[float] = []
            for i in range(args.warmup + args.polls):
                c0 = time.process_time()
                t0 = time.perf_counter()
                read = feed._read(cast(Any, due), sensors)
                elapsed = time.perf_counter() - t0
                if i >= args.warmup:
                    times.append(elapsed)
                    cpu.append(time.process_time() - c0)
            result[kind] = {"p50_ms": round(statistics.median(times) * 1000, 2),
                            "p99_ms": round(percentile(times, 0.99) * 1000, 2),
                            "cpu_p50_ms": round(statistics.median(cpu) * 1000, 2),
                            "items": sum(len(items) for _, items in read.topics)
                            + (len(read.sensors.items) if read.sensors else 0)}
        result["load_after"] = os.getloadavg()[0]
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
