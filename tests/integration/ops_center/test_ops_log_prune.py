"""The maintenance prunes the ops center's replay log to what a replay can need, in bounded units.

A restart replays ``ops_feed_log`` from twice the correlator's retention
(``SOC_OPS__RETENTION_S``, 6 h by default) before the correlator time stored with the
watermark, or from the first evidence of an incident the correlator still holds that began
before that (docs/ops_center.md, "Persistence, watermark and restart"). A city stream
spread over many hours of correlator time is taken by the real ``soc ops run``, which stops
three quarters in; the real ``soc db maintain --every`` (a unit of 100 entries) then deletes
the entries logged before that, and only those, a unit per step, beating between units.
The rest of the stream is written and the ops center restarted: its incidents, members and
log equal those of a process that never restarted and whose log was never pruned, less the
pruned entries. One shape runs every process with a retention of 3 h: its window (6 h)
leaves out the first quarter of a stream whose next quarters follow 4 h and 8 h later,
which the default window (12 h) keeps.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bench.ops import service_rows, stream
from common.settings import Settings
from tests.fix_db import scratch_database
from tests.fix_services import start_soc, stop_processes, wait_while_running
from tests.integration.ops_center.ops_helpers import (
    decisions,
    decisions_without_restart,
    run_until_caught_up,
    same_decisions,
    write_rows,
)
from tests.trace_sql import beat_trace, trace_table

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ITEMS = 8_000
#: Items of the stretched stream (4,000 left no incident held that began before the window).
STRETCHED_ITEMS = 6_000
#: Gaps of correlator time between four quarters of the city stream (each under an hour):
#: the log then holds whole quarters older than the replay window.
GAP_S = 8 * 3600.0
#: Or the stream's hour spread over about 19 h (:data:`STRETCHED_ITEMS`): floods then live longer than
#: the window, and a replay must read their evidence from before it.
STRETCH = 20.0
#: The correlator's default retention (docs/ops_center.md).
RETENTION = timedelta(hours=6)
#: Another retention (``SOC_OPS__RETENTION_S``), with the quarters at these offsets: at the
#: stop (in the third quarter) the first quarter's incidents went quiet (when the second came)
#: more than the retention before, and twice it does not reach back to the first quarter;
#: twice the default does.
SHORT_RETENTION = timedelta(hours=3)
SHORT_OFFSETS_S = (0.0, 4 * 3600.0, 8 * 3600.0, 16 * 3600.0)
#: Entries one unit of the prune deletes at most (``SOC_OPS__LOG_PRUNE_CHUNK``).
CHUNK = 100

TRACE = trace_table(", n bigint") + beat_trace("maintenance") + """
CREATE FUNCTION test_trace_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO test_trace (what, n) SELECT 'delete', count(*) FROM gone;
    RETURN NULL;
END $$;
CREATE TRIGGER test_trace_delete AFTER DELETE ON ops_feed_log
REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION test_trace_delete();
"""

SQL_LOG = "SELECT op, item_key, now_at, incident_id FROM ops_feed_log ORDER BY seq"


@pytest.fixture(scope="module", params=["gaps", "stretched", "retention"])
def parts(request: pytest.FixtureRequest) -> tuple[list[Any], list[Any], str]:
    if request.param in ("gaps", "retention"):
        offsets = [i * GAP_S for i in range(4)] if request.param == "gaps" else SHORT_OFFSETS_S
        items = stream(ITEMS, 36_000.0)
        q = len(items) // 4
        items = [replace(it, t=it.t + offsets[min(i // q, 3)]) for i, it in enumerate(items)]
    else:
        items = stream(STRETCHED_ITEMS, 36_000.0)
        t0 = items[0].t
        items = [replace(it, t=t0 + (it.t - t0) * STRETCH) for it in items]
    rows = service_rows(items, "lp-")
    return rows[: 3 * len(rows) // 4], rows[3 * len(rows) // 4 :], request.param


def _retention(shape: str) -> timedelta:
    return SHORT_RETENTION if shape == "retention" else RETENTION


def _with_retention(own: Settings, shape: str) -> Settings:
    """``own`` with the shape's retention, for every process started on it."""
    seconds = _retention(shape).total_seconds()
    return own.model_copy(update={"ops": own.ops.model_copy(update={"retention_s": seconds})})


