"""A supervised evaluator over a large backlog keeps beating, and killed, comes back and finishes.

After a long outage the evaluator finds a backlog of readings waiting, and after a kill it
primes the readings of its look-back window before its first step. The supervisor (``soc
supervise alerts``, the policy of ``soc demo``) kills a child whose newest beat is older
than ``SOC_HEALTH__STALE_AFTER_S``; a unit of work (a step, a priming statement and what
it primes) longer than that is killed and restarted into the same work: a crash loop
exactly when the backlog is large. Units cut by a count of rows last as long as the rows
and the machine's load make them; here the count's ceiling (``SOC_ALERTS__BATCH_MAX``)
is far above what a unit's time allows on any machine, and the backlog is written with SQL.

The bound on the beats is tight and counted in the child's own CPU time
(:data:`BEAT_CPU_S`, :mod:`tests.cpu_beats`): between any two of its beats, each child
spent at most that much CPU, far less than the backlog costs. Wall time between beats
follows the host's load, its CPU time does not; so the supervisor's own limit (wall time,
:data:`STALE_AFTER_S`) is a hang's, and what a loop that does not beat while it works
through the backlog would break is the CPU bound.

Water rises at every station, 1 mm a second from 9 m (600,000 readings): the shipped rules raise one
water-level alert per station when its reading first reaches level 3 (10.0 m, at the
1,000th second) and one rate alert (0.6 m in the 600 s window). The evaluator is killed
with SIGKILL in the middle of the backlog, is restarted by the supervisor (once), primes
and gets through the rest without being judged stale; then every station has exactly
its two alerts, each raised once, the water-level one at the reading that reached 10.0 m.
The stations have no expected interval, so no decision depends on the wall clock
(silence) or on where the steps end.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
import pytest

from common.settings import Settings
from tests.cpu_beats import CpuSampler, SupervisedChild, beat_times, worst_gap
from tests.fix_db import scratch_database
from tests.fix_services import ROOT, stop_processes, subprocess_env
from tests.integration.ops_center.ops_helpers import wait_for
from tests.trace_sql import beat_trace, trace_table

#: A backlog twice over takes minutes on a loaded host: the test's own time follows the
#: load, only the beats' CPU bound must not.
pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(1800)]

STATIONS = 200
#: Seconds of readings per station, one a second.
SECONDS = 3_000
#: Seconds of one ingest transaction (all stations): 1,000 readings each.
TXN_S = 5
#: The most CPU time a child may spend between two of its beats: many of the worker's
#: units (:data:`UNIT_S`), far less than the backlog (about ten CPU seconds), and less than
#: one unit had the backlog been cut by the count's ceiling (:data:`BATCH_MAX`).
BEAT_CPU_S = 3.0
#: The supervisor's staleness limit (wall time): a hung child's, not a loaded host's.
STALE_AFTER_S = 60.0
#: ``SOC_HEALTH__UNIT_S`` here: a margin under :data:`BEAT_CPU_S` for what cannot be cut
#: (a statement, one ingest transaction's readings, a beat's own write).
UNIT_S = 0.25
#: A child's start-up grace before its first beat is judged (its imports, its first
#: connection); the backlog takes many times longer.
START_GRACE_S = 8.0
#: The count's ceiling: the whole backlog, more readings than one unit's time allows on
#: any machine (a unit of them outlasts the grace and the staleness limit together).
BATCH_MAX = 1_000_000
#: Where the evaluator is killed: this share of the backlog's transactions evaluated.
KILL_AT = 0.6

SQL_STATIONS = """
INSERT INTO sensors (sensor_id, agency, kind, name, geom, metadata)
SELECT 'WLs-' || k, 'disaster', 'water_level', '測站 ' || k, ST_SetSRID(ST_MakePoint(120.64, 24.17), 4326),
       '{"alert_levels_m": {"1": 11.0, "2": 10.5, "3": 10.0}}'::jsonb
FROM generate_series(0, %(stations)s - 1) AS k
"""
# One transaction's readings share their received_at, as ingest's COPY does; commit order
# follows observation time.
SQL_BACKLOG = """
INSERT INTO readings (time, sensor_id, metric, value, received_at)
SELECT %(start)s::timestamptz + i * INTERVAL '1 second', 'WLs-' || k, 'water_level_m', 9.0 + i / 1000.0,
       %(received)s::timestamptz + (i / %(txn_s)s) * INTERVAL '1 millisecond'
FROM generate_series(0, %(seconds)s - 1) AS i, generate_series(0, %(stations)s - 1) AS k
"""
#: Every beat of the evaluator with the database's time of it.
TRACE = trace_table(", at timestamptz NOT NULL DEFAULT clock_timestamp()") + beat_trace("alerts")
SQL_EVALUATED = "SELECT readings_wm FROM alert_watermarks WHERE consumer = 'alerts'"
SQL_ALERTS = """
SELECT a.rule_id, a.source_id, a.raised_at,
       (SELECT count(*) FROM alert_transitions t WHERE t.alert_id = a.alert_id AND t.action = 'raise')
