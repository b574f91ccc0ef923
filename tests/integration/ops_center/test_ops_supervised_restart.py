"""A supervised ops center killed over a long replay log comes back live, never judged stale.

The ops center rebuilds its correlator at start-up by replaying its log
(``ops_feed_log``); after a storm the log is long. The supervisor (``soc supervise
ops``, the policy of ``soc demo``) kills a child whose newest beat is older than
``SOC_HEALTH__STALE_AFTER_S``; a start-up that goes longer than that without a beat is
killed and restarted into the same replay: a crash loop exactly when the log is big.
Here the log holds :data:`PADDING` entries built with SQL before a city stream's rows,
the ops center is started by the supervisor, catches up, is killed with SIGKILL, is
restarted by the supervisor and must come back to live (a step on the restarted process
after its replay) without a ``child_stale`` and without a second restart, with every
incident, member and fed item's log entry as they were before the kill.

The bound on the beats is tight and counted in the child's own CPU time
(:data:`BEAT_CPU_S`, :mod:`tests.cpu_beats`): between any two of its beats, each child
spent at most that much CPU, far less than the replay costs. Wall time between beats
follows the host's load (a child that gets a core a tenth of the time beats ten times
later), its CPU time does not; so the supervisor's own limit (wall time,
:data:`STALE_AFTER_S`) is a hang's, and what a loop that does not beat while it replays
would break is the CPU bound.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bench.ops import service_rows, stream, writer
from common.settings import Settings
from tests.cpu_beats import CpuSampler, SupervisedChild, beat_times, worst_gap
from tests.fix_db import scratch_database
from tests.fix_services import ROOT, stop_processes, subprocess_env
from tests.integration.ops_center.ops_helpers import SQL_CAUGHT_UP, decisions, same_decisions, wait_for

#: The replay twice over a long log takes minutes on a loaded host: the test's own time
#: follows the load, only the beats' CPU bound must not.
from tests.trace_sql import beat_trace, step_trace, trace_table

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(1800)]

#: Items of the city stream written as rows: the incidents the restart must keep.
ITEMS = 600
#: Replay-log entries written with SQL before the stream: a log a storm leaves.
PADDING = 60_000
#: Hours of correlator time the padding spans, ending where the stream begins (inside
#: the replay window of the default retention, so all of it is replayed).
PADDING_SPAN_H = 0.75
#: The side of the square the padding is spread over, around 水湳: dense, as a storm's
#: evidence is, so each entry's replay costs what it costs in a storm.
PADDING_SIDE_M = 12_000.0
#: Rows per transaction of the stream, as the ingest and alerts services commit them.
PER_TXN = 20
#: The most CPU time a child may spend between two of its beats: a few of the worker's
#: units (:data:`UNIT_S`), far less than the replay, and less than one of its units had
#: they been cut by a count of entries (5,000 entries took 2 s and more here).
BEAT_CPU_S = 3.0
#: The supervisor's staleness limit (wall time): a hung child's, not a loaded host's.
STALE_AFTER_S = 60.0
#: ``SOC_HEALTH__UNIT_S`` here: a margin under :data:`BEAT_CPU_S` for what cannot be
#: cut (a statement, a beat's own write).
UNIT_S = 0.25
#: A child's start-up grace before its first beat is judged (its imports, its first connection).
START_GRACE_S = 15.0

# The padding: the stream's first items as templates, repeated over the span at
# places spread over the city (a fixed seed: the same log in every run).
SQL_PAD = """
WITH tpl AS (
    SELECT row_number() OVER () - 1 AS i, item FROM jsonb_array_elements(%(templates)s::jsonb) AS item
), n AS (SELECT count(*) AS m FROM tpl),
g AS (
    SELECT s, %(start)s::float8 + (s - 1) * %(step)s::float8 AS t,
           215800.0 + (random() - 0.5) * %(side)s AS x, 2675600.0 + (random() - 0.5) * %(side)s AS y
    FROM generate_series(1, %(count)s) AS s
)
INSERT INTO ops_feed_log (op, item_key, item, now_at)
SELECT 'feed', 'pad:' || g.s,
       tpl.item || jsonb_build_object('key', 'pad:' || g.s, 'x', g.x, 'y', g.y, 't', g.t, 'source_id', ''),
       to_timestamp(g.t)
FROM g CROSS JOIN n JOIN tpl ON tpl.i = g.s %% n.m
ORDER BY g.s
"""
SQL_CLOCK = """
INSERT INTO ops_watermarks (consumer, events_wm, alerts_wm, clock_at)
VALUES ('ops', to_timestamp(0), to_timestamp(0), to_timestamp(%s))
ON CONFLICT (consumer) DO UPDATE SET clock_at = EXCLUDED.clock_at
"""
TRACE = (
    trace_table(", at timestamptz NOT NULL DEFAULT clock_timestamp()")
    + beat_trace("ops")
    + step_trace("ops_watermarks")
)


def pad_log(conn: psycopg.Connection, count: int, span_s: float, before: float) -> None:
    """``count`` feed entries of the city stream's kinds over ``span_s`` of correlator time
    ending at ``before``, and the watermark's clock there (the log a long run leaves)."""
    import json

    from ops_center.repo import item_dict

    templates = [item_dict(i) for i in stream(500, 36_000.0, seed=11)]
    conn.execute("SELECT setseed(0.42)")
    conn.execute(SQL_PAD, {"templates": json.dumps(templates), "start": before - span_s,
                           "step": span_s / count, "count": count, "side": PADDING_SIDE_M})
    conn.execute(SQL_CLOCK, (before,))
    conn.execute("VACUUM ANALYZE ops_feed_log")


