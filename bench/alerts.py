"""Benchmark: rule evaluation over committed readings with 1,000 rules.

Run (against the test instance's server; a throw-away database is created and dropped)::

    SOC_DB__PORT=15433 .venv/bin/python -m bench.alerts [--rate 15000] [--seconds 20]

Two parts, each ours against a naive baseline in the same run:

1. **Pure evaluation** (no database): readings/s through :class:`alerts.evaluate.Evaluator`
   with its (sensor, metric) → rules routing, against a naive evaluator that checks
   every one of the 1,000 rules for every reading (what "loop over the rules" gives).
2. **End to end**: a separate writer process commits readings at ``--rate`` per second
   the way ingest does (COPY, one transaction per 100 ms batch, received_at = now()),
   while :class:`alerts.service.AlertsService` steps in a loop (horizon, read, evaluate,
   write alerts + audit + state + watermark, commit). Some readings cross a water level
   on purpose; for each alert raised we take the wall time from the COMMIT of the
   batch holding the triggering reading to the COMMIT of the step that stored the
   alert (p50/p99/max). The same is run with the naive evaluator for a shorter time.

Registry: 1,000 water-level stations, 500 rain gauges, 500 VDs on 100 corridors
(3,000 series). Rules: 500 water-level thresholds (registry levels), 250 rate-of-change,
150 CWA rainfall thresholds, 100 corridor congestion combinations.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import statistics
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from alerts.evaluate import Evaluator, Reading, SensorInfo
from alerts.rules import Rule, RuleSet, parse_rules
from alerts.service import AlertsService, tune_gc
from common.db import connect
from common.migrate import migrate
from common.settings import load_settings

N_WATER, N_RAIN, N_CORRIDORS, VD_PER_CORRIDOR = 1000, 500, 100, 5
LEVELS = {"1": 11.0, "2": 10.5, "3": 10.0}


def sensors() -> list[SensorInfo]:
    out = [
        SensorInfo(
            f"W{i:04d}",
            "water_level",
            "disaster",
            f"W{i}",
            120.6 + i * 1e-4,
            24.1,
            expected_interval_s=60,
            alert_levels_m=LEVELS,
        )
        for i in range(N_WATER)
    ]
    out += [
        SensorInfo(f"R{i:03d}", "rain", "disaster", f"R{i}", 120.7, 24.2 + i * 1e-4, expected_interval_s=600)
        for i in range(N_RAIN)
    ]
    out += [
        SensorInfo(
            f"V{c:03d}-{k}", "vd", "traffic", f"V{c}-{k}", 120.65, 24.15, corridor=f"C{c:03d}", expected_interval_s=60
        )
        for c in range(N_CORRIDORS)
        for k in range(VD_PER_CORRIDOR)
    ]
    return out


def rules_yaml() -> str:
    lines = ["version: 1", "defaults: {escalate_after_s: 86400, auto_resolve_after_s: 86400}", "rules:"]
    for i in range(500):
        ids = f"W{2 * i:04d}, W{2 * i + 1:04d}"
        lines.append(
            f"  - {{id: wl-{i}, kind: threshold, title: wl, agency: disaster, category: Met,"
            f" select: {{sensor_ids: [{ids}]}}, hysteresis: 0.05, levels: ["
            '{label: "3", severity: Minor, any: {water_level_m: {registry: "3"}}},'
            ' {label: "2", severity: Moderate, any: {water_level_m: {registry: "2"}}},'
            ' {label: "1", severity: Severe, any: {water_level_m: {registry: "1"}}}]}'
        )
    for j in range(250):
        ids = ", ".join(f"W{4 * j + k:04d}" for k in range(4))
        lines.append(
            f"  - {{id: rise-{j}, kind: rate_of_change, title: rise, agency: disaster,"
            f" select: {{sensor_ids: [{ids}]}}, metric: water_level_m, rise: 0.5, window_s: 600}}"
        )
    for k in range(150):
        ids = ", ".join(f"R{(k * 10 + m) % N_RAIN:03d}" for m in range(4))
        lines.append(
            f"  - {{id: rain-{k}, kind: threshold, title: rain, agency: disaster, category: Met,"
            f" select: {{sensor_ids: [{ids}]}}, hysteresis: 5, levels: ["
            "{label: 大雨, severity: Moderate, any: {rain_24h: 80, rain_1h: 40}},"
            " {label: 豪雨, severity: Severe, any: {rain_24h: 200, rain_3h: 100}}]}"
        )
    for c in range(N_CORRIDORS):
        lines.append(
            f"  - {{id: jam-{c}, kind: combination, title: jam, agency: traffic,"
            f" category: Transport, select: {{corridor: C{c:03d}}}, group_by: corridor,"
            " for_s: 180, condition: {all: [{metric: speed_kmh, below: 20},"
            " {metric: occupancy_pct, above: 60}]}}"
        )
    return "\n".join(lines) + "\n"


class _ScanRoutes:
    """The routing table's ``get`` answered by checking every rule."""

    def __init__(self, ev: Evaluator) -> None:
        self.ev = ev

    def get(self, key: tuple[str, str], default: tuple[Rule, ...] = ()) -> tuple[Rule, ...]:
        s = self.ev.sensors.get(key[0])
        return self.ev._scan_rules(s, key[1]) if s is not None else default


