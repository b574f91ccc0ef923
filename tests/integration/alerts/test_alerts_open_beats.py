"""``soc alerts run`` beats while it primes its recent readings at start-up, and decides the same.

The evaluator's ``open`` primes the readings of its look-back window (rate windows,
latest values). The runner beats only from its own loop, so an ``open`` taken as one
unit writes no beat until the first step after it: with many readings to prime the
health checks and the supervisor would take a working service for a dead one. Here
the real process is stopped after the first part of rising water levels at twelve
stations and restarted with the rest waiting; triggers record, in one sequence,
every beat and every step (each step writes the watermark). The restarted process
must beat between units of its priming, before its first step.

The alerts and their condition transitions afterwards must be the ones a process
that never restarted raised from the same rows in the same steps (a second
database; that process is paused while the second part is written).
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest

from common.settings import Settings
from tests.fix_db import scratch_database
from tests.fix_services import start_soc, stop_processes, wait_while_running
from tests.integration.alerts.alerts_helpers import add_water_sensor, insert_readings
from tests.trace_sql import beat_trace, step_trace, trace_table

pytestmark = [pytest.mark.integration, pytest.mark.slow]

STATIONS = 12
#: Seconds of readings per station, one a second: the first half, inside the rules'
#: look-back (20 minutes), is primed on restart: 12,000 readings, many units of
#: :data:`UNIT_S` on any machine.
SECONDS = 2_000
#: ``SOC_HEALTH__UNIT_S`` here: the priming's units are cut by time.
UNIT_S = 0.01
PER_TXN = 1_000

TRACE = trace_table() + beat_trace("alerts") + step_trace("alert_watermarks", "NEW.consumer = 'alerts'")

SQL_CAUGHT_UP = """
SELECT readings_wm > (SELECT max(received_at) FROM readings) FROM alert_watermarks WHERE consumer = 'alerts'
"""

#: What the evaluator decided at the readings' observation times (``%(end)s``: after the
#: last one). Left out: what it decides on the wall clock (at its start, deadlines) and the
#: silence rule, which at every start finds the stations silent on the wall clock (the
#: readings lie in the past), so a restart adds a raise and a clear of its own.
SQL_DECISIONS = {
    "alerts": "SELECT rule_id, source_id, raised_at FROM alerts WHERE raised_at < %(end)s"
              " AND rule_id <> 'sensor-offline' ORDER BY rule_id, source_id, raised_at",
    "transitions": "SELECT a.rule_id, a.source_id, t.action, t.to_state, t.severity, t.at"
                   " FROM alert_transitions t JOIN alerts a USING (alert_id)"
                   " WHERE t.at < %(end)s AND a.rule_id <> 'sensor-offline'"
                   " ORDER BY a.rule_id, a.source_id, t.at, t.action",
}


def _rows(stations: list[str], start: datetime, lo: int, hi: int) -> list[tuple[str, datetime, float]]:
    """Water rising 2 mm a second from 9 m at each station: through levels 3, 2 and 1, fast enough
    for the rate rule."""
    return [(s, start + timedelta(seconds=i), 9.0 + 0.002 * i + 0.01 * k)
            for i in range(lo, hi) for k, s in enumerate(stations)]


@pytest.fixture(scope="module")
def start() -> datetime:
    return datetime.now(UTC).replace(microsecond=0) - timedelta(seconds=SECONDS)


@contextmanager
def _database(settings: Settings, db_template: str) -> Iterator[tuple[Settings, list[str]]]:
    """A scratch database with the stations and the trace triggers."""
    stations = [f"WLo-{k:02d}" for k in range(STATIONS)]
    with scratch_database(settings, db_template) as own:
        with psycopg.connect(own.db.conninfo()) as conn:
            for sid in stations:
                add_water_sensor(conn, sid)
            conn.execute(TRACE)
        yield own, stations


def _write(own: Settings, rows: list[tuple[str, datetime, float]]) -> None:
    with psycopg.connect(own.db.conninfo()) as conn:
        for b in range(0, len(rows), PER_TXN):  # one transaction each, as ingest commits its batches
            insert_readings(conn, rows[b : b + PER_TXN])


def _start(own: Settings, log: Path) -> subprocess.Popen[bytes]:
    return start_soc(own, log, "alerts", "run", SOC_HEALTH__BEAT_EVERY_S="0", SOC_ALERTS__POLL_INTERVAL_MS="100",
                     SOC_HEALTH__UNIT_S=str(UNIT_S))


def _wait_caught_up(own: Settings, proc: subprocess.Popen[bytes], log: Path) -> None:
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        def done() -> bool:
            row = conn.execute(SQL_CAUGHT_UP).fetchone()
            return bool(row and row[0])

        wait_while_running(proc, log, done, "the evaluator catching up")


def _decisions(own: Settings, start: datetime) -> dict[str, list[tuple[Any, ...]]]:
    end = start + timedelta(seconds=SECONDS)
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        return {k: conn.execute(sql, {"end": end}).fetchall() for k, sql in SQL_DECISIONS.items()}


@pytest.fixture(scope="module")
def without_restart(settings: Settings, db_template: str, start: datetime,
                    tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, ...]]]:
    """The decisions of one process that took both halves without a restart."""
    log = tmp_path_factory.mktemp("alerts_ref") / "alerts.log"
    with _database(settings, db_template) as (own, stations):
        _write(own, _rows(stations, start, 0, SECONDS // 2))
        proc = _start(own, log)
        try:
            _wait_caught_up(own, proc, log)
            proc.send_signal(signal.SIGSTOP)  # the second half then comes in the same steps
            try:
                _write(own, _rows(stations, start, SECONDS // 2, SECONDS))
            finally:
                proc.send_signal(signal.SIGCONT)
            _wait_caught_up(own, proc, log)
        finally:
            assert stop_processes([proc]) == [0]
        return _decisions(own, start)


def test_a_restarted_evaluator_beats_while_it_primes_and_decides_the_same(
        settings: Settings, db_template: str, start: datetime,
        without_restart: dict[str, list[tuple[Any, ...]]], tmp_path: Path) -> None:
    log = tmp_path / "alerts.log"
    with _database(settings, db_template) as (own, stations):
        _write(own, _rows(stations, start, 0, SECONDS // 2))
        proc = _start(own, log)
        try:
            _wait_caught_up(own, proc, log)
        finally:
            assert stop_processes([proc]) == [0]
        _write(own, _rows(stations, start, SECONDS // 2, SECONDS))
        with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
            row = conn.execute("SELECT COALESCE(max(seq), 0) FROM test_trace").fetchone()
            assert row is not None
            mark = row[0]
            proc = _start(own, log)
            try:
                _wait_caught_up(own, proc, log)
            finally:
                assert stop_processes([proc]) == [0]
            trace = [w for (w,) in conn.execute("SELECT what FROM test_trace WHERE seq > %s ORDER BY seq", (mark,))]
        got = _decisions(own, start)
    assert "step" in trace
    # Beats between the priming's units: the loop came round before its first step, more
    # often than the two short units before the priming (the lock; the state) account for.
    assert trace.index("step") >= 3, (
        f"{trace.index('step')} beats before the first step of the restarted evaluator "
        f"(priming {STATIONS * SECONDS // 2} readings)")
    assert got["alerts"], "the rising water raised no alert"
    for kind, rows in without_restart.items():
        extra, missing = sorted(set(got[kind]) - set(rows)), sorted(set(rows) - set(got[kind]))
        assert got[kind] == rows, f"{kind}: {len(extra)} unexpected {extra[:6]}, {len(missing)} missing {missing[:6]}"