FROM alerts a WHERE a.source_id LIKE 'WLs-%%' ORDER BY 1, 2, 3
"""


@pytest.fixture
def backlog(settings: Settings, db_template: str) -> Iterator[tuple[Settings, datetime, datetime]]:
    """A scratch database with the stations and the backlog; its start and its last commit."""
    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    received = datetime.now(UTC) - timedelta(minutes=5)
    with scratch_database(settings, db_template) as own:
        with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
            conn.execute(SQL_STATIONS, {"stations": STATIONS})
            conn.execute(SQL_BACKLOG, {"start": start, "received": received, "txn_s": TXN_S,
                                       "seconds": SECONDS, "stations": STATIONS})
            conn.execute("VACUUM ANALYZE readings")
            conn.execute(TRACE)
            row = conn.execute("SELECT max(received_at) FROM readings").fetchone()
            assert row is not None
        yield own, start, row[0]


def _pids(log: Path, event: str) -> list[int]:
    return [int(p) for p in re.findall(rf"{event} name=alerts pid=(\d+)", log.read_text(errors="replace"))]


def test_a_supervised_evaluator_gets_through_a_large_backlog_and_a_kill_without_going_stale(
        backlog: tuple[Settings, datetime, datetime], tmp_path: Path) -> None:
    own, start, last = backlog
    log = tmp_path / "supervisor.log"
    env = subprocess_env(own, SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S),
                         SOC_HEALTH__START_GRACE_S=str(START_GRACE_S), SOC_HEALTH__BEAT_EVERY_S="0",
                         SOC_HEALTH__UNIT_S=str(UNIT_S), SOC_ALERTS__BATCH_MAX=str(BATCH_MAX),
                         SOC_ALERTS__POLL_INTERVAL_MS="100")
    with log.open("ab") as out:
        sup = subprocess.Popen([sys.executable, "-m", "soc", "supervise", "alerts"], cwd=ROOT, env=env,
                               stdout=out, stderr=subprocess.STDOUT)
    kill_at = start - timedelta(hours=2)  # replaced below: the commit time KILL_AT into the backlog
    try:
        with (psycopg.connect(own.db.conninfo(), autocommit=True) as conn,
              CpuSampler(SupervisedChild(log, "alerts")) as cpu):
            row = conn.execute("SELECT percentile_disc(%s) WITHIN GROUP (ORDER BY received_at) FROM readings",
                               (KILL_AT,)).fetchone()
            assert row is not None
            kill_at = row[0]

            def evaluated(through: datetime) -> bool:
                got = conn.execute(SQL_EVALUATED).fetchone()
                return bool(got and got[0] > through)

            def live(what: str, ready: object) -> None:
                """Wait for ``ready()``; fail at once if the supervisor judged the evaluator stale."""
                def check() -> object:
                    text = log.read_text(errors="replace")
                    assert "child_stale" not in text, f"{what}: judged stale\n{text[-3000:]}"
                    assert sup.poll() is None, text[-3000:]
                    return ready() if callable(ready) else ready
                wait_for(check, 600.0, what)

            live("the supervised evaluator in the middle of the backlog", lambda: evaluated(kill_at))
            (first,) = _pids(log, "child_started")
            os.kill(first, signal.SIGKILL)
            live("the supervisor restarting the killed evaluator", lambda: _pids(log, "child_restarted"))
            live("the restarted evaluator through the backlog", lambda: evaluated(last))
            assert len(_pids(log, "child_restarted")) == 1, log.read_text(errors="replace")[-3000:]
            alerts = conn.execute(SQL_ALERTS).fetchall()
            worst_gap(cpu.samples, beat_times(conn), least_pairs=21, bound_cpu_s=BEAT_CPU_S,
                      what="the supervised evaluator")
    finally:
        assert stop_processes([sup]) == [0], log.read_text(errors="replace")[-3000:]
    stations = [f"WLs-{k}" for k in range(STATIONS)]
    level3 = start + timedelta(seconds=1_000)  # 9.0 + 1000 / 1000 = 10.0 m
    got_level = [(src, at, raises) for rule, src, at, raises in alerts if rule == "water-level"]
    assert sorted(got_level) == sorted((s, level3, 1) for s in stations)
    got_rate = sorted((src, raises) for rule, src, _at, raises in alerts if rule == "water-level-rise")
    assert got_rate == sorted((s, 1) for s in stations)
    assert len(alerts) == 2 * STATIONS, [a for a in alerts if a[0] not in ("water-level", "water-level-rise")][:5]
