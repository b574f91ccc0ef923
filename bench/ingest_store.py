"""Benchmark: PostgreSQL CPU of the two ways ingest writes readings, side by side.

``Store`` COPYs a batch's readings straight into ``readings`` (the direct path)
and falls back to a staging table + ``INSERT ... ON CONFLICT`` when a key is
already there (the staged path, docs/mqtt.md). This runs the real ``Store`` on
one connection, alternating the two paths batch by batch on the same growing
table, and reports the backend's CPU (``/proc/<pid>/stat``) and the wall time
per message for each, so the ratio is measured in one run on the same machine
state. ``--with-index EXPR`` adds an index to ``readings`` first, to price one
(``"sensor_id, time DESC"`` is the one migration 0013 dropped).

    .venv/bin/python -m bench.ingest_store --batch 2000 --rounds 40
"""

from __future__ import annotations

import argparse
import json
import time
import uuid
from datetime import UTC, datetime, timedelta

from bench.ingest import N_SOURCES, ROOT, drop_database, proc_cpu_s
from common.db import connect
from common.migrate import migrate
from common.settings import Settings, load_settings
from ingest.parsing import limits_from, parse_or_reject
from ingest.store import Message, Store, prepare


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--batch", type=int, default=2000, help="messages per batch")
    ap.add_argument("--rounds", type=int, default=40, help="batches per path (the first two are warm-up)")
    ap.add_argument("--with-index", default="", help="what-if: CREATE INDEX ON readings (EXPR) first")
    args = ap.parse_args()

    base = load_settings(ROOT / ".env")
    dbname = f"bench_store_{uuid.uuid4().hex[:8]}"
    with connect(base, dbname="postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{dbname}"'.encode())
    s = base.model_copy(update={"db": base.db.model_copy(update={"name": dbname})})
    try:
        with connect(s, autocommit=True) as conn:
            migrate(conn)
            if args.with_index:
                conn.execute(f"CREATE INDEX ON readings ({args.with_index})".encode())
            conn.cursor().executemany(
                "INSERT INTO sensors (sensor_id, agency, kind, geom)"
                " VALUES (%s, 'disaster', 'flood', ST_SetSRID(ST_MakePoint(120.65, 24.18), 4326))",
                [(f"BF-{i}",) for i in range(N_SOURCES)],
            )
        result = run(s, args.batch, args.rounds)
        result["with_index"] = args.with_index or None
        print(json.dumps(result, indent=2))
    finally:
        drop_database(base, dbname)
    return 0


def run(s: Settings, batch: int, rounds: int) -> dict[str, object]:
    """Alternate direct and staged batches of new single-reading messages; CPU and wall per message."""
    t0 = datetime.now(UTC) - timedelta(hours=1)
    seq = 0
    spent: dict[str, list[tuple[float, float]]] = {"direct": [], "staged": []}
    with connect(s) as conn:
        store = Store(conn)
        registry, limits = store.load_registry(), limits_from(s)
        pid = conn.info.backend_pid
        now = datetime.now(UTC)
        for r in range(rounds):
            for mode in ("direct", "staged") if r % 2 else ("staged", "direct"):
                raw = []
                for _ in range(batch):
                    ts = (t0 + timedelta(milliseconds=seq)).isoformat()
                    raw.append((f"soc/v1/disaster/flood/BF-{seq % N_SOURCES}",
                                json.dumps({"ts": ts, "value": 12}).encode()))
                    seq += 1
                msgs = [Message(t, p, parse_or_reject(t, p, now, registry, limits)) for t, p in raw]
                prepared = prepare(msgs)
                store._staged_only = 10**9 if mode == "staged" else 0  # forcing a path
                c0, w0 = proc_cpu_s(pid), time.perf_counter()
                store.store_batch(msgs, prepared=prepared)
                spent[mode].append((proc_cpu_s(pid) - c0, time.perf_counter() - w0))
    out: dict[str, object] = {"batch": batch, "rounds": rounds, "rows": seq}
    cpu: dict[str, float] = {}
    for mode, xs in spent.items():
        n = (len(xs) - 2) * batch
        cpu[mode] = round(sum(c for c, _ in xs[2:]) / n * 1e6, 1)
        out[mode] = {"pg_cpu_us_per_msg": cpu[mode], "wall_us_per_msg": round(sum(w for _, w in xs[2:]) / n * 1e6, 1)}
    out["staged_over_direct_cpu"] = round(cpu["staged"] / cpu["direct"], 2)
    return out


if __name__ == "__main__":
    raise SystemExit(main())
