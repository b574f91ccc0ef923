"""An incident left open holds the replay log's prune back, and an operator sees which one.

The prune keeps every log entry since the first evidence of an incident the correlator may
still hold (docs/ops_center.md, "What a replay reads, and the prune"): an incident left
``open`` in the table by mistake keeps the log from its first evidence on, however old. Here
the real ``soc ops run`` takes a city stream in two parts 3 h of correlator time apart, with a
retention of 15 min (``SOC_OPS__RETENTION_S``); the first part's earliest incident, quiet since
the second came, is then marked open, as one wrongly left open. The real ``soc db maintain``
keeps the log from that incident's first entry and logs which incident holds it back and
since when; ``/api/health`` names it with the age. A coordinator closes it through the real
service; with no more evidence coming (correlator time stands still), the closure alone
releases it: the prune deletes those entries and the maintenance logs that the incident holds
it back no more (the release, or the next incident holding it back: one gone quiet less than a
retention before). The real service restarted then, its replay rebuilds nothing of the closed
incident, and the rest of the stream leaves it closed with its members.
"""

from __future__ import annotations

import signal
import socket
import subprocess
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import psycopg
import pytest

from bench.ops import service_rows, stream
from common.settings import Settings
from ops_center.api import CommandKind, CommandState, get_command, submit_command
from tests import http_calls
from tests.fix_db import scratch_database
from tests.fix_services import start_soc, stop_processes, wait_while_running
from tests.integration.ops_center.ops_helpers import run_until_caught_up, start_ops, wait_caught_up, write_rows

pytestmark = [pytest.mark.integration, pytest.mark.slow]

RETENTION_S = 900.0
GAP_S = 3 * 3600.0

#: Each incident's first log entry, earliest first.
SQL_FIRSTS = """
SELECT i.incident_id, i.state, min(l.now_at) AS first_at FROM ops_incidents i
JOIN ops_incident_members m ON m.incident_id = i.incident_id
JOIN ops_feed_log l ON l.item_key = m.item_key
GROUP BY i.incident_id, i.state ORDER BY first_at, i.incident_id
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _replay_log_hold(own: Settings, log: Path) -> Any:
    """``replay_log_hold`` of ``/api/health`` as a real ``soc web`` answers it."""
    port = _free_port()
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


def _wait_logged(proc: subprocess.Popen[bytes], log: Path, text: str, what: str, *, after: str = "") -> None:
    """Wait until ``text`` is in the processes' ``log`` (after the last line holding ``after``,
    if given); its tail is shown if it never is."""

    def logged() -> bool:
        lines = log.read_text().splitlines()
        start = max((i for i, ln in enumerate(lines) if after in ln), default=-1) + 1 if after else 0
        return any(text in ln for ln in lines[start:])

    try:
        wait_while_running(proc, log, logged, what)
    except AssertionError as exc:
        raise AssertionError(f"{exc}\n{log.read_text()[-3000:]}") from exc


def _oldest(conn: psycopg.Connection[Any]) -> datetime | None:
    row = conn.execute("SELECT min(now_at) FROM ops_feed_log").fetchone()
    return row[0] if row else None


@pytest.mark.xfail(strict=True, reason="the scenario's setup no longer holds: read in observation order, "
                   "the stream's floods stay open at the clock from before the incident the test leaves "
                   "open, and hold the prune back")
def test_an_incident_left_open_holds_the_prune_back_until_a_coordinator_closes_it(
        settings: Settings, db_template: str, tmp_path: Path) -> None:
    log = tmp_path / "soc.log"
    items = stream(2_000, 36_000.0)
    half = len(items) // 2
    shifted = [replace(it, t=it.t + (GAP_S if i >= half else 0.0)) for i, it in enumerate(items)]
    later = [replace(it, t=it.t + 2 * GAP_S) for it in items[half : half + 200]]
    with scratch_database(settings, db_template) as scratch, \
            psycopg.connect(scratch.db.conninfo(), autocommit=True) as conn:
        own = scratch.model_copy(update={"ops": scratch.ops.model_copy(update={"retention_s": RETENTION_S})})
        write_rows(own, service_rows(shifted, "lh-"))
        run_until_caught_up(own, log)
        firsts = conn.execute(SQL_FIRSTS).fetchall()
        # The quiet incident whose evidence came first; none still open came before it.
        left_open, _, since = next(row for row in firsts if row[1] == "quiet")
        assert all(at > since for _, state, at in firsts if state == "open"), firsts[:5]
        clock_row = conn.execute("SELECT clock_at FROM ops_watermarks WHERE consumer = 'ops'").fetchone()
        assert clock_row is not None
        window_start = clock_row[0].timestamp() - 2 * RETENTION_S
        assert since.timestamp() < window_start - 3600, "the incident began inside the window"
        conn.execute("UPDATE ops_incidents SET state = 'open' WHERE incident_id = %s", (left_open,))
        kept = conn.execute("SELECT count(*) FROM ops_feed_log WHERE now_at >= %s", (since,)).fetchone()

        maint = start_soc(own, log, "db", "maintain", "--every", "1")
        ops = None
        try:
            _wait_logged(maint, log, f"ops_log_prune_held_back incident_id={left_open}",
                         "the maintenance naming the incident that holds the prune back")
            line = next(ln for ln in log.read_text().splitlines() if "ops_log_prune_held_back" in ln)
            assert "state=open" in line
            assert f"since={since.isoformat()}" in line
            # Kept from the incident's first entry on, all of it, and only that.
            assert _oldest(conn) == since
            assert conn.execute("SELECT count(*) FROM ops_feed_log").fetchone() == kept

            hold = _replay_log_hold(own, log)
            assert hold["incident_id"] == left_open
            assert hold["state"] == "open"
            assert datetime.fromisoformat(hold["since"]) == since
            assert hold["age_s"] == pytest.approx(clock_row[0].timestamp() - since.timestamp())
            assert hold["window_s"] == 2 * RETENTION_S

            ops = start_ops(own, log)
            members = conn.execute("SELECT count(*) FROM ops_incident_members WHERE incident_id = %s",
                                   (left_open,)).fetchone()
            mark = len(log.read_text().splitlines())
            command = submit_command(conn, left_open, CommandKind.CLOSE, {}, actor="coord", reason="left open")

            def closed() -> bool:
                got = get_command(conn, command)
                return got is not None and got.state != CommandState.PENDING

            wait_while_running(ops, log, closed, "the coordinator's closure")
            got = get_command(conn, command)
            assert got is not None
            assert got.state == CommandState.DONE, got

            # Released by the closure: the prune goes on to the window, or to the next incident
            # held (one gone quiet less than a retention ago whose evidence began before it).
            def next_word() -> list[str]:
                return [ln for ln in log.read_text().splitlines()[mark:] if "ops_log_prune_" in ln]

            wait_while_running(maint, log, lambda: bool(next_word()), "the maintenance's next word on the prune")
            line = next_word()[0]
            assert "ops_log_prune_released" in line or f"incident_id={left_open}" not in line, line
            # Kept from the window's start, or from the first entry of the next incident held.
            oldest = _oldest(conn)
            assert oldest is not None
            hold = _replay_log_hold(own, log)
            if hold is None:
                assert oldest.timestamp() >= window_start, line
            else:
                assert hold["incident_id"] != left_open
                assert oldest == datetime.fromisoformat(hold["since"]), (line, hold)

            # Restarted on the pruned log and given the rest of the stream, the service keeps
            # the incident closed as it was.
            assert stop_processes([ops]) == [0]
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