@pytest.fixture
def center(settings: Settings, db_template: str) -> Iterator[Settings]:
    """A scratch database holding the padded log and the stream's rows, not yet correlated."""
    items = stream(ITEMS, 36_000.0)
    with scratch_database(settings, db_template) as own:
        with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
            conn.execute(TRACE)
            pad_log(conn, PADDING, PADDING_SPAN_H * 3600.0, before=min(i.t for i in items) - 1.0)
        writer(own.db.conninfo(), service_rows(items, "sr-"), PER_TXN, 0.0, time.time(), queue.Queue())
        yield own


def _log_text(log: Path) -> str:
    return log.read_text(errors="replace")


def _pids(log: Path, event: str) -> list[int]:
    return [int(p) for p in re.findall(rf"{event} name=ops pid=(\d+)", _log_text(log))]


def _steps(conn: psycopg.Connection) -> int:
    row = conn.execute("SELECT count(*) FROM test_trace WHERE what = 'step'").fetchone()
    return int(row[0]) if row else 0


def _kept(decided: dict[str, list[tuple[Any, ...]]]) -> dict[str, list[tuple[Any, ...]]]:
    """What a restart must keep: each incident (id, type, members' count, evidence span,
    opening, merge), its members and every fed item's log entry. Not its state, severity or
    update time, nor the log's ticks: a minute without rows lets the restarted process's
    idle tick quiet incidents, as the first process would have."""
    return {"incidents": [(i, t, n, first, last, opened, merged)
                          for i, t, _state, _sev, n, first, last, opened, _upd, merged in decided["incidents"]],
            "members": decided["members"],
            "log": [row for row in decided["log"] if row[0] == "feed"]}


def _caught_up(conn: psycopg.Connection) -> bool:
    row = conn.execute(SQL_CAUGHT_UP).fetchone()
    return bool(row and row[0])


def test_a_killed_ops_center_comes_back_over_a_long_log_without_being_judged_stale(
        center: Settings, tmp_path: Path) -> None:
    log = tmp_path / "supervisor.log"
    env = subprocess_env(center, SOC_HEALTH__STALE_AFTER_S=str(STALE_AFTER_S),
                         SOC_HEALTH__START_GRACE_S=str(START_GRACE_S), SOC_HEALTH__BEAT_EVERY_S="0",
                         SOC_HEALTH__UNIT_S=str(UNIT_S),
                         SOC_OPS__POLL_INTERVAL_MS="100")
    with log.open("ab") as out:
        sup = subprocess.Popen([sys.executable, "-m", "soc", "supervise", "ops"], cwd=ROOT, env=env,
                               stdout=out, stderr=subprocess.STDOUT)
    try:
        with (psycopg.connect(center.db.conninfo(), autocommit=True) as conn,
              CpuSampler(SupervisedChild(log, "ops")) as cpu):

            def live(what: str, ready: object) -> None:
                """Wait for ``ready()``; fail at once if the supervisor judged the ops center stale."""
                def check() -> object:
                    text = _log_text(log)
                    assert "child_stale" not in text, f"{what}: judged stale\n{text[-3000:]}"
                    assert sup.poll() is None, text[-3000:]
                    return ready() if callable(ready) else ready
                wait_for(check, 600.0, what)

            live("the supervised ops center catching up over the long log", lambda: _caught_up(conn))
            before = decisions(center)
            assert before["incidents"], "the stream opened incidents"
            assert len(before["log"]) > PADDING
            (first,) = _pids(log, "child_started")
            os.kill(first, signal.SIGKILL)
            live("the supervisor restarting the killed ops center", lambda: _pids(log, "child_restarted"))
            (second,) = _pids(log, "child_restarted")
            steps = _steps(conn)
            # Live again: the restarted process replayed the whole log and stepped.
            live("a step of the restarted ops center after its replay", lambda: _steps(conn) > steps)
            assert _log_text(log).count("ops_started") == 2, _log_text(log)[-3000:]
            # A few more steps, still under the tight staleness limit.
            steps = _steps(conn)
            live("more steps of the restarted ops center", lambda: _steps(conn) > steps + 10)
            assert _pids(log, "child_restarted") == [second], _log_text(log)[-3000:]
            after = _kept(decisions(center))
            # Incidents of the padding live in memory only (no rows were stored for them): the
            # idle tick may store them; every incident stored before must be there unchanged.
            kept = {row[0] for row in before["incidents"]}
            after["incidents"] = [row for row in after["incidents"] if row[0] in kept]
            same_decisions(after, _kept(before))
            worst_gap(cpu.samples, beat_times(conn), least_pairs=21, bound_cpu_s=BEAT_CPU_S,
                      what="the supervised ops center")
    finally:
        assert stop_processes([sup]) == [0], _log_text(log)[-3000:]
