"""An incident left open holds the replay log's prune back, and an operator sees which one.

The prune keeps every log entry since the first evidence of an incident the correlator may
still hold (docs/ops_center.md, "What a replay reads, and the prune"): an incident left
``open`` in the table by mistake keeps the log from its first evidence on, however old. Here
the real ``soc ops run`` takes a city stream in two parts 3 h of correlator time apart (its
first 10 min, then the other 18 min), with a retention of 15 min (``SOC_OPS__RETENTION_S``).
The situation is then set. The gap's tick quieted the first part's incidents more than a
retention before the clock, so the rules let them go; the first part's incidents the
correlator still holds (floods whose evidence ran on into the second part) are closed by a
coordinator through the real service; and of those the rules let go, the one whose evidence
came first is marked open, as one wrongly left open. So that incident alone holds the prune
back past the replay window: the real ``soc db maintain`` keeps the log from its first entry
and logs which incident holds it back and since when; ``/api/health`` names it with the age.
A coordinator closes it through the real service; with no more evidence coming, the closure
alone releases it: the prune deletes those entries and the maintenance logs the release (or,
had the service's idle run-on moved its clock, the next incident holding the prune back:
one begun before the moved window). The real service restarted then, its replay rebuilds
nothing of the closed incident, and the rest of the stream leaves it closed with its members.
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from bench.ops import service_rows, stream
from common.services import free_port
from common.settings import Settings
from ops_center.api import CommandKind, CommandState, get_command, submit_command
from tests import http_calls
from tests.fix_db import scratch_database
from tests.fix_services import start_soc, stop_processes, wait_while_running
from tests.integration.ops_center.ops_helpers import run_until_caught_up, start_ops, wait_caught_up, write_rows

pytestmark = [pytest.mark.integration, pytest.mark.slow]

RETENTION_S = 900.0
#: The stream's first part (correlator time) and the gap after it. The rest, 18 min, runs
#: past a retention after the gap's tick quieted the first part's incidents, so the rules
#: let those go (docs/ops_center.md: one retention after it went quiet).
FIRST_S = 600.0
GAP_S = 3 * 3600.0

#: Each incident's state, when it last changed and its first log entry, earliest first.
SQL_FIRSTS = """
SELECT i.incident_id, i.state, i.updated_at, min(l.now_at) AS first_at FROM ops_incidents i
JOIN ops_incident_members m ON m.incident_id = i.incident_id
JOIN ops_feed_log l ON l.item_key = m.item_key
GROUP BY i.incident_id, i.state, i.updated_at ORDER BY first_at, i.incident_id
"""


def _replay_log_hold(own: Settings, log: Path) -> Any:
    """``replay_log_hold`` of ``/api/health`` as a real ``soc web`` answers it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/api/health"
    web = start_soc(own, log, "web", "--port", str(port))
    answer: list[Any] = []

    def answered() -> bool:
        try:
            answer.append(http_calls.get(url, timeout=10).json()["replay_log_hold"])
        except httpx.TransportError:
            return False
        return True

    try:
        wait_while_running(web, log, answered, "soc web answering /api/health")
    finally:
        # uvicorn ends by raising the signal it stopped on again once shut down.
        assert stop_processes([web])[0] in (0, -signal.SIGTERM)
    return answer[-1]


def _first_logged(proc: subprocess.Popen[bytes], log: Path, text: str, what: str, *, after: int = 0,
                  unless: Callable[[], bool] = lambda: False) -> str | None:
    """The first line of the processes' ``log`` holding ``text`` from line ``after`` on, once
    there is one, or None once ``unless()`` holds first; the log's tail is shown if neither
    ever comes."""
    found: list[str] = []

    def logged() -> bool:
        found.extend(ln for ln in log.read_text().splitlines()[after:] if text in ln)
        return bool(found) or unless()

    try:
        wait_while_running(proc, log, logged, what)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{log.read_text()[-3000:]}") from exc
    return found[0] if found else None


def _oldest(conn: psycopg.Connection[Any]) -> datetime | None:
    row = conn.execute("SELECT min(now_at) FROM ops_feed_log").fetchone()
    return row[0] if row else None


def _clock(conn: psycopg.Connection[Any]) -> float:
    """The ops center's stored correlator clock."""
    row = conn.execute("SELECT clock_at FROM ops_watermarks WHERE consumer = 'ops'").fetchone()
    assert row is not None
    assert row[0] is not None
    return float(row[0].timestamp())


def _close_by_coordinator(conn: psycopg.Connection[Any], ops: subprocess.Popen[bytes], log: Path,
                          incident_ids: list[str], reason: str) -> None:
    """A coordinator closes each of ``incident_ids`` through the running service ``ops``
    (queued commands); waits until it has applied them all, each done."""
    commands = [submit_command(conn, i, CommandKind.CLOSE, {}, actor="coord", reason=reason) for i in incident_ids]

    def applied() -> bool:
        return all((got := get_command(conn, c)) is not None and got.state != CommandState.PENDING
                   for c in commands)

    wait_while_running(ops, log, applied, "the coordinator's closures")
    for c in commands:
        got = get_command(conn, c)
        assert got is not None
        assert got.state == CommandState.DONE, got