@pytest.fixture(scope="module")
def unbroken(settings: Settings, db_template: str, parts: tuple[list[Any], list[Any], str],
             tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, ...]]]:
    """The decisions and log of one process that took both parts without a restart or a prune."""
    log = tmp_path_factory.mktemp("ops_unbroken") / "ops.log"
    first, second, shape = parts
    with scratch_database(settings, db_template) as own:
        return decisions_without_restart(_with_retention(own, shape), first, second, log)


def _log(conn: psycopg.Connection[Any]) -> list[tuple[Any, ...]]:
    return conn.execute(SQL_LOG).fetchall()


def _beats(conn: psycopg.Connection[Any]) -> int:
    row = conn.execute("SELECT count(*) FROM test_trace WHERE what = 'beat'").fetchone()
    return int(row[0]) if row else 0


def _rule(conn: psycopg.Connection[Any], retention: timedelta) -> tuple[datetime, datetime]:
    """The rule of docs/ops_center.md: the window (twice the retention before the stored clock),
    or the first entry of an incident begun before it that the correlator still holds (open;
    gone quiet or closed less than the retention before the clock); with the window's start."""
    row = conn.execute("SELECT clock_at FROM ops_watermarks WHERE consumer = 'ops'").fetchone()
    assert row is not None
    assert row[0] is not None
    since: datetime = row[0] - 2 * retention
    held_since: datetime = row[0] - retention
    fed = {key: at for op, key, at, _ in _log(conn) if op == "feed"}
    closed_in_window = {inc for op, _, at, inc in _log(conn) if op == "close" and at >= held_since}
    held = {inc for inc, state, updated in conn.execute("SELECT incident_id, state, updated_at FROM ops_incidents")
            if state == "open" or (state == "quiet" and updated >= held_since) or inc in closed_in_window}
    firsts = [fed[key] for key, inc in conn.execute("SELECT item_key, incident_id FROM ops_incident_members")
              if inc in held]
    return since, min([since, *firsts])


def test_a_pruned_log_replays_to_the_same_decisions(
        settings: Settings, db_template: str, parts: tuple[list[Any], list[Any], str],
        unbroken: dict[str, list[tuple[Any, ...]]], tmp_path: Path) -> None:
    log = tmp_path / "soc.log"
    first, second, shape = parts
    with scratch_database(settings, db_template) as scratch, \
            psycopg.connect(scratch.db.conninfo(), autocommit=True) as conn:
        own = _with_retention(scratch, shape)
        conn.execute(TRACE)
        write_rows(own, first)
        run_until_caught_up(own, log)
        window, cutoff = _rule(conn, _retention(shape))
        before = _log(conn)
        kept = [e for e in before if e[2] >= cutoff]
        if shape == "stretched":
            assert cutoff < window, "no incident held begun before the window"
        elif shape == "gaps":
            assert len(before) - len(kept) > 2 * CHUNK, "the stream left too few entries to prune"
        else:
            _, by_default = _rule(conn, RETENTION)
            assert any(by_default <= e[2] < cutoff for e in before), "the default retention's rule prunes as much"

        maint = start_soc(own, log, "db", "maintain", "--every", "600", SOC_HEALTH__BEAT_EVERY_S="0",
                          SOC_OPS__LOG_PRUNE_CHUNK=str(CHUNK))
        try:
            wait_while_running(maint, log, lambda: _log(conn) == kept and _beats(conn) > 0,
                               "the prune of the entries before the window")
        finally:
            assert stop_processes([maint]) == [0]
        assert _log(conn) == kept

        trace = conn.execute("SELECT what, n FROM test_trace ORDER BY seq").fetchall()
        deletes = [i for i, (what, n) in enumerate(trace) if what == "delete" and n]
        assert sum(trace[i][1] for i in deletes) == len(before) - len(kept)
        assert all(trace[i][1] <= CHUNK for i in deletes)
        # A beat between every two units: the maintenance loop came round between them.
        for a, b in itertools.pairwise(deletes):
            assert ("beat", None) in trace[a + 1 : b], f"no beat between prune units {a} and {b}: {trace[a:b + 1]}"

        write_rows(own, second)
        run_until_caught_up(own, log)
        got = decisions(own)
    same_decisions({k: v for k, v in got.items() if k != "log"},
                   {k: v for k, v in unbroken.items() if k != "log"})
    assert got["log"] == [e for e in unbroken["log"] if e[2] >= cutoff]