class NaiveEvaluator(Evaluator):
    """Baseline: every reading is checked against every rule (no routing table)."""

    def __init__(self, rules: RuleSet, sensors: list[SensorInfo]) -> None:
        super().__init__(rules, sensors)
        self._route = _ScanRoutes(self)  # type: ignore[assignment]

    def _rules_for(self, s: SensorInfo, metric: str) -> tuple[Rule, ...]:
        return self._scan_rules(s, metric)


SERIES: list[tuple[str, str]] = (
    [(f"W{i:04d}", "water_level_m") for i in range(N_WATER)]
    + [(f"R{i:03d}", m) for i in range(N_RAIN) for m in ("rain_1h", "rain_24h")]
    + [
        (f"V{c:03d}-{k}", m)
        for c in range(N_CORRIDORS)
        for k in range(VD_PER_CORRIDOR)
        for m in ("speed_kmh", "occupancy_pct")
    ]
)
NORMAL = {"water_level_m": 5.0, "rain_1h": 2.0, "rain_24h": 10.0, "speed_kmh": 50.0, "occupancy_pct": 20.0}


def normal_value(metric: str, rng: random.Random) -> float:
    return NORMAL[metric] + rng.uniform(-0.2, 0.2)


# -- part 1: pure ---------------------------------------------------------------------