def test_an_incident_left_open_holds_the_prune_back_until_a_coordinator_closes_it(
        settings: Settings, db_template: str, tmp_path: Path) -> None:
    log = tmp_path / "soc.log"
    items = stream(2_000, 36_000.0)
    split = next(i for i, it in enumerate(items) if it.t >= items[0].t + FIRST_S)
    shifted = [replace(it, t=it.t + (GAP_S if i >= split else 0.0)) for i, it in enumerate(items)]
    later = [replace(it, t=it.t + 2 * GAP_S) for it in items[split : split + 200]]
    with scratch_database(settings, db_template) as scratch, \
            psycopg.connect(scratch.db.conninfo(), autocommit=True) as conn:
        own = scratch.model_copy(update={"ops": scratch.ops.model_copy(update={"retention_s": RETENTION_S})})
        write_rows(own, service_rows(shifted, "lh-"))
        run_until_caught_up(own, log)
        clock = _clock(conn)
        window_start = clock - 2 * RETENTION_S
        firsts = conn.execute(SQL_FIRSTS).fetchall()
        # The correlator still holds an open incident, and one gone quiet less than a retention
        # ago: here floods whose evidence ran on into the second part.
        held = [(inc, first) for inc, state, updated, first in firsts
                if state == "open" or (state == "quiet" and updated.timestamp() >= clock - RETENTION_S)]
        held_before_window = [inc for inc, first in held if first.timestamp() < window_start]
        # The incident to leave open: of those the rules let go, the one whose evidence came first.
        left_open, since = next((inc, first) for inc, state, updated, first in firsts
                                if state == "quiet" and updated.timestamp() < clock - RETENTION_S)
        assert since.timestamp() < window_start - 3600, "the incident began inside the window"

        # A coordinator closes what the stream left held from before the window.
        closing = start_ops(own, log)
        try:
            _close_by_coordinator(conn, closing, log, held_before_window, "closed before the prune")
        finally:
            assert stop_processes([closing]) == [0]
        clock = _clock(conn)  # the closures leave correlator time where it was, but for the idle run-on
        window_start = clock - 2 * RETENTION_S
        conn.execute("UPDATE ops_incidents SET state = 'open' WHERE incident_id = %s", (left_open,))
        kept = conn.execute("SELECT count(*) FROM ops_feed_log WHERE now_at >= %s", (since,)).fetchone()

        maint = start_soc(own, log, "db", "maintain", "--every", "1")
        ops: subprocess.Popen[bytes] | None = None
        try:
            line = _first_logged(maint, log, "ops_log_prune_held_back", "the maintenance naming the prune's hold",
                                 unless=lambda: (_oldest(conn) or since) > since)
            assert line is not None, "the prune deleted the first entries of the incident left open"
            assert f"incident_id={left_open}" in line
            assert "state=open" in line
            assert f"since={since.isoformat()}" in line
            # Kept from the incident's first entry on, all of it, and only that.
            assert _oldest(conn) == since
            assert conn.execute("SELECT count(*) FROM ops_feed_log").fetchone() == kept

            hold = _replay_log_hold(own, log)
            assert hold["incident_id"] == left_open
            assert hold["state"] == "open"
            assert datetime.fromisoformat(hold["since"]) == since
            assert hold["age_s"] == pytest.approx(clock - since.timestamp())
            assert hold["window_s"] == 2 * RETENTION_S

            ops = start_ops(own, log)
            members = conn.execute("SELECT count(*) FROM ops_incident_members WHERE incident_id = %s",
                                   (left_open,)).fetchone()
            mark = len(log.read_text().splitlines())
            _close_by_coordinator(conn, ops, log, [left_open], "left open")
            # No more evidence: correlator time stands still (but for the idle run-on).
            assert stop_processes([ops]) == [0]
            ops = None
            clock = _clock(conn)
            window_start = clock - 2 * RETENTION_S
            in_window = {r[0] for r in conn.execute("SELECT seq FROM ops_feed_log WHERE now_at >= %s",
                                                    (datetime.fromtimestamp(window_start, UTC),))}

            # Released by the closure: the prune goes on to the window's start (or, had the
            # clock run on, to the first entry of an incident begun before the moved window).
            line = _first_logged(maint, log, "ops_log_prune_", "the maintenance's next word on the prune",
                                 after=mark)
            assert line is not None
            assert f"incident_id={left_open}" not in line or "ops_log_prune_released" in line, line
            hold = _replay_log_hold(own, log)
            oldest = _oldest(conn)
            assert oldest is not None
            assert in_window <= {r[0] for r in conn.execute("SELECT seq FROM ops_feed_log")}, "the window was pruned"
            if hold is None:
                assert "ops_log_prune_released" in line, line
                assert oldest.timestamp() >= window_start, line
            else:
                assert hold["incident_id"] != left_open
                assert oldest == datetime.fromisoformat(hold["since"]), (line, hold)

            # Restarted on the pruned log and given the rest of the stream, the service keeps
            # the incident closed as it was.
            ops = start_ops(own, log)
            write_rows(own, service_rows(later, "lh2-"))
            wait_caught_up(own, ops, log)
            assert conn.execute("SELECT state FROM ops_incidents WHERE incident_id = %s",
                                (left_open,)).fetchone() == ("closed",)
            assert conn.execute("SELECT count(*) FROM ops_incident_members WHERE incident_id = %s",
                                (left_open,)).fetchone() == members
        finally:
            procs = [maint] if ops is None else [maint, ops]
            assert stop_processes(procs) == [0] * len(procs)
