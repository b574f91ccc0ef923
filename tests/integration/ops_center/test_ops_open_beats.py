"""``soc ops run`` beats while it replays its log at start-up, and a restart changes no decision.

The ops center's ``open`` replays its replay log (``ops_feed_log``) into the
correlator. The runner beats only from its own loop, so an ``open`` taken as one
unit writes no beat until the first step after it: a long log would look like a
dead service to the health checks and the supervisor, which would kill it and
restart it into the same long replay. Here the real process is stopped after a
first part of a city stream and restarted with nothing new waiting; triggers
record, in one sequence, every beat and every step (each poll writes the
watermark). With nothing to poll, the first poll is a unit too small to be cut
and writes the watermark before its beat, so every beat before the first step
is one of ``open``'s: the restarted process must beat between units of its replay.

The incidents, their members and the log after the rest of the stream must be
the ones a process that never restarted produced from the same rows in the same
poll batches (a second database; each process is paused after a poll while the
rest is written); so must they after a ``kill -9`` in the middle of the replay
and a restart.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psycopg
import pytest

from bench.ops import service_rows, stream
from common.settings import Settings
from tests.fix_db import scratch_database
from tests.fix_services import wait_while_running
from tests.integration.ops_center.ops_helpers import (
    decisions,
    decisions_without_restart,
    run_until_caught_up,
    same_decisions,
    start_ops,
    take_second_paused,
    write_rows,
)

pytestmark = [pytest.mark.integration, pytest.mark.slow]

#: Items of the city stream: the log then holds more than 6,000 entries.
ITEMS = 12_000

TRACE = """
CREATE TABLE test_trace (seq bigserial PRIMARY KEY, what text NOT NULL);
CREATE TABLE test_knob (slow_beats boolean NOT NULL);
INSERT INTO test_knob VALUES (false);
CREATE FUNCTION test_trace_beat() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO test_trace (what) VALUES ('beat');
    -- while the knob is on, each beat holds the loop a little (the kill must land mid-replay)
    IF (SELECT slow_beats FROM test_knob) THEN PERFORM pg_sleep(0.5); END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER test_trace_beat AFTER INSERT OR UPDATE ON service_heartbeats
FOR EACH ROW WHEN (NEW.service = 'ops') EXECUTE FUNCTION test_trace_beat();
CREATE FUNCTION test_trace_step() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO test_trace (what) VALUES ('step');
    RETURN NEW;
END $$;
CREATE TRIGGER test_trace_step AFTER UPDATE ON ops_watermarks
FOR EACH ROW EXECUTE FUNCTION test_trace_step();
"""

@pytest.fixture(scope="module")
def halves() -> tuple[list[Any], list[Any]]:
    rows = service_rows(stream(ITEMS, 36_000.0), "oo-")
    return rows[: len(rows) // 2], rows[len(rows) // 2 :]


@contextmanager
def _database(settings: Settings, template: str) -> Iterator[Settings]:
    """A scratch database with the trace triggers."""
    with scratch_database(settings, template) as own:
        with psycopg.connect(own.db.conninfo()) as conn:
            conn.execute(TRACE)
        yield own


@pytest.fixture(scope="module")
def stopped(settings: Settings, db_template: str, halves: tuple[list[Any], list[Any]],
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database (its name) where a process took the first half and stopped cleanly, nothing
    written since: each test restarts the ops center on a copy of it."""
    log = tmp_path_factory.mktemp("ops_stopped") / "ops.log"
    with _database(settings, db_template) as own:
        write_rows(own, halves[0])
        run_until_caught_up(own, log)
        yield own.db.name


@pytest.fixture
def restart_db(settings: Settings, stopped: str) -> Iterator[tuple[Settings, int]]:
    """A copy of :func:`stopped`, and the mark of its trace before the restart."""
    with scratch_database(settings, stopped) as own:
        yield own, _trace_mark(own)


def _trace_mark(own: Settings) -> int:
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        row = conn.execute("SELECT COALESCE(max(seq), 0) FROM test_trace").fetchone()
    assert row is not None
    return int(row[0])


def _since(own: Settings, mark: int) -> list[str]:
    """What the trace recorded after ``mark``, in order (``beat`` / ``step``)."""
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        return [w for (w,) in conn.execute("SELECT what FROM test_trace WHERE seq > %s ORDER BY seq", (mark,))]


@pytest.fixture(scope="module")
def without_restart(settings: Settings, db_template: str, halves: tuple[list[Any], list[Any]],
                    tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[Any, ...]]]:
    """The decisions of one process that took both halves without a restart."""
    log = tmp_path_factory.mktemp("ops_ref") / "ops.log"
    first, second = halves
    with _database(settings, db_template) as own:
        return decisions_without_restart(own, first, second, log)


def _restart_and_take_second(own: Settings, second: list[Any], log: Path) -> list[str]:
    """Restart the ops center on ``own`` (nothing new waiting), write ``second`` once its first
    poll is stored (:func:`take_second_paused`), stop it caught up; what the trace recorded."""
    mark = _trace_mark(own)
    take_second_paused(own, second, log, lambda: "step" in _since(own, mark))
    return _since(own, mark)


def test_a_restarted_ops_center_beats_while_it_replays_and_decides_the_same(
        restart_db: tuple[Settings, int], halves: tuple[list[Any], list[Any]],
        without_restart: dict[str, list[tuple[Any, ...]]], tmp_path: Path) -> None:
    own, _ = restart_db
    trace = _restart_and_take_second(own, halves[1], tmp_path / "ops.log")
    before_first_step = trace.index("step")
    # Nothing was waiting: the beats before the first step are the replay's, between its units.
    assert before_first_step >= 2, (
        f"{before_first_step} beats before the first step of the restarted ops center "
        f"(replaying a log of more than {ITEMS // 2} entries, nothing new to poll)")
    same_decisions(decisions(own), without_restart)


def test_a_kill_in_the_middle_of_the_replay_changes_no_decision(
        restart_db: tuple[Settings, int], halves: tuple[list[Any], list[Any]],
        without_restart: dict[str, list[tuple[Any, ...]]], tmp_path: Path) -> None:
    own, mark = restart_db
    log = tmp_path / "ops.log"
    with psycopg.connect(own.db.conninfo(), autocommit=True) as conn:
        conn.execute("UPDATE test_knob SET slow_beats = true")
        proc = start_ops(own, log)
        try:
            wait_while_running(proc, log, lambda: "beat" in _since(own, mark),
                               "a beat of the restarted ops center", every_s=0.05)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        conn.execute("UPDATE test_knob SET slow_beats = false")
    assert "step" not in _since(own, mark), "the kill came after the replay, not during it"
    _restart_and_take_second(own, halves[1], log)
    same_decisions(decisions(own), without_restart)