def pure(rules: RuleSet, n: int) -> dict[str, float]:
    rng = random.Random(1)
    t0 = datetime(2016, 6, 2, tzinfo=UTC)
    stream = [
        Reading(s, m, t0 + timedelta(microseconds=i), normal_value(m, rng))
        for i, (s, m) in enumerate(SERIES[i % len(SERIES)] for i in range(n + len(SERIES)))
    ]
    warm, timed = stream[: len(SERIES)], stream[len(SERIES) :]
    out = {}
    for name, cls in (("ours", Evaluator), ("naive", NaiveEvaluator)):
        ev = cls(rules, sensors())
        for r in warm:  # every series once, so both start from the same state
            ev.feed(r, r.time)
        k = n if name == "ours" else max(n // 20, 1000)
        began = time.perf_counter()
        for r in timed[:k]:
            ev.feed(r, r.time)
        out[name] = k / (time.perf_counter() - began)
    return out


def batch_cpu(rules: RuleSet, batches: int) -> float:
    """Process CPU per reading of ``alerts.service.evaluate_batch`` over 100 ms batches of the
    end-to-end stream (1,500 readings, two crossing a water level), no database."""
    try:
        from alerts.service import evaluate_batch
    except ImportError:  # the shell before one-observation grouping (to measure it in the same window)

        def evaluate_batch(ev: Evaluator, readings: Any, events: Any, now: datetime) -> list[Any]:  # type: ignore[misc]
            out: list[Any] = []
            for r in sorted(readings, key=lambda x: x.time):
                out.extend(ev.feed(r, now))
            return out + ev.tick(now)

    ev = Evaluator(rules, sensors())
    rng = random.Random(2)
    t0 = datetime.now(UTC)
    ev.start(t0)
    idx, stream = 0, []
    for b in range(batches):
        now = t0 + timedelta(milliseconds=100 * b)
        rows = []
        for k in range(1500):
            s, m = SERIES[idx % len(SERIES)]
            idx += 1
            v = 10.6 if m == "water_level_m" and k < 2 else normal_value(m, rng)
            rows.append(Reading(s, m, now + timedelta(microseconds=k), v))
        stream.append((now, rows))
    cpu = time.process_time()
    for now, rows in stream:
        evaluate_batch(ev, rows, [], now + timedelta(milliseconds=50))
    return (time.process_time() - cpu) / (batches * 1500) * 1e6


# -- part 2: end to end ---------------------------------------------------------------


def writer(conninfo: str, rate: int, seconds: float, q: Any) -> None:
    """Commit ``rate`` readings/s in 100 ms batches; report trigger commits and own CPU."""
    rng = random.Random(2)
    triggers: list[tuple[str, str, float]] = []
    per_batch = rate // 10
    idx = 0
    per_trigger_batch = 2  # water levels crossing level 2 per batch: 20 alerts/s
    triggered: set[str] = set()
    cpu0 = time.process_time()
    sent = 0
    with psycopg.connect(conninfo) as conn:
        start = time.time()
        batch_no = 0
        while time.time() - start < seconds:
            due = start + batch_no * 0.1
            if (pause := due - time.time()) > 0:
                time.sleep(pause)
            now = datetime.now(UTC)
            rows = []
            for k in range(per_batch):
                s, m = SERIES[idx % len(SERIES)]
                idx += 1
                rows.append((now + timedelta(microseconds=k), s, m, normal_value(m, rng)))
            batch_triggers: list[tuple[str, str]] = []
            for n, (t, s, m, _) in enumerate(rows):
                if len(batch_triggers) >= per_trigger_batch:
                    break
                if m == "water_level_m" and s not in triggered:
                    triggered.add(s)
                    rows[n] = (t, s, m, 10.6)  # crosses level 2 of LEVELS
                    batch_triggers.append((s, t.isoformat()))
            with conn.cursor() as cur, cur.copy("COPY readings (time, sensor_id, metric, value) FROM STDIN") as cp:
                for row in rows:
                    cp.write_row(row)
            conn.commit()
            committed = time.time()
            triggers += [(s, t, committed) for s, t in batch_triggers]
            sent += len(rows)
            batch_no += 1
    q.put({"triggers": triggers, "sent": sent, "cpu_s": time.process_time() - cpu0, "wall_s": time.time() - start})


def end_to_end(conninfo: str, rules: RuleSet, rate: int, seconds: float, naive: bool) -> dict[str, Any]:
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    with psycopg.connect(conninfo) as conn:
        # the naive run cannot keep up: bound its steps so the run ends on time
        svc = AlertsService(
            conn, rules, consumer=f"bench-{uuid.uuid4().hex[:6]}", batch_max=5_000 if naive else 100_000
        )
        svc.start(datetime.now(UTC))
        if naive:
            ev = NaiveEvaluator(rules, sensors())
            ev.start(datetime.now(UTC))
            svc.evaluator = ev
        tune_gc()  # as run_alerts does after start-up
        raised_at_commit: dict[tuple[str, str], float] = {}
        row = conn.execute("SELECT coalesce(max(alert_id), 0) FROM alerts").fetchone()
        last_id = row[0] if row else 0
        conn.commit()
        proc = ctx.Process(target=writer, args=(conninfo, rate, seconds, q))
        cpu0 = time.process_time()
        proc.start()
        processed = 0
        stop_at = time.time() + seconds + (30 if not naive else 10)
        done_writing = False
        result: dict[str, Any] = {}
        lag_end = 0.0
        step_s: list[tuple[float, int]] = []
        while time.time() < stop_at:
            began = time.time()
            res = svc.step(datetime.now(UTC))
            committed = time.time()
            step_s.append((committed - began, res.readings))
            processed += res.readings
            if res.raised:
                rows = conn.execute(
                    "SELECT alert_id, source_id, raised_at FROM alerts WHERE alert_id > %s AND state <> 'closed'",
                    (last_id,),
                ).fetchall()
                conn.commit()
                for aid, src, raised_at in rows:
                    last_id = max(last_id, aid)
                    raised_at_commit.setdefault((src, raised_at.astimezone(UTC).isoformat()), committed)
            if not done_writing and not proc.is_alive():
                result = q.get()
                done_writing = True
            if done_writing and processed >= result["sent"]:
                lag_end = time.time()
                break
            if res.readings == 0:
                time.sleep(0.01)
        if not done_writing:
            result = q.get()
        proc.join()
        cpu = time.process_time() - cpu0
        svc.stop()
    lat = []
    missing = 0
    for s, t, c in result["triggers"]:
        key = (s, datetime.fromisoformat(t).astimezone(UTC).isoformat())
        got = raised_at_commit.get(key)
        if got is None:
            missing += 1
        else:
            lat.append((got - c) * 1000)
    lat.sort()
    return {
        "sent": result["sent"],
        "processed": processed,
        "writer_cpu_s": result["cpu_s"],
        "offered_per_s": result["sent"] / result["wall_s"],
        "service_cpu_s": cpu,
        "cpu_us_per_reading": cpu / max(processed, 1) * 1e6,
        "alerts_measured": len(lat),
        "alerts_missing": missing,
        "p50_ms": statistics.median(lat) if lat else float("nan"),
        "p99_ms": lat[min(len(lat) - 1, int(len(lat) * 0.99))] if lat else float("nan"),
        "max_ms": lat[-1] if lat else float("nan"),
        "drained": bool(lag_end),
        "steps": len(step_s),
        "step_max_ms": max(d for d, _ in step_s) * 1000 if step_s else 0.0,
        "rows_max": max(n for _, n in step_s) if step_s else 0,
        "slowest": sorted(((round(d * 1000), n, i) for i, (d, n) in enumerate(step_s)), reverse=True)[:5],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rate", type=int, default=15_000)
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument("--naive-seconds", type=float, default=5.0)
    p.add_argument("--skip-naive", action="store_true")
    p.add_argument("--pure-readings", type=int, default=200_000)
    p.add_argument("--env-file", default=".env")
    p.add_argument("--batch-only", type=int, metavar="BATCHES",
                   help="only time evaluate_batch (process CPU per reading) over this many batches")
    args = p.parse_args(argv)
    if args.batch_only:
        print(f"evaluate_batch: {batch_cpu(parse_rules(rules_yaml()), args.batch_only):.2f} us/reading")
        return 0
    os.environ.setdefault("SOC_DB__PORT", "15433")
    settings = load_settings(args.env_file)
    rules = parse_rules(rules_yaml())
    print(f"cores: {os.cpu_count()}  rules: {len(rules.rules)}  series: {len(SERIES)}")

    pr = pure(rules, args.pure_readings)
    print(
        f"pure evaluation: ours {pr['ours']:,.0f} readings/s, naive {pr['naive']:,.0f} readings/s,"
        f" ratio {pr['ours'] / pr['naive']:.1f}x"
    )

    dbname = f"bench_alerts_{uuid.uuid4().hex[:8]}"
    with connect(settings, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{dbname}"'.encode())
    try:
        with connect(settings, dbname=dbname, autocommit=True) as conn:
            migrate(conn)
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO sensors (sensor_id, agency, kind, name, geom, expected_interval,"
                    " metadata) VALUES (%s, %s, %s, %s, ST_SetSRID(ST_MakePoint(%s, %s), 4326),"
                    " make_interval(secs => %s), %s::jsonb)",
                    [
                        (
                            s.sensor_id,
                            s.agency,
                            s.kind,
                            s.name,
                            s.lon,
                            s.lat,
                            s.expected_interval_s,
                            '{"alert_levels_m": {"1": 11.0, "2": 10.5, "3": 10.0}}'
                            if s.kind == "water_level"
                            else (json.dumps({"corridor": s.corridor}) if s.corridor else "{}"),
                        )
                        for s in sensors()
                    ],
                )
        conninfo = settings.db.conninfo(dbname)
        runs = [("ours", False, args.seconds), ("naive", True, args.naive_seconds)]
        for name, naive, secs in runs[: 1 if args.skip_naive else 2]:
            with psycopg.connect(conninfo, autocommit=True) as c:  # each run starts empty
                c.execute("TRUNCATE readings")
                c.execute(
                    "TRUNCATE alerts, alert_transitions, alert_outbox, alert_cap_messages,"
                    " alert_condition_state, alert_watermarks"
                )
            r = end_to_end(conninfo, rules, args.rate, secs, naive)
            print(
                f"end to end [{name}]: offered {r['offered_per_s']:,.0f} readings/s for {secs:g} s,"
                f" processed {r['processed']:,}/{r['sent']:,} (drained: {r['drained']}),"
                f" service CPU {r['cpu_us_per_reading']:.1f} us/reading,"
                f" writer CPU {r['writer_cpu_s']:.1f} s;"
                f" commit->alert p50 {r['p50_ms']:.0f} ms p99 {r['p99_ms']:.0f} ms"
                f" max {r['max_ms']:.0f} ms over {r['alerts_measured']} alerts"
                f" ({r['alerts_missing']} not raised in time);"
                f" {r['steps']} steps, longest {r['step_max_ms']:.0f} ms,"
                f" largest {r['rows_max']:,} readings; slowest (ms, rows, step#) {r['slowest']}"
            )
    finally:
        with connect(settings, dbname="postgres", autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)'.encode())
    return 0


if __name__ == "__main__":
    sys.exit(main())
